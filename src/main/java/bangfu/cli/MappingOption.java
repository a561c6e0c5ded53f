package bangfu.cli;

import bangfu.config.MappingFile;
import bangfu.model.Mapping;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --mapping FILE}: header aliases and value spellings; by default bangfu.yaml beside the database. */
final class MappingOption {
    @Option(names = "--mapping", paramLabel = "FILE",
            description = "YAML with extra header aliases and value spellings (default: bangfu.yaml beside the database, if present).")
    Path file;

    Mapping load(Path database) {
        if (file != null) return MappingFile.load(file, false);
        Path parent = database.toAbsolutePath().getParent();
        return MappingFile.load(parent.resolve("bangfu.yaml"), true);
    }
}
