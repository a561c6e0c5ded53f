package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.Backup;
import bangfu.store.Stores;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code bangfu db backup FILE}: a verified, owner-only copy of the database, written whole or not at all. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db db backup union-2024-12-31.db",
            "  bangfu --db union-2024-12-31.db db check"})
final class DbBackupCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        if (DatabaseFiles.include(root.database(), file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Message.of("db.backup_is_database", file).render(lang));
        }
        Backup written = Stores.backup(root.location(), file);
        if (!root.quiet) {
            spec.commandLine().getOut().println(Message.of("db.backup_written", file, written.schemaVersion()).render(lang));
        }
        return ExitCode.OK;
    }
}
