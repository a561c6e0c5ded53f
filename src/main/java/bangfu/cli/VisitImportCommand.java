package bangfu.cli;

import bangfu.load.ImportOptions;
import bangfu.model.RecordKind;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bangfu visit import FILE…}: the same as {@code import --kind visits}. */
@Command(name = "import", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\",
            "      examples/花名册-西城区总工会-2024.csv \\",
            "      examples/花名册-西城区总工会-2025.csv",
            "  bangfu --db union.db visit import \\",
            "      examples/走访记录-西城区总工会-2025.csv"})
final class VisitImportCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin MappingOption mapping;
    @Mixin FindingsOutput output;

    @Parameters(paramLabel = "FILE", arity = "1..*", descriptionKey = "files")
    List<Path> files;

    @Option(names = "--encoding", paramLabel = "CHARSET", completionCandidates = ReadingOptions.Encodings.class,
            descriptionKey = "reading.encoding")
    Charset encoding;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "reading.sheet")
    String sheet;

    @Option(names = "--allow-duplicates", descriptionKey = "reading.allow-duplicates")
    boolean allowDuplicates;

    @Option(names = "--dry-run")
    boolean dryRun;

    @Override
    public Integer call() {
        ImportOptions options = new ImportOptions(dryRun, Optional.ofNullable(encoding), Optional.ofNullable(sheet),
                Optional.empty(), Optional.of(RecordKind.VISITS), allowDuplicates, LocalDate.now(), false);
        return ImportRun.run((BangfuCommand) spec.root().userObject(), mapping, output, options, files);
    }
}
