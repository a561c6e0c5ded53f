package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Database;
import bangfu.store.jdbc.LifecycleColumns;
import bangfu.store.sqlite.Sql;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code visit add} and {@code visit advance --apply} as processes of the real jar, and a SIGKILL in the middle of one. */
class VisitIT {
    static final String LIANG = "110102197008175338";
    /** Files in 渐退 for the kill: enough that writing them lasts well beyond the first progress line. */
    static final int PHASING = 40_000;

    @TempDir Path dir;

    /** The example under an ASCII name: under LANG=C the JVM cannot name Chinese files, whatever the launcher does. */
    String example(String name) throws java.io.IOException {
        String ascii = "example-" + Integer.toHexString(name.hashCode()) + name.substring(name.lastIndexOf('.'));
        java.nio.file.Files.copy(Path.of("examples", name), dir.resolve(ascii), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return ascii;
    }

    @Test
    void aRoundOfVisitsTypedInAndAdvancedByTheJar() throws Exception {
        Bangfu imported = Bangfu.run(dir, "--db", "u.db", "import", "--quiet", example("花名册-西城区总工会-2024.csv"),
                example("花名册-西城区总工会-2025.csv"), example("走访记录-西城区总工会-2025.csv"));
        assertThat(imported.exit()).as(imported.err()).isZero();
        Bangfu added = Bangfu.run(dir, "--lang", "zh", "--db", "u.db", "visit", "add", LIANG, "--date", "2025-08-28", "--kind",
                "渐退期回访", "--visitor", "孙淑珍", "--outcome", "稳定");
        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(added.out()).contains("已登记").contains("1101**********5338").doesNotContain(LIANG).doesNotContain("?");
        Bangfu future = Bangfu.run(dir, "--db", "u.db", "visit", "add", LIANG, "--date", "2099-01-01", "--kind", "入户走访",
                "--visitor", "孙淑珍");
        assertThat(future.exit()).isEqualTo(1);
        assertThat(future.out()).contains("VISIT_IN_FUTURE");

        Bangfu advanced = Bangfu.run(dir, "--db", "u.db", "visit", "advance", "--as-of", "2025-09-10", "--apply");
        assertThat(advanced.exit()).as(advanced.err()).isZero();
        assertThat(advanced.err()).isEmpty();
        assertThat(Sql.rows(dir.resolve("u.db"), "SELECT head_id, status, exited_on FROM households WHERE status = 'EXITED' "
                + "AND exited_on >= '2025-01-01' ORDER BY head_id")).containsExactly(
                List.of(LIANG, "EXITED", "2025-08-28"), List.of("110102197502187422", "EXITED", "2025-07-08"));
        assertThat(Sql.one(dir.resolve("u.db"), "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void aKillDuringAdvanceApplyLeavesTheDatabaseAsItWas() throws Exception {
        Path db = dir.resolve("big.db");
        phasingOut(db, PHASING);
        String dump = """
                SELECT (SELECT count(*) FROM households WHERE status = 'PHASING_OUT'), (SELECT count(*) FROM status_history),
                       (SELECT count(*) FROM changes), (SELECT count(*) FROM runs), (SELECT group_concat(status, '') FROM households)""";
        List<List<String>> before = Sql.rows(db, dump);

        Process p = Bangfu.builder(dir, "--db", "big.db", "visit", "advance", "--as-of", "2025-12-31", "--apply")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        p.getOutputStream().close();
        String line;
        try (BufferedReader err = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
            // The event to kill on: the first progress line, printed while the changes are written, before the commit.
            do {
                line = err.readLine();
            } while (line != null && !line.contains("written"));
            assertThat(line).as("a progress line before the end").isNotNull();
            assertThat(p.isAlive()).as("still writing when killed").isTrue();
            p.destroyForcibly();   // SIGKILL on Linux
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(Sql.rows(db, dump)).as("as before the run").isEqualTo(before);

        Bangfu done = Bangfu.run(dir, "--quiet", "--db", "big.db", "visit", "advance", "--as-of", "2025-12-31", "--apply");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM households WHERE status = 'EXITED' AND exited_on = '2025-07-10'"))
                .isEqualTo(PHASING);
        assertThat(Sql.count(db, "SELECT count(*) FROM status_history WHERE command = 'visit advance' AND run_id = 1"))
                .isEqualTo(PHASING);
    }

    /** {@code n} files in 渐退 since 10 January 2025, each with two stable follow-ups, written straight with SQL. */
    static void phasingOut(Path db, int n) throws Exception {
        Database.open(db).close();
        String numbers = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < " + n + ") ";
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); java.sql.Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(numbers + """
                    INSERT INTO households (id, head_id, head_name, union_name, status, filed_on, phased_out_on)
                    SELECT i, '11' || printf('%016d', i), '职工', '总工会', 'PHASING_OUT', '2021-03-01', '2025-01-10' FROM n""");
            s.execute(numbers + """
                    INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, recorded_at)
                    SELECT i, NULL, 'ACTIVE', '2021-03-01', 'import', 't' FROM n
                    UNION ALL SELECT i, 'ACTIVE', 'PHASING_OUT', '2025-01-10', 'import', 't' FROM n""");
            s.execute(numbers + """
                    INSERT INTO visits (household_id, visited_on, kind, outcome, occurrence)
                    SELECT i, '2025-04-01', 'PHASE_OUT_FOLLOW_UP', 'STABLE', 1 FROM n
                    UNION ALL SELECT i, '2025-07-10', 'PHASE_OUT_FOLLOW_UP', 'STABLE', 1 FROM n""");
            c.commit();
        }
        try (Database opened = Database.open(db)) {
            LifecycleColumns.refreshAll(opened);
        }
    }
}
