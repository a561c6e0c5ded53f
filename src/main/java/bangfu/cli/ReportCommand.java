package bangfu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bangfu report yearly|household}: the tables unions report upward and the one-household dossier. */
@Command(name = "report", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db report yearly --year 2024"})
final class ReportCommand implements Runnable {
    /** Its subcommands, in the order help lists them ({@link CommandTree} builds them). */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(ReportYearlyCommand.class, ReportHouseholdCommand.class, ReportRosterCommand.class,
            ReportNoticeCommand.class, ReportChangesCommand.class, ReportExportCommand.class, CommandLine.HelpCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new BangfuCommand.UsageError();
    }
}
