package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * completions/bangfu.bash must be what picocli generates from today's commands, load in bash and in zsh, and
 * complete commands, options, enumerated values and file names in a real shell.
 */
class CompletionTest {
    static final Path SCRIPT = Path.of("completions/bangfu.bash");

    @Test
    void committedCompletionScriptIsCurrent() throws Exception {
        String generated = Completions.bash();
        if (Boolean.getBoolean("bangfu.updateCompletions")) {
            Files.writeString(SCRIPT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SCRIPT, StandardCharsets.UTF_8))
                .as("completions/bangfu.bash is stale: run mvn test -Dtest=CompletionTest -Dbangfu.updateCompletions=true")
                .isEqualTo(generated);
    }

    /** The variable of an option's candidates is named after its label: 元|万元 made `local 元万元_option_args` and a script bash refused. */
    @Test
    void scriptParsesInBash() throws Exception {
        Shell run = Shell.run(List.of("bash", "-n", SCRIPT.toString()), "");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void candidatesAreWordsAndLabelsAreAscii() {
        CommandLine cli = HelpText.commandLine(new BangfuCommand(), Lang.EN, Map.of());
        for (CommandLine c : HelpText.all(cli)) {
            for (OptionSpec o : c.getCommandSpec().options()) {
                assertThat(o.paramLabel()).as("label of %s %s: picocli aligns and names by characters", c.getCommandName(), o.longestName())
                        .matches("[\\x21-\\x7e]*");
                if (o.completionCandidates() == null) continue;
                for (String candidate : o.completionCandidates()) {
                    assertThat(candidate).as("candidate of %s: inserted unquoted", o.longestName()).matches("[\\p{L}\\p{N}._-]+");
                }
            }
        }
    }

    @Test
    void bashCompletesCommandsOptionsValuesAndFileNames() throws Exception {
        for (String locale : List.of("C.UTF-8", "C")) {
            Map<String, List<String>> got = complete("bash", locale);
            assertThat(got.get("bangfu rep")).as(locale).containsExactly("report");
            assertThat(got.get("bangfu report yearly --un")).as(locale).containsExactly("--unit", "--union");
            assertThat(got.get("bangfu report yearly --unit ")).as(locale).containsExactly("元", "万元");
            assertThat(got.get("bangfu report yearly --unit 万")).as(locale).containsExactly("万元");
            assertThat(got.get("bangfu report yearly --tier 意")).as(locale).containsExactly("意外致困");
            assertThat(got.get("bangfu import --kind l")).as(locale).containsExactly("ledger");
            assertThat(got.get("bangfu db ch")).as(locale).containsExactly("check");
            assertThat(got.get("bangfu --lang ")).as(locale).containsExactly("zh", "en");
            assertThat(got.get("bangfu help ")).as(locale).containsExactly("import", "verify", "classify", "visit", "report", "db");
            assertThat(got.get("bangfu visit add --kind 渐")).as(locale).containsExactly("渐退期回访");
            assertThat(got.get("bangfu visit close --reason 调")).as(locale).containsExactly("调离");
            assertThat(got.get("bangfu import examples/花名册-东")).as(locale).containsExactly("examples/花名册-东城区总工会-2024.xlsx");
            assertThat(got.get("bangfu verify --annotate examples/走访")).as(locale)
                    .containsExactly("examples/走访记录-2024.xlsx", "examples/走访记录-西城区总工会-2025.csv");
        }
    }

    @Test
    void zshCompletesThroughBashcompinit() throws Exception {
        boolean zsh;
        try {
            zsh = Shell.run(List.of("zsh", "-fc", "true"), "").exit() == 0;
        } catch (IOException e) {
            zsh = false;
        }
        if (!zsh) System.err.println("CompletionTest: zsh is not installed (apt-get install zsh): the zsh check is skipped");
        Assumptions.assumeTrue(zsh, "zsh is not installed (apt-get install zsh)");
        Map<String, List<String>> got = complete("zsh", "C.UTF-8");
        // zsh's compgen hands every candidate over and zsh's own matcher then takes those that begin with the word
        assertThat(matching(got, "bangfu rep")).containsExactly("report");
        assertThat(matching(got, "bangfu report yearly --un")).containsExactly("--unit", "--union");
        assertThat(matching(got, "bangfu report yearly --unit ")).containsExactly("元", "万元");
        assertThat(matching(got, "bangfu report yearly --tier 意")).containsExactly("意外致困");
        assertThat(matching(got, "bangfu help ")).containsExactly("import", "verify", "classify", "visit", "report", "db");
        assertThat(matching(got, "bangfu import examples/花名册-东")).containsExactly("examples/花名册-东城区总工会-2024.xlsx");
    }

    private static final List<String> LINES = List.of("bangfu rep", "bangfu report yearly --un", "bangfu report yearly --unit ",
            "bangfu report yearly --unit 万", "bangfu report yearly --tier 意", "bangfu import --kind l", "bangfu db ch", "bangfu --lang ",
            "bangfu help ", "bangfu import examples/花名册-东", "bangfu verify --annotate examples/走访",
            "bangfu visit add --kind 渐", "bangfu visit close --reason 调");

    private static List<String> matching(Map<String, List<String>> got, String line) {
        String word = line.substring(line.lastIndexOf(' ') + 1);
        return got.get(line).stream().filter(c -> c.startsWith(word)).toList();
    }

    /**
     * Sources the committed script in a shell and completes each of {@link #LINES} as the shell would on TAB: bash
     * through COMP_WORDS / COMP_CWORD and the completion function, zsh through bashcompinit's compgen.
     */
    private static Map<String, List<String>> complete(String shell, String locale) throws Exception {
        StringBuilder script = new StringBuilder();
        script.append("source ").append(SCRIPT).append(" || exit 9\n");
        if (shell.equals("bash")) {
            script.append("""
                    line() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
                      COMPREPLY=(); _complete_bangfu 2>/dev/null; printf '%s\\n' "${COMPREPLY[@]}"; echo '@@'; }
                    """);
        } else {
            script.append("""
                    line() { words=("$@"); CURRENT=$#; COMP_WORDS=("${words[@]}"); COMP_CWORD=$((CURRENT - 1)); COMP_LINE="$words"
                      PREFIX=${words[CURRENT]}; compgen -F _complete_bangfu -- "$PREFIX" 2>/dev/null; echo '@@'; }
                    """);
        }
        for (String l : LINES) {
            script.append("line");
            for (String w : l.split(" ", -1)) script.append(" '").append(w).append('\'');
            script.append('\n');
        }
        List<String> command = shell.equals("bash") ? List.of("bash", "--norc", "-s") : List.of("zsh", "-f", "-s");
        Shell run = Shell.run(command, script.toString(), "LC_ALL", locale);
        assertThat(run.exit()).as(shell + " " + run.err()).isZero();
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        String[] blocks = run.out().split("@@\n", -1);
        for (int i = 0; i < LINES.size(); i++) {
            List<String> candidates = new ArrayList<>();
            for (String c : blocks[i].split("\n")) if (!c.isEmpty()) candidates.add(c);
            out.put(LINES.get(i), candidates);
        }
        return out;
    }

    private record Shell(int exit, String out, String err) {
        static Shell run(List<String> command, String input, String... env) throws IOException, InterruptedException {
            ProcessBuilder pb = new ProcessBuilder(command);
            for (int i = 0; i < env.length; i += 2) pb.environment().put(env[i], env[i + 1]);
            Path err = Files.createTempFile("bangfu-shell", ".err");
            try {
                pb.redirectError(err.toFile());
                Process p = pb.start();
                p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
                p.getOutputStream().close();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new IllegalStateException(command + " did not finish");
                }
                return new Shell(p.exitValue(), out, Files.readString(err));
            } finally {
                Files.deleteIfExists(err);
            }
        }
    }
}
