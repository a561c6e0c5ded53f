package bangfu.cli;

import bangfu.load.FileReport;
import bangfu.load.ImportOptions;
import bangfu.load.Importer;
import bangfu.load.NoHeaderException;
import bangfu.model.Message;
import bangfu.model.RecordKind;
import bangfu.sheet.UnreadableFileException;
import bangfu.store.Database;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bangfu import FILE…}: load rosters into the database, one transaction per file. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Load rosters, assistance ledgers and visit logs (.xlsx, .xls, .csv) into the database.",
            "Each file is one transaction: rows with errors are listed and not loaded, the rest load.",
            "Re-importing a file that was imported before changes nothing."},
        footer = {"%nExamples:",
            "  bangfu --db union.db import examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db import examples/走访记录-2024.xlsx",
            "  bangfu --db union.db import --dry-run --format json examples/*.xls examples/*.csv"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand BangfuCommand root;
    @Mixin MappingOption mapping;
    @Mixin FindingsOutput output;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spreadsheets to import.")
    List<Path> files;

    @Option(names = "--dry-run", description = "Do everything but commit: nothing is written.")
    boolean dryRun;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of CSV files (default: detected; e.g. gbk, utf-8).")
    Charset encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Read only this sheet.")
    String sheet;

    @Option(names = "--union", paramLabel = "NAME", description = "所属工会 for rows of a sheet that has no such column.")
    String union;

    @Option(names = "--kind", paramLabel = "roster|ledger|visits",
            description = "Read every sheet as this kind instead of recognising it from its header.")
    Kind kind;

    @Option(names = "--allow-duplicates",
            description = "Load a payment or visit that appears twice in a file twice (default: once, with a warning).")
    boolean allowDuplicates;

    /** The kinds a clerk may force; members are always recognised from their header. */
    enum Kind {
        roster(RecordKind.ROSTER), ledger(RecordKind.LEDGER), visits(RecordKind.VISITS);

        private final RecordKind recordKind;

        Kind(RecordKind recordKind) {
            this.recordKind = recordKind;
        }

        RecordKind recordKind() {
            return recordKind;
        }
    }

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(dryRun, Optional.ofNullable(encoding), Optional.ofNullable(sheet),
                Optional.ofNullable(union), Optional.ofNullable(kind).map(Kind::recordKind), allowDuplicates, LocalDate.now());
        Path dbFile = root.database();
        // Configuration first: bad YAML must not leave even an empty database behind.
        bangfu.model.Mapping mapped = mapping.load(dbFile);
        List<FileReport> reports = new ArrayList<>();
        int exit = ExitCode.OK;
        try (Database db = Database.open(dbFile);
             ProgressDisplay progress = new ProgressDisplay(root.progress(), root.language())) {
            Importer importer = new Importer(db, mapped, options, progress, Clock.systemDefaultZone());
            for (Path file : files) {
                try {
                    FileReport report = importer.importFile(file);
                    reports.add(report);
                    if (report.totals().rejected() > 0 || report.errors() > 0) exit = Math.max(exit, ExitCode.DATA_PROBLEMS);
                } catch (UnreadableFileException | NoHeaderException e) {
                    Message reason = ErrorHandler.reason(e);
                    output.failed(file.getFileName().toString(), reason);
                    root.spec.commandLine().getErr().println("bangfu: " + reason.render(root.language()));
                    exit = ExitCode.UNUSABLE_INPUT;
                }
            }
        }
        output.printImports(root.spec.commandLine().getOut(), reports, root.language(), root.quiet, dryRun);
        return exit;
    }
}
