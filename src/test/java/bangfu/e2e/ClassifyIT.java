package bangfu.e2e;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** classify --apply through the packaged jar: it writes once, and a kill at any step before its commit leaves the database as it was. */
class ClassifyIT {
    static final int FILES = 20_000;

    @TempDir Path dir;

    @Test
    void applyThenASecondClassifyProposesNothing() throws Exception {
        Path examples = Path.of("examples").toAbsolutePath();
        // ASCII names: under LANG=C the JVM cannot take Chinese file names from its command line
        Files.copy(examples.resolve("花名册-东城区总工会-2024.xlsx"), dir.resolve("dongcheng.xlsx"));
        Files.copy(examples.resolve("花名册-西城区总工会-2024.csv"), dir.resolve("xicheng.csv"));
        Files.copy(examples.resolve("花名册-南岗区总工会-2024.xls"), dir.resolve("nangang.xls"));
        Bangfu imported = Bangfu.run(dir, "--db", "union.db", "import", "--quiet", "dongcheng.xlsx", "xicheng.csv", "nangang.xls");
        assertThat(imported.exit()).as(imported.err()).isEqualTo(1);
        String policy = examples.resolve("bangfu.yaml").toString();
        Bangfu first = Bangfu.run(dir, "--db", "union.db", "classify", "--policy", policy, "--as-of", "2024-12-31",
                "--apply", "--format", "json");
        // two households cannot be decided, so exit 1 — the others are written
        assertThat(first.exit()).as(first.err()).isEqualTo(1);
        assertThat(first.out()).contains("\"DEEP->RELATIVE\" : 3");
        assertThat(Sql.count(dir.resolve("union.db"), "SELECT count(*) FROM classify_runs WHERE finished_at IS NOT NULL")).isEqualTo(1);
        Bangfu second = Bangfu.run(dir, "--db", "union.db", "classify", "--policy", policy, "--as-of", "2024-12-31",
                "--format", "json");
        assertThat(second.out()).contains("\"changes\" : { }");
        Bangfu third = Bangfu.run(dir, "--db", "union.db", "classify", "--policy", policy, "--as-of", "2024-12-31", "--apply");
        assertThat(Sql.count(dir.resolve("union.db"), "SELECT tier_changes + phased_out FROM classify_runs WHERE id = 2"))
                .as(third.err()).isZero();
    }

    @Test
    void aKillDuringApplyLeavesTheDatabaseAsItWas() throws Exception {
        // every file states 2000 元 a month, above 2 × 760: all of them move into 渐退
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("姓名,身份证号码,所属工会,困难类别,人均月收入,行政区划代码\n");
            for (int i = 0; i < FILES; i++) {
                int day = i % 16_800;
                String birth = String.format("19%02d%02d%02d", 50 + day / 336, 1 + day / 28 % 12, 1 + day % 28);
                w.write("职工" + i + "," + id(birth, i / 16_800) + ",总工会" + i % 7 + ",深度困难,2000,110101\n");
            }
        }
        Files.writeString(dir.resolve("policy.yaml"), "classify:\n  dibao:\n    - {region: 北京市, from: 2024-01-01, monthly: 760}\n");
        Bangfu imported = Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "big.csv");
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path db = dir.resolve("crash.db");
        String before = snapshot(db);

        // stopped at steps of its own (no clock): part-way through the changes, then just before the commit
        try (KilledRun run = KilledRun.start(dir, "--db", "crash.db", "classify", "--policy", "policy.yaml",
                "--as-of", "2024-12-31", "--apply")) {
            KilledRun.Step partWay = run.freezeAt(s -> s.file().equals("classify") && s.event().equals("rows")
                    && s.count() >= FILES / 2);
            assertThat(partWay).as("%s", run.otherLines()).isNotNull();
            Path copy = run.copyDatabase(db, dir.resolve("part-way"));
            assertThat(Sql.one(copy, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(snapshot(copy)).as("killed after %d changes", partWay.count()).isEqualTo(before);
            KilledRun.Step committing = run.freezeAt(s -> s.file().equals("classify") && s.event().equals("committing"));
            assertThat(committing).isNotNull();
            assertThat(committing.count()).isEqualTo(FILES);
            copy = run.copyDatabase(db, dir.resolve("committing"));
            assertThat(snapshot(copy)).as("killed just before the commit").isEqualTo(before);
            run.kill();
        }
        assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(snapshot(db)).isEqualTo(before);

        Bangfu done = Bangfu.run(dir, "--db", "crash.db", "classify", "--policy", "policy.yaml", "--as-of", "2024-12-31",
                "--apply", "--quiet");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM households WHERE status = 'PHASING_OUT'")).isEqualTo(FILES);
        assertThat(Sql.count(db, "SELECT count(*) FROM status_history WHERE command = 'classify'")).isEqualTo(FILES);
    }

    /** Everything --apply could touch, counted. */
    private static String snapshot(Path db) {
        List<List<String>> rows = Sql.rows(db, """
                SELECT 'households', status, tier, count(*) FROM households GROUP BY 2, 3
                UNION ALL SELECT 'history', command, to_status, count(*) FROM status_history GROUP BY 2, 3
                UNION ALL SELECT 'changes', command, column_name, count(*) FROM changes GROUP BY 2, 3
                UNION ALL SELECT 'runs', '', '', count(*) FROM classify_runs
                ORDER BY 1, 2, 3""");
        return rows.toString();
    }
}
