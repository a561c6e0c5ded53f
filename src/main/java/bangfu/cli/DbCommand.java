package bangfu.cli;

import picocli.CommandLine.Command;

/** {@code bangfu db backup|check}: the database file itself — a verified backup, an integrity check. */
@Command(name = "db", mixinStandardHelpOptions = true,
        description = {"The database file itself: a verified backup, and an integrity check.",
            "backup writes an owner-only copy while others read or import; check looks at the file's pages, "
                + "references, schema and rows per table without changing it."},
        subcommands = {DbBackupCommand.class, DbCheckCommand.class},
        footer = {"%nExamples:",
            "  bangfu --db union.db import examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db db backup union-2024-12-31.db",
            "  bangfu --db union.db db check"})
final class DbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new BangfuCommand.UsageError();
    }
}
