package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class archive the build leaves beside the jar (bangfu.jsa) is what bin/bangfu starts from, and a missing,
 * stale or foreign one changes nothing: the same bytes on stdout, nothing on stderr, the same exit code.
 * {@code -Xshare:on} makes Java refuse to start without the archive, which shows whether it was used.
 */
class ClassArchiveIT {
    private static final Path ARCHIVE = Path.of(Bangfu.JAR.toString().replaceFirst("\\.jar$", ".jsa"));
    private static final Map<String, String> REQUIRE_ARCHIVE = Map.of("BANGFU_JAVA_OPTS", "-Xshare:on");
    private static final String[] DUE = {"--db", "工会.db", "visit", "due", "--as-of", "2025-08-20", "--format", "json"};

    /** The union's database, made once; each test runs {@link #DUE} in it. */
    @TempDir static Path union;
    private static String expected;
    @TempDir Path dir;

    @BeforeAll
    static void database() throws Exception {
        for (String f : new String[] {"花名册-西城区总工会-2025.csv", "走访记录-西城区总工会-2025.csv"}) {
            Files.copy(Path.of("examples", f), union.resolve(f));
        }
        Bangfu imported = Bangfu.run(union, "--db", "工会.db", "import", "花名册-西城区总工会-2025.csv", "走访记录-西城区总工会-2025.csv");
        assertThat(imported.exit()).as(imported.err()).isLessThanOrEqualTo(1);
        Bangfu due = Bangfu.run(union, DUE);
        assertThat(due.exit()).as(due.err()).isZero();
        assertThat(due.err()).isEmpty();
        assertThat(due.out()).contains("\"as_of\" : \"2025-08-20\"").contains("\"reason\" : \"yearly_minimum\"");
        expected = due.out();
    }

    @Test
    void theBuildsArchiveIsTheOneTheLauncherStartsFrom() throws Exception {
        assertThat(ARCHIVE).exists();
        Bangfu due = Bangfu.run(union, REQUIRE_ARCHIVE, DUE);
        assertThat(due.exit()).as(due.err()).isZero();
        assertThat(due.out()).isEqualTo(expected);
    }

    @Test
    void withoutAnArchiveTheJarRunsAsBefore() throws Exception {
        Path jar = copyOfTheJar();
        assertSame(runWith(jar));
    }

    @Test
    void anArchiveOlderThanTheJarIsLeftAlone() throws Exception {
        Path jar = copyOfTheJar();
        Path archive = Files.copy(ARCHIVE, dir.resolve("bangfu.jsa"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 60_000));
        assertSame(runWith(jar));
    }

    @Test
    void anArchiveOfAnotherJarIsRefusedSilently() throws Exception {
        // Newer than the jar, so the launcher passes it on; Java finds it was made from target/bangfu.jar.
        Path jar = copyOfTheJar();
        Path archive = Files.copy(ARCHIVE, dir.resolve("bangfu.jsa"));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertSame(runWith(jar));
        assertThat(runWith(jar, REQUIRE_ARCHIVE).exit()).as("the archive is refused").isNotZero();
    }

    @Test
    void aDamagedArchiveIsRefusedSilently() throws Exception {
        Path jar = copyOfTheJar();
        Path archive = Files.writeString(dir.resolve("bangfu.jsa"), "not an archive of classes\n".repeat(1000));
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertSame(runWith(jar));
    }

    /** A truncated archive kills Java at start-up (exit 134), which is why the build renames it into place whole. */
    @Test
    void theBuildLeavesNoHalfWrittenArchive() {
        assertThat(ARCHIVE.resolveSibling(ARCHIVE.getFileName() + ".part")).doesNotExist();
    }

    private void assertSame(Bangfu run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.exit()).isZero();
        assertThat(run.out()).isEqualTo(expected);
    }

    private Path copyOfTheJar() throws Exception {
        return Files.copy(Bangfu.JAR, dir.resolve("bangfu.jar"), StandardCopyOption.COPY_ATTRIBUTES);
    }

    private Bangfu runWith(Path jar) throws Exception {
        return runWith(jar, Map.of());
    }

    private Bangfu runWith(Path jar, Map<String, String> env) throws Exception {
        ProcessBuilder pb = Bangfu.builder(union, DUE);
        pb.environment().put("BANGFU_JAR", jar.toAbsolutePath().toString());
        pb.environment().putAll(env);
        return Bangfu.run(pb);
    }
}
