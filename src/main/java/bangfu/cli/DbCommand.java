package bangfu.cli;

import picocli.CommandLine.Command;

/** {@code bangfu db backup|check|copy}: the database itself — a verified backup, an integrity check, a whole copy. */
@Command(name = "db", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db db backup union-2024-12-31.db",
            "  bangfu --db union.db db check",
            "  bangfu db copy --from union.db --to union-copy.db"})
final class DbCommand implements Runnable {
    /** Its subcommands, in the order help lists them ({@link CommandTree} builds them). */
    static final java.util.List<Class<?>> SUBCOMMANDS = java.util.List.of(DbBackupCommand.class, DbCheckCommand.class,
            DbCopyCommand.class, picocli.CommandLine.HelpCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new BangfuCommand.UsageError();
    }
}
