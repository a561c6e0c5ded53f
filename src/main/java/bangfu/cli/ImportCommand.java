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
import bangfu.store.ImportUndo;
import bangfu.store.UndoPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code bangfu import FILE…}: load rosters into the database, one transaction per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db import examples/走访记录-2024.xlsx",
            "  bangfu --db union.db import --dry-run --format json \\", "      examples/*.xls examples/*.csv",
            "  bangfu --db union.db import --undo 2 --dry-run",
            "  bangfu --db union.db import --undo 2"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand BangfuCommand root;
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin MappingOption mapping;
    @Mixin FindingsOutput output;
    @Mixin ReadingOptions reading;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files")
    List<Path> files = List.of();

    @Option(names = "--dry-run")
    boolean dryRun;

    @Option(names = "--undo", paramLabel = "N")
    Long undo;

    @Override
    public Integer call() {
        root.trace().event("start");
        if (undo != null) return undo();
        if (files.isEmpty()) throw usage("usage.missing", "FILE");
        ImportOptions options = reading.options(dryRun, LocalDate.now());
        Path dbFile = root.database();
        // Configuration first: bad YAML must not leave even an empty database behind.
        bangfu.model.Mapping mapped = mapping.load(dbFile);
        List<FileReport> reports = new ArrayList<>();
        int exit;
        Clock clock = Clock.systemDefaultZone();
        try (ProgressDisplay progress = new ProgressDisplay(root.progress(), root.language(), root.trace())) {
            if (dryRun) {
                // Judged as importing the files together would judge them (a ledger sees the roster given before
                // it), in a scratch copy: the database is not touched, not even created.
                try (Rehearsal rehearsal = Rehearsal.against(dbFile, mapped, options, progress, clock)) {
                    exit = each(rehearsal::check, reports);
                }
            } else {
                try (Database db = Database.open(dbFile)) {
                    try {
                        exit = each(new Importer(db, mapped, options, progress, clock)::importFile, reports);
                    } catch (DatabaseException e) {
                        db.abandon(); // a full disk must not stay full of the failed file's log
                        throw e;
                    }
                }
            }
        }
        output.printImports(root.spec.commandLine().getOut(), reports, root.language(), root.quiet, dryRun);
        return exit;
    }

    /** {@code --undo N}: one transaction that reverts one import, or a read-only look with --dry-run. */
    private int undo() {
        if (!files.isEmpty()) throw usage("undo.usage.files");
        if (reading.given() || mapping.file != null) throw usage("undo.usage.reading");
        if (undo <= 0) throw usage("undo.usage.id");
        UndoReport report = new UndoReport(spec.commandLine().getOut(), spec.commandLine().getErr(),
                root.language(), output.format == FindingsOutput.Format.json, root.quiet, root.database(), root.trace());
        UndoPlan plan;
        if (dryRun) {
            try (Database db = Database.openForInspection(root.database())) {
                plan = ImportUndo.plan(db, undo);
            }
        } else {
            try (Database db = Database.openExisting(root.database())) {
                try {
                    plan = ImportUndo.undo(db, undo, Clock.systemUTC().instant(), report);
                } catch (DatabaseException e) {
                    db.abandon(); // as for an import: a full disk must not stay full of the undo's log
                    throw e;
                }
            }
        }
        return report.finished(plan, dryRun);
    }

    private CommandLine.ParameterException usage(String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), Message.of(key, args).render(root.language()));
    }

    private int each(Step step, List<FileReport> reports) {
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
