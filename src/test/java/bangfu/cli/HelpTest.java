package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Help is the manual: every command and subcommand is in the README and shows a runnable example over existing files. */
class HelpTest {
    @TempDir Path dir;

    /** Every command and subcommand below the root, depth first. */
    static List<CommandLine> commands(CommandLine parent) {
        List<CommandLine> out = new ArrayList<>();
        for (CommandLine sub : parent.getSubcommands().values()) {
            out.add(sub);
            out.addAll(commands(sub));
        }
        return out;
    }

    @Test
    void everyCommandHasADescriptionAnExampleOverExistingFilesAndIsInTheReadme() throws Exception {
        CommandLine root = new CommandLine(new BangfuCommand());
        String readme = Files.readString(Path.of("README.md"));
        for (CommandLine sub : commands(root)) {
            String name = sub.getCommandSpec().qualifiedName();
            String help = sub.getUsageMessage();
            assertThat(sub.getCommandSpec().usageMessage().description()).as(name).isNotEmpty();
            assertThat(help).contains("bangfu ");
            Matcher m = Pattern.compile("(examples/\\S+)").matcher(help);
            int files = 0;
            while (m.find()) {
                String path = m.group(1);
                if (path.contains("*")) continue;
                assertThat(Path.of(path)).as("example in help of %s", name).exists();
                files++;
            }
            assertThat(files).as("runnable example in help of " + name).isPositive();
            assertThat(readme).as("README names %s", name).contains(name);
        }
    }

    /**
     * The examples of the visit commands run, in order, against a fresh database: none of them is a usage error, an
     * unusable file or a database problem (exit 1, data problems, is what some examples are there to show).
     */
    @Test
    void theVisitExamplesRunAsPrinted() {
        CommandLine visit = new CommandLine(new BangfuCommand()).getSubcommands().get("visit");
        List<CommandLine> all = new ArrayList<>(List.of(visit));
        all.addAll(commands(visit));
        for (CommandLine sub : all) {
            Path db = dir.resolve(sub.getCommandName() + ".db");
            for (String line : exampleLines(sub.getUsageMessage())) {
                String[] args = line.replace("union.db", db.toString()).replaceAll("(\\S+\\.xlsx)(?=\\s|$)", dir + "/$1")
                        .replace(dir + "/examples/", "examples/").split("\\s+");
                Run run = Run.of(java.util.Arrays.copyOfRange(args, 1, args.length));
                assertThat(run.exit()).as("%s%n%s", line, run.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
            }
        }
    }

    /** The example command lines of a help text, continuation lines joined. */
    static List<String> exampleLines(String help) {
        String examples = help.substring(Math.max(0, help.lastIndexOf("Example")));
        List<String> out = new ArrayList<>();
        StringBuilder current = null;
        for (String raw : examples.split("\\R")) {
            String line = raw.strip();
            if (current != null) {
                current.append(' ').append(line.replace("\\", "").strip());
                if (!line.endsWith("\\")) {
                    out.add(current.toString().strip());
                    current = null;
                }
                continue;
            }
            if (!line.startsWith("bangfu ")) continue;
            if (line.endsWith("\\")) current = new StringBuilder(line.substring(0, line.length() - 1));
            else out.add(line);
        }
        return out;
    }

    @Test
    void rootHelpListsTheExitCodes() {
        Run run = Run.of("--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("4   database problem");
    }
}
