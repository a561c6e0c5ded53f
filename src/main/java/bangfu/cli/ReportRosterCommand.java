package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Report;
import bangfu.model.Selection;
import bangfu.report.Roster;
import bangfu.store.Storage;
import bangfu.store.Stores;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bangfu report roster}: the current 花名册, the files on record by union then name. */
@Command(name = "roster", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db report roster",
            "  bangfu --db union.db report roster --as-of 2024-06-30 \\", "      --union 东城区总工会 --format xlsx --out 花名册.xlsx"})
final class ReportRosterCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ReportOutput output;
    @Mixin SelectionOptions filters;

    @Option(names = "--as-of", paramLabel = "DATE", converter = SelectionOptions.DayConverter.class)
    LocalDate asOf;

    @Option(names = "--reveal")
    boolean reveal;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        Selection selection = filters.selection();
        Report roster;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            if (SelectionOptions.unmatched(db, selection, lang, spec.commandLine().getErr())) return ExitCode.DATA_PROBLEMS;
            roster = Roster.of(db, selection, asOf, lang, reveal);
        }
        output.write(roster, lang, spec.commandLine().getOut(), spec);
        return ExitCode.OK;
    }
}
