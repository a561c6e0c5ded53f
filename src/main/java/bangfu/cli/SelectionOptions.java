package bangfu.cli;

import bangfu.model.FileStatus;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Selection;
import bangfu.report.UnmatchedFilter;
import bangfu.store.Storage;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --union}, {@code --region}, {@code --tier} and {@code --status} of the clerk's lists. */
final class SelectionOptions {
    @Option(names = "--union", paramLabel = "NAME", descriptionKey = "lists.union")
    String union;

    @Option(names = "--region", paramLabel = "NAME", descriptionKey = "lists.region")
    String region;

    @Option(names = "--tier", paramLabel = "TIER", descriptionKey = "lists.tier",
            converter = ReportYearlyCommand.TierFilter.class, completionCandidates = ReportYearlyCommand.TierFilter.Candidates.class)
    String tier;

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "lists.status",
            converter = StatusFilter.class, completionCandidates = StatusFilter.Candidates.class)
    String status;

    Selection selection() {
        return new Selection(union, region, tier, status);
    }

    /**
     * Prints the one-line notice of a filter that matches no record and returns true; the caller then exits 1
     * rather than print a table of zeros.
     */
    static boolean unmatched(Storage db, Selection selection, Lang lang, PrintWriter err) {
        Optional<Message> notice = UnmatchedFilter.of(db, selection, lang);
        notice.ifPresent(m -> err.println("bangfu: " + m.render(lang)));
        return notice.isPresent();
    }

    /** A calendar day as yyyy-mm-dd, refused with one sentence rather than Java's parser message. */
    static final class DayConverter implements CommandLine.ITypeConverter<java.time.LocalDate> {
        @Override
        public java.time.LocalDate convert(String value) {
            try {
                return java.time.LocalDate.parse(value.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new UsageErrors.BadValue(Message.of("lists.expected_date"));
            }
        }
    }

    /** A file status by its code, its Chinese word or its English label. */
    static final class StatusFilter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip();
            for (FileStatus s : FileStatus.values()) {
                if (s.name().equalsIgnoreCase(v) || s.chinese().equals(v) || s.english().equalsIgnoreCase(v)) return s.name();
            }
            throw new UsageErrors.BadValue(Message.of("lists.expected_status"));
        }

        /** What completion offers after --status. */
        static final class Candidates extends ArrayList<String> {
            Candidates() {
                for (FileStatus s : FileStatus.values()) add(s.chinese());
            }
        }
    }
}
