package bangfu.cli;

import bangfu.config.MappingFile;
import bangfu.model.Mapping;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --mapping FILE} (or {@code --policy FILE}): bangfu.yaml with header aliases, value spellings and the
 * policy thresholds; by default the one beside the database. One file holds both, so both names are accepted.
 */
final class MappingOption {
    @Option(names = {"--mapping", "--policy"}, paramLabel = "FILE", descriptionKey = "mapping")
    Path file;

    Mapping load(Path database) {
        if (file != null) return MappingFile.load(file, false);
        Path parent = database.toAbsolutePath().getParent();
        return MappingFile.load(parent.resolve("bangfu.yaml"), true);
    }
}
