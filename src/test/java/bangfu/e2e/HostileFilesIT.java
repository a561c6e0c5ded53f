package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed corpus of hostile files (src/test/resources/hostile/, written by {@code hostile.HostileCorpus}):
 * bombs, external entities, exotic zip methods, truncated, encrypted and disguised files, the stray-column sheet.
 * Imported and verified all together in a small heap: never exit 5, never a stack trace, one line per file that
 * cannot be read, the database as it was.
 */
class HostileFilesIT {
    static final Map<String, String> SMALL_HEAP = Map.of("BANGFU_JAVA_OPTS", "-Xmx256m");

    @TempDir Path dir;
    List<String> files = new ArrayList<>();

    @BeforeEach
    void copyTheCorpus() throws IOException, URISyntaxException, InterruptedException {
        Path corpus = Path.of(HostileFilesIT.class.getResource("/hostile").toURI());
        try (var s = Files.list(corpus)) {
            for (Path p : s.sorted().toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
                files.add(p.getFileName().toString());
            }
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(15);
        Files.copy(Path.of("examples", "花名册-西城区总工会-2024.csv"), dir.resolve("west.csv"));
        assertThat(Bangfu.run(dir, "--db", "union.db", "import", "--quiet", "west.csv").exit()).isZero();
    }

    @Test
    void importingThemChangesNothingAndSaysWhyInOneLineEach() throws Exception {
        List<List<String>> before = contents();
        Bangfu run = Bangfu.run(dir, SMALL_HEAP, command("import"));

        judged(run, "import");
        assertThat(contents()).isEqualTo(before);
        assertThat(Sql.one(dir.resolve("union.db"), "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(run.err()).contains("shared-strings-bomb.xlsx: the part xl/sharedStrings.xml expands more than 100 times");
        assertThat(run.out()).contains("Rows 10 to 1048576 (3 rows) hold values only in columns outside the table");
    }

    @Test
    void verifyingThemSaysWhyInOneLineEach() throws Exception {
        Bangfu run = Bangfu.run(dir, SMALL_HEAP, command("verify"));
        judged(run, "verify");
        assertThat(run.err()).contains("encrypted.xlsx").contains("method-93.xlsx").contains("shared-strings-bomb.xlsx");
        assertThat(run.out()).contains("xxe.xlsx"); // read, its entity left as the text it is
    }

    private String[] command(String verb) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--db", "union.db", verb));
        args.addAll(files);
        return args.toArray(String[]::new);
    }

    /** Exit 1 or 3, never 5; stderr holds one line per file at most, each naming its file, no stack trace. */
    private void judged(Bangfu run, String what) {
        assertThat(run.exit()).as("%s: %s", what, run.err()).isIn(1, 3);
        List<String> lines = run.err().strip().lines().toList();
        assertThat(lines).as(what).allSatisfy(l -> assertThat(l).startsWith("bangfu: ").doesNotContain("Exception")
                .doesNotContain("internal error").doesNotContain("out of memory"));
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("root:x:0:0"); // nor /etc/passwd, through XXE
        assertThat(run.out()).doesNotContain("root:x:0:0");
        for (String f : files) {
            java.util.regex.Pattern named = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(f) + "(?![A-Za-z])");
            long mentioned = lines.stream().filter(l -> named.matcher(l).find()).count();
            assertThat(mentioned).as("%s: lines about %s in %s", what, f, lines).isLessThanOrEqualTo(1);
            assertThat(mentioned + (run.out().contains(f) ? 1 : 0)).as("%s: %s is accounted for", what, f).isPositive();
        }
    }

    /**
     * Every record table, counted: what an import of nothing but hostile files must leave as it was. (A hostile
     * file that can be read has its rows rejected, and those are listed in rejects, as for any file.)
     */
    private List<List<String>> contents() {
        return Sql.rows(dir.resolve("union.db"), """
                SELECT (SELECT count(*) FROM households), (SELECT count(*) FROM members), (SELECT count(*) FROM assistance),
                       (SELECT count(*) FROM visits), (SELECT count(*) FROM status_history), (SELECT count(*) FROM changes),
                       (SELECT count(*) FROM imports WHERE inserted + updated > 0)""");
    }
}
