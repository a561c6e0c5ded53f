package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/bangfu runs {@code visit due} on the client compiler alone and every other command on both compilers, finding
 * the command after the options every command shares; BANGFU_JAVA_OPTS still has the last word. Java's own
 * account of its flags ({@code -XX:+PrintFlagsFinal}) tells which it was given.
 */
class LauncherCompilersIT {
    private static final Pattern LEVEL = Pattern.compile("intx TieredStopAtLevel\\s+= (\\d)");

    @TempDir Path dir;

    @Test
    void visitDueStopsAtTheClientCompiler() throws Exception {
        assertThat(level("visit", "due", "--help")).isEqualTo(1);
        assertThat(level("--db", "due.db", "--lang", "en", "visit", "due", "--help")).isEqualTo(1);
        assertThat(level("--db=工会.db", "-q", "visit", "due", "--help")).isEqualTo(1);
    }

    @Test
    void everyOtherCommandKeepsBothCompilers() throws Exception {
        assertThat(level("visit", "advance", "--help")).isEqualTo(4);
        assertThat(level("import", "--help")).isEqualTo(4);
        assertThat(level("report", "yearly", "--help")).isEqualTo(4);
        assertThat(level("--db", "due", "report", "yearly", "--help")).as("a database named due").isEqualTo(4);
        assertThat(level("--help")).isEqualTo(4);
    }

    @Test
    void theClerksJavaOptionsHaveTheLastWord() throws Exception {
        assertThat(level("-XX:TieredStopAtLevel=4", "visit", "due", "--help")).isEqualTo(4);
    }

    private int level(String... args) throws Exception {
        String opts = "-XX:+PrintFlagsFinal";
        String[] rest = args;
        if (args[0].startsWith("-XX:")) {
            opts = args[0] + " " + opts;
            rest = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        // Not through Bangfu.run's privacy scan: Java's table of flags holds long numbers that look like old IDs.
        ProcessBuilder pb = Bangfu.builder(dir, rest).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("BANGFU_JAVA_OPTS", opts);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        Matcher m = LEVEL.matcher(out);
        assertThat(m.find()).as("Java printed its flags").isTrue();
        return Integer.parseInt(m.group(1));
    }
}
