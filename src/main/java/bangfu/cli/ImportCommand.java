package bangfu.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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
    @Mixin ReadingOptions reading;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Spreadsheets to import.")
    List<Path> files;

    @Option(names = "--dry-run",
            description = "Judge the files as importing them together would, in a scratch copy: nothing is written.")
    boolean dryRun;

    @Override
    public Integer call() {
        return ImportRun.run(root, mapping, output, reading.options(dryRun, LocalDate.now()), files);
    }
}
