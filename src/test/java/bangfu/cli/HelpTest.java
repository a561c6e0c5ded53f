package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Help is the manual: every command is in the README and shows a runnable example over existing files. */
class HelpTest {
    @Test
    void everyCommandHasADescriptionAnExampleOverExistingFilesAndIsInTheReadme() throws Exception {
        CommandLine root = new CommandLine(new BangfuCommand());
        String readme = Files.readString(Path.of("README.md"));
        for (CommandLine sub : root.getSubcommands().values()) {
            String help = sub.getUsageMessage();
            assertThat(sub.getCommandSpec().usageMessage().description()).isNotEmpty();
            assertThat(help).contains("bangfu ");
            Matcher m = Pattern.compile("(examples/\\S+)").matcher(help);
            int files = 0;
            while (m.find()) {
                String path = m.group(1);
                if (path.contains("*")) continue;
                assertThat(Path.of(path)).as("example in help of %s", sub.getCommandName()).exists();
                files++;
            }
            assertThat(files).as("runnable example in help of " + sub.getCommandName()).isPositive();
            assertThat(readme).contains("bangfu " + sub.getCommandName());
        }
    }

    @Test
    void rootHelpListsTheExitCodes() {
        Run run = Run.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("4   database problem");
    }
}
