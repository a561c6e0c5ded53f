package bangfu.config;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Lang;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bangfu.yaml loads or fails with a {@link ConfigException} whose one line names the file — never with
 * Jackson's or the JDK's exception text.
 */
class MappingFileFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void yaml(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("bangfu", ".yaml");
        try {
            Files.write(file, bytes);
            MappingFile.load(file, false);
        } catch (ConfigException e) {
            for (Lang lang : Lang.values()) {
                String line = e.reason().render(lang);
                assertThat(line).contains(file.toString()).doesNotContain("\n").doesNotContain("Exception")
                        .doesNotContain("{0}");
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
