package bangfu.cli;

import bangfu.config.ClassifyPolicy;
import bangfu.config.ConfigException;
import bangfu.config.MappingFile;
import bangfu.model.Message;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --policy FILE} of classify: the YAML holding the classify: section, by default bangfu.yaml beside the database. */
final class ClassifyPolicyOption {
    @Option(names = "--policy", paramLabel = "FILE", descriptionKey = "classify.policy")
    Path file;

    /** The policy, read strictly; a file without the section is unusable configuration. */
    ClassifyPolicy load(Path database) {
        Path yaml = file != null ? file : database.toAbsolutePath().getParent().resolve("bangfu.yaml");
        return MappingFile.loadClassifyPolicy(yaml, false)
                .orElseThrow(() -> new ConfigException(Message.of("config.classify_missing", yaml), null));
    }
}
