package bangfu.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bangfu visit add|import|list|due|advance|close}: the visit rounds and the 渐退 → 脱困 lifecycle they drive. */
@Command(name = "visit", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\",
            "      examples/花名册-西城区总工会-2024.csv \\",
            "      examples/花名册-西城区总工会-2025.csv \\",
            "      examples/走访记录-西城区总工会-2025.csv",
            "  bangfu --db union.db visit due --as-of 2025-08-20"})
final class VisitCommand implements Runnable {
    /** Its subcommands, in the order help lists them ({@link CommandTree} builds them). */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(VisitAddCommand.class, VisitImportCommand.class, VisitListCommand.class,
            VisitDueCommand.class, VisitAdvanceCommand.class, VisitCloseCommand.class, CommandLine.HelpCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new BangfuCommand.UsageError();
    }
}
