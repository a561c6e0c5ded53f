package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import picocli.AutoComplete;
import picocli.CommandLine;

/** completions/bangfu.bash must be what picocli generates from today's commands. */
class CompletionTest {
    static final Path SCRIPT = Path.of("completions/bangfu.bash");

    @Test
    void committedCompletionScriptIsCurrent() throws Exception {
        String generated = AutoComplete.bash("bangfu", new CommandLine(new BangfuCommand()));
        if (Boolean.getBoolean("bangfu.updateCompletions")) {
            Files.writeString(SCRIPT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SCRIPT, StandardCharsets.UTF_8))
                .as("completions/bangfu.bash is stale: run mvn test -Dtest=CompletionTest -Dbangfu.updateCompletions=true")
                .isEqualTo(generated);
    }
}
