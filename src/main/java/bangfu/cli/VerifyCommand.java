package bangfu.cli;

import bangfu.model.Mapping;
import bangfu.model.Message;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code bangfu verify FILE…} checks spreadsheets through the import path without writing;
 * {@code bangfu verify} with no file checks the database as a whole.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        footer = {"  bangfu verify examples/花名册-南岗区总工会-2024.xls",
            "  bangfu verify --annotate out.xlsx \\", "      examples/花名册-南岗区总工会-2024.xls",
            "  bangfu --db union.db verify --year 2024"})
final class VerifyCommand implements Callable<Integer> {
    enum Format { text, json, csv }

    @ParentCommand BangfuCommand root;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "files")
    List<Path> files = List.of();

    @Mixin MappingOption mapping;

    @Option(names = "--format", paramLabel = "text|json|csv", defaultValue = "text")
    Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100")
    int limit;

    @Option(names = "--strict")
    boolean strict;

    @Option(names = "--year", paramLabel = "YEAR")
    Integer year;

    @Mixin ReadingOptions reading;

    @Option(names = "--annotate", paramLabel = "OUT")
    Path annotate;

    @Override
    public Integer call() {
        refuseOptionsWithoutEffect();
        Mapping loaded = mapping.load(root.database());
        return files.isEmpty() ? DatabaseVerification.run(this, loaded) : FileVerification.run(this, loaded);
    }

    /** An option that would be ignored is a mistake the clerk should hear about, not a silent no-op. */
    private void refuseOptionsWithoutEffect() {
        if (limit < 0) throw usage("verify.usage.limit");
        if (year != null && (year < 1949 || year > 2999)) throw usage("verify.usage.year_range", year);
        if (files.isEmpty()) {
            if (annotate != null) throw usage("verify.usage.annotate_needs_file");
            if (reading.given()) throw usage("verify.usage.reading_needs_file");
        } else if (year != null) {
            throw usage("verify.usage.year_without_file");
        }
    }

    private CommandLine.ParameterException usage(String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), Message.of(key, args).render(root.language()));
    }
}
