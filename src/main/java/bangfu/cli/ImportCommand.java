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
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db import examples/走访记录-2024.xlsx",
            "  bangfu --db union.db import --dry-run --format json \\", "      examples/*.xls examples/*.csv"})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand BangfuCommand root;
    @Mixin MappingOption mapping;
    @Mixin FindingsOutput output;
    @Mixin ReadingOptions reading;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() {
        return ImportRun.run(root, mapping, output, reading.options(dryRun, LocalDate.now()), files);
    }
}
