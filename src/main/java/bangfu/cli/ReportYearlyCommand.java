package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.Selection;
import bangfu.model.Tier;
import bangfu.report.YearlyReport;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.store.YearlyFigures.Breakdown;
import bangfu.store.YearlyFigures.Scope;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bangfu report yearly}: the yearly tables a union reports upward, for one year or a run of years. */
@Command(name = "yearly", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db report yearly --year 2024",
            "  bangfu --db union.db report yearly --year 2024 \\", "      --unit 万元 --by union",
            "  bangfu --db union.db report yearly --from 2018 \\", "      --to 2024 --format csv"})
final class ReportYearlyCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ReportOutput output;
    @Mixin MappingOption policy;

    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;

    @Option(names = "--from", paramLabel = "YEAR")
    Integer from;

    @Option(names = "--to", paramLabel = "YEAR")
    Integer to;

    @Option(names = "--by", paramLabel = "union|region|none", defaultValue = "none")
    By by;

    @Option(names = "--tier", paramLabel = "TIER", converter = TierFilter.class, completionCandidates = TierFilter.Candidates.class)
    String tier;

    @Option(names = "--union", paramLabel = "NAME")
    String union;

    @Option(names = "--region", paramLabel = "NAME")
    String region;

    enum By {
        union(Breakdown.UNION), region(Breakdown.REGION), none(Breakdown.NONE);

        final Breakdown breakdown;

        By(Breakdown breakdown) {
            this.breakdown = breakdown;
        }
    }

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        // The visit table counts households short of the same minimum that verify checks against, and the follow-ups
        // at the same months that visit due lists.
        bangfu.model.Policy rules = policy.load(root.database()).policy();
        Scope scope = new Scope(firstYear(), lastYear(), tier, union, region, by.breakdown, rules.minVisits(), LocalDate.now(),
                rules.followUpMonths());
        Report yearly;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            if (SelectionOptions.unmatched(db, new Selection(union, region, tier, null), lang, spec.commandLine().getErr())) {
                return ExitCode.DATA_PROBLEMS;
            }
            yearly = YearlyReport.of(db, scope, lang);
        }
        output.write(yearly, lang, spec.commandLine().getOut(), spec);
        return ExitCode.OK;
    }

    private int firstYear() {
        if (year != null && (from != null || to != null)) throw usage("report.usage.year_and_period");
        if (year == null && from == null) throw usage("report.usage.no_year");
        int first = year != null ? year : from;
        checkYear(first);
        return first;
    }

    private int lastYear() {
        int last = year != null ? year : to != null ? to : from;
        checkYear(last);
        if (last < firstYear()) throw usage("report.usage.to_before_from", last, from);
        return last;
    }

    private void checkYear(int y) {
        if (y < 1949 || y > 2999) throw usage("report.usage.year_range", y);
    }

    private CommandLine.ParameterException usage(String key, Object... args) {
        Lang lang = ((BangfuCommand) spec.root().userObject()).language();
        return new CommandLine.ParameterException(spec.commandLine(), Message.of(key, args).render(lang));
    }

    /** A tier by its code, its Chinese name (with or without 困难) or its English name; 未填 for files without one. */
    static final class TierFilter implements CommandLine.ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip();
            if (v.equals("未填") || v.equalsIgnoreCase("none") || v.equalsIgnoreCase("unfilled")) return "";
            for (Tier t : Tier.values()) {
                if (t.name().equalsIgnoreCase(v) || t.chinese().equals(v) || t.chinese().replace("困难", "").equals(v)
                        || t.english().equalsIgnoreCase(v)) {
                    return t.name();
                }
            }
            throw new UsageErrors.BadValue(Message.of("usage.expected_tier"));
        }

        /** What completion offers after --tier. */
        static final class Candidates extends java.util.ArrayList<String> {
            Candidates() {
                for (Tier t : Tier.values()) add(t.chinese());
                add("未填");
            }
        }
    }
}
