package bangfu.cli;

import bangfu.model.Message;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.store.DatabaseException;
import bangfu.store.UndoListener;
import bangfu.store.UndoPlan;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
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
        if (undo != null) {
            root.trace().event("start");
            return undo();
        }
        if (files.isEmpty()) throw usage("usage.missing", "FILE");
        return ImportRun.run(root, mapping, output, reading.options(dryRun, LocalDate.now()), files);
    }

    /** {@code --undo N}: one transaction that reverts one import, or a read-only look with --dry-run. */
    private int undo() {
        if (!files.isEmpty()) throw usage("undo.usage.files");
        if (reading.given() || mapping.file != null) throw usage("undo.usage.reading");
        if (undo <= 0) throw usage("undo.usage.id");
        UndoReport report = new UndoReport(spec.commandLine().getOut(), spec.commandLine().getErr(),
                root.language(), output.format == FindingsOutput.Format.json, root.quiet, Stores.shown(root.location()), root.trace());
        UndoPlan plan;
        if (dryRun) {
            try (Storage db = Stores.open(root.location(), Storage.Access.INSPECT)) {
                plan = db.planUndo(undo);
            }
        } else {
            try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
                try {
                    plan = db.undo(undo, Clock.systemUTC().instant(), report);
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
}
