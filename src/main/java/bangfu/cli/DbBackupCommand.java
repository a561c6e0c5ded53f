package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.DatabaseBackup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bangfu db backup FILE}: a verified, owner-only copy of the database, written whole or not at all. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = {"Write a verified backup of the database to FILE, also while others read or import.",
            "The last committed state, as one self-contained file readable by its owner only (0600), checked with "
                + "PRAGMA integrity_check and its schema version before it replaces FILE.",
            "A failure leaves nothing behind and an earlier FILE as it was: exit code 4 when the database cannot be read, "
                + "FILE cannot be written (no such folder, a full disk) or the copy fails the check; 2 when FILE is the "
                + "database."},
        footer = {"%nExamples:",
            "  bangfu --db union.db import examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db db backup union-2024-12-31.db",
            "  bangfu --db union-2024-12-31.db db check"})
final class DbBackupCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup file to write (an earlier backup there is replaced).")
    Path file;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        if (DatabaseFiles.include(root.database(), file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Message.of("db.backup_is_database", file).render(lang));
        }
        DatabaseBackup.Written written = DatabaseBackup.write(root.database(), file);
        if (!root.quiet) {
            spec.commandLine().getOut().println(Message.of("db.backup_written", file, written.schemaVersion()).render(lang));
        }
        return ExitCode.OK;
    }
}
