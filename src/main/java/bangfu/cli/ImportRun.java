package bangfu.cli;

import bangfu.load.FileReport;
import bangfu.load.ImportOptions;
import bangfu.load.Importer;
import bangfu.load.NoHeaderException;
import bangfu.load.Rehearsal;
import bangfu.model.Message;
import bangfu.sheet.UnreadableFileException;
import bangfu.store.Database;
import bangfu.store.DatabaseException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** Imports (or rehearses, for --dry-run) files one by one and prints the outcome: {@code import} and {@code visit import}. */
final class ImportRun {
    private ImportRun() {
    }

    static int run(BangfuCommand root, MappingOption mapping, FindingsOutput output, ImportOptions options, List<Path> files) {
        root.trace().event("start");
        Path dbFile = root.database();
        // Configuration first: bad YAML must not leave even an empty database behind.
        bangfu.model.Mapping mapped = mapping.load(dbFile);
        List<FileReport> reports = new ArrayList<>();
        int exit;
        Clock clock = Clock.systemDefaultZone();
        try (ProgressDisplay progress = new ProgressDisplay(root.progress(), root.language(), root.trace())) {
            if (options.dryRun()) {
                // Judged as importing the files together would judge them (a ledger sees the roster given before
                // it), in a transaction rolled back at the end: the database is not changed, not even created.
                try (Rehearsal rehearsal = Rehearsal.against(dbFile, mapped, options, progress, clock)) {
                    exit = each(root, output, files, rehearsal::check, reports);
                }
            } else {
                try (Database db = Database.open(dbFile)) {
                    try {
                        exit = each(root, output, files, new Importer(db, mapped, options, progress, clock)::importFile, reports);
                    } catch (DatabaseException e) {
                        db.abandon(); // a full disk must not stay full of the failed file's log
                        throw e;
                    }
                }
            }
        }
        output.printImports(root.spec.commandLine().getOut(), reports, root.language(), root.quiet, options.dryRun());
        return exit;
    }

    private static int each(BangfuCommand root, FindingsOutput output, List<Path> files, Step step, List<FileReport> reports) {
        int exit = ExitCode.OK;
        for (Path file : files) {
            try {
                FileReport report = step.apply(file);
                reports.add(report);
                if (report.totals().rejected() > 0 || report.errors() > 0) exit = Math.max(exit, ExitCode.DATA_PROBLEMS);
            } catch (UnreadableFileException | NoHeaderException e) {
                Message reason = ErrorHandler.reason(e);
                output.failed(file.getFileName().toString(), reason);
                root.spec.commandLine().getErr().println("bangfu: " + reason.render(root.language()));
                exit = ExitCode.UNUSABLE_INPUT;
            }
        }
        return exit;
    }

    /** Imports one file, or rehearses it. */
    private interface Step {
        FileReport apply(Path file) throws UnreadableFileException, NoHeaderException;
    }
}
