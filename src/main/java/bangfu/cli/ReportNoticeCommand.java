package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.NoticePolicy;
import bangfu.model.Report;
import bangfu.model.Selection;
import bangfu.report.Notice;
import bangfu.report.UnmatchedFilter;
import bangfu.store.Storage;
import bangfu.store.Stores;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bangfu report notice}: the 公示 list of the households paid in a year, a period or a batch. */
@Command(name = "notice", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db report notice --year 2024",
            "  bangfu --db union.db report notice --from 2024-12 \\", "      --to 2024-12 --format xlsx --out 公示.xlsx"})
final class ReportNoticeCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ReportOutput output;
    @Mixin SelectionOptions filters;
    @Mixin MappingOption policy;

    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;

    @Option(names = "--from", paramLabel = "DATE")
    String from;

    @Option(names = "--to", paramLabel = "DATE")
    String to;

    @Option(names = "--batch", paramLabel = "NAME")
    String batch;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        Notice.Period period = period(lang);
        NoticePolicy columns = policy.load(root.database()).notice();
        Selection selection = filters.selection();
        Report notice;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            if (SelectionOptions.unmatched(db, selection, lang, spec.commandLine().getErr())) return ExitCode.DATA_PROBLEMS;
            Optional<Message> noBatch = batch == null ? Optional.empty() : UnmatchedFilter.ofBatch(db, batch, lang);
            if (noBatch.isPresent()) {
                spec.commandLine().getErr().println("bangfu: " + noBatch.get().render(lang));
                return ExitCode.DATA_PROBLEMS;
            }
            notice = Notice.of(db, selection, period, columns, lang);
        }
        output.write(notice, lang, spec.commandLine().getOut(), spec);
        return ExitCode.OK;
    }

    /** One of --year, --from [--to] and --batch; --from and --to take a year, a month or a day. */
    private Notice.Period period(Lang lang) {
        int given = (year != null ? 1 : 0) + (from != null ? 1 : 0) + (batch != null ? 1 : 0);
        if (given != 1 || (to != null && from == null)) throw usage(lang, "lists.notice.usage.period");
        if (batch != null) return Notice.Period.batch(batch);
        if (year != null) {
            if (year < 1949 || year > 2999) throw usage(lang, "report.usage.year_range", year);
            return Notice.Period.dates(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        LocalDate first = bound(from, true, lang);
        LocalDate last = bound(to == null ? from : to, false, lang);
        if (last.isBefore(first)) throw usage(lang, "lists.notice.usage.to_before_from", to, from);
        return Notice.Period.dates(first, last);
    }

    private LocalDate bound(String text, boolean start, Lang lang) {
        String t = text.strip();
        try {
            if (t.matches("\\d{4}")) return start ? LocalDate.of(Integer.parseInt(t), 1, 1) : LocalDate.of(Integer.parseInt(t), 12, 31);
            if (t.matches("\\d{4}-\\d{2}")) return start ? YearMonth.parse(t).atDay(1) : YearMonth.parse(t).atEndOfMonth();
            return LocalDate.parse(t);
        } catch (java.time.DateTimeException e) {
            throw usage(lang, "lists.notice.usage.bad_date", t);
        }
    }

    private CommandLine.ParameterException usage(Lang lang, String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), Message.of(key, args).render(lang));
    }
}
