package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar at the process boundary: drawn on a terminal (a pseudo-terminal from {@code script}), with the
 * rows, the sheet and the time left; never on a pipe; never with --quiet.
 */
class ProgressIT {
    private static final Path SCRIPT = Path.of("/usr/bin/script");

    @TempDir
    Path dir;

    @Test
    void aPipeGetsNoBar() throws Exception {
        Files.copy(Path.of("examples/花名册-西城区总工会-2024.csv"), dir.resolve("roster.csv"));
        Bangfu run = Bangfu.run(dir, "--lang", "en", "--db", "p.db", "import", "roster.csv");
        assertThat(run.exit()).isIn(0, 1);
        assertThat(run.err()).doesNotContain("reading roster.csv").doesNotContain("\r").doesNotContain(" rows");
    }

    @Test
    void aTerminalGetsRowsSheetAndTimeLeft() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "script (util-linux) is not installed: no pseudo-terminal to test with");
        Files.copy(Path.of("examples/花名册-西城区总工会-2024.csv"), dir.resolve("roster.csv"));
        String terminal = onTerminal("--lang", "en", "--db", "p.db", "import", "roster.csv");
        assertThat(terminal).contains("reading roster.csv").contains("100%").contains(" rows")
                // the sheet being read: a CSV file's one sheet is named after the file
                .contains("roster");
        // every record of the sheet, its header included
        // counted in bytes: the example is written in GB 18030, as Excel saves CSV on a Chinese Windows
        long rows = new String(Files.readAllBytes(dir.resolve("roster.csv")), StandardCharsets.ISO_8859_1).lines()
                .filter(l -> !l.isBlank()).count();
        assertThat(terminal).contains(rows + "/" + rows + " rows");
        // elapsed / time left, as progressbar writes them
        assertThat(terminal).containsPattern("\\(\\d+:\\d\\d:\\d\\d / \\d+:\\d\\d:\\d\\d\\)");
    }

    @Test
    void quietSilencesTheBarOnATerminal() throws Exception {
        assumeTrue(Files.isExecutable(SCRIPT), "script (util-linux) is not installed: no pseudo-terminal to test with");
        Files.copy(Path.of("examples/花名册-西城区总工会-2024.csv"), dir.resolve("roster.csv"));
        String terminal = onTerminal("--lang", "en", "--db", "p.db", "import", "--quiet", "roster.csv");
        assertThat(terminal).doesNotContain("reading roster.csv").doesNotContain(" rows");
    }

    /** What bin/bangfu writes to a pseudo-terminal, stdout and stderr together. */
    private String onTerminal(String... args) throws IOException, InterruptedException {
        StringBuilder command = new StringBuilder("exec ").append(Path.of("bin/bangfu").toAbsolutePath());
        for (String a : args) command.append(" '").append(a).append('\'');
        ProcessBuilder pb = Bangfu.builder(dir);
        pb.command(List.of(SCRIPT.toString(), "-qfec", command.toString(), "/dev/null"));
        pb.environment().put("LANG", "C.UTF-8");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isIn(0, 1);
        return new String(out, StandardCharsets.UTF_8);
    }
}
