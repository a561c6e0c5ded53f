package bangfu.store.sqlite;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.classify.Classification;
import bangfu.classify.FileSource;
import bangfu.classify.Household;
import bangfu.classify.Lifecycle;
import bangfu.cli.Run;
import bangfu.config.ClassifyPolicy;
import bangfu.config.MappingFile;
import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.FileStatus;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import bangfu.store.jdbc.ClassifyFiles;
import bangfu.store.jdbc.ClassifyWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What classify reads from a real database and what --apply writes into it, checked with plain SQL. */
class ClassifyStoreTest {
    static final String HEADER = "姓名,身份证号码,所属工会,困难类别,档案状态,家庭人口,家庭年收入,人均月收入,行政区划代码,省份,地市,区县,"
            + "因病刚性支出,因学刚性支出,其中义务教育支出,有劳动能力未就业人数,车辆情况,残疾人功能性代步车,住房套数,住房总面积,"
            + "经商办企,子女就读高收费私立学校,拒绝配合核查,主要致困原因,次要致困原因,致困费用,赔偿及保险金额,家庭月总收入,有无车辆\n";

    @TempDir Path dir;

    @Test
    void everyFieldClassifyWeighsComesBackAsTheRosterStatedIt() throws Exception {
        Path db = importRoster(
                "张伟," + id("19800101", 11) + ",甲工会,深度困难,在档,3,30000,,110101,北京市,北京市,东城区,1200.50,3000,1000,1,有（小轿车）,否,"
                        + "2,85.5,是,否,否,遭受意外事故,患重特大疾病、子女上学,48000,20000,2500,有\n"
                        + "李娜," + id("19810202", 22) + ",乙工会,相对困难,渐退,,,1500,,,,,,,,,,,,,,,,,,,,,\n"
                        + "王芳," + id("19820303", 24) + ",乙工会,深度困难,脱困,2,10000,,,,,,,,,,,,,,,,,,,,,,\n");
        List<Household> scanned = new ArrayList<>();
        List<Household> read = new ArrayList<>();
        try (Database d = Database.openReadOnly(db)) {
            ClassifyFiles files = new ClassifyFiles(d, true);
            files.forEachOnRecord(Optional.empty(), noAid(), scanned::add);
            files.forEachOf(scanned.stream().mapToLong(Household::id).toArray(), noAid(), read::add);
        }
        // the exited file is not on record; the scan leaves out who the files are, which only a listed file needs
        assertThat(scanned).extracting(Household::name).containsExactly("", "");
        assertThat(read).extracting(Household::name).containsExactly("张伟", "李娜");
        assertThat(scanned.get(0).income()).isEqualTo(read.get(0).income());
        assertThat(scanned.get(0).flags()).isEqualTo(read.get(0).flags());
        assertThat(scanned.get(0).region()).isEqualTo(read.get(0).region());
        Household full = read.get(0);
        assertThat(full.headId()).isEqualTo(id("19800101", 11));
        assertThat(full.union()).isEqualTo("甲工会");
        assertThat(full.region().code()).contains("110101");
        assertThat(full.region().names()).isEqualTo("北京市/东城区");
        assertThat(full.tier()).contains(Tier.DEEP);
        assertThat(full.status()).isEqualTo(FileStatus.ACTIVE);
        assertThat(full.income().size()).hasValue(3);
        assertThat(full.income().yearly()).hasValue(3_000_000);
        assertThat(full.income().monthly()).hasValue(250_000);
        assertThat(full.income().perCapita()).isEmpty();
        assertThat(full.income().expenses()).isEqualTo(Map.of(RigidExpense.MEDICAL, 120_050L, RigidExpense.SCHOOLING, 300_000L));
        assertThat(full.income().compulsory()).hasValue(100_000);
        assertThat(full.income().ableUnemployed()).hasValue(1);
        assertThat(full.flags().hasVehicle()).contains(true);
        assertThat(full.flags().vehicle()).contains("有（小轿车）");
        assertThat(full.flags().mobilityVehicle()).contains(false);
        assertThat(full.flags().homes()).hasValue(2);
        assertThat(full.flags().homeArea()).hasValueSatisfying(a -> assertThat(a).isEqualByComparingTo(new BigDecimal("85.5")));
        assertThat(full.flags().business()).contains(true);
        assertThat(full.flags().privateSchool()).contains(false);
        assertThat(full.flags().refusedCheck()).contains(false);
        assertThat(full.hardship().causes()).containsExactlyInAnyOrder(Cause.ACCIDENT, Cause.SERIOUS_ILLNESS, Cause.SCHOOLING);
        assertThat(full.hardship().costs()).hasValue(4_800_000);
        assertThat(full.hardship().compensation()).hasValue(2_000_000);
        Household sparse = read.get(1);
        assertThat(sparse.status()).isEqualTo(FileStatus.PHASING_OUT);
        assertThat(sparse.income().size()).isEmpty();
        assertThat(sparse.income().yearly()).isEmpty();
        assertThat(sparse.income().monthly()).isEmpty();
        assertThat(sparse.income().perCapita()).hasValue(150_000);
        assertThat(sparse.income().expenses()).isEmpty();
        assertThat(sparse.flags()).isEqualTo(Household.Flags.NONE);
        assertThat(sparse.region().known()).isFalse();
    }

    @Test
    void aScanOverSeveralPagesHandsOnEveryFileOnceInOrderWithOrWithoutReadingAhead() throws Exception {
        StringBuilder rows = new StringBuilder();
        int n = 10_000 * 2 + 7;
        for (int i = 0; i < n; i++) {
            int day = i % 16_800;
            String birth = String.format("19%02d%02d%02d", 50 + day / 336, 1 + day / 28 % 12, 1 + day % 28);
            rows.append("职工").append(i).append(',').append(id(birth, i / 16_800)).append(",甲工会,深度困难,在档,,,700,110101,,,,,,,,,,,,,,,,,,,,\n");
        }
        Path db = importRoster(rows.toString());
        for (boolean ahead : new boolean[] {true, false}) {
            List<Long> ids = new ArrayList<>();
            try (Database d = Database.openReadOnly(db)) {
                new ClassifyFiles(d, ahead).forEachOnRecord(Optional.empty(), noAid(), h -> ids.add(h.id()));
            }
            assertThat(ids).as("read ahead %s", ahead).hasSize(n).isSorted().doesNotHaveDuplicates();
        }
    }

    @Test
    void reimportingTheSameAreaChangesNothing() throws Exception {
        // 36 m² is stored as a number and must read back as the roster's 36, not 36.0
        String roster = "张伟," + id("19800101", 11) + ",甲工会,深度困难,在档,3,30000,,110101,北京市,北京市,东城区,,,,,,,2,36,,,,,,,\n";
        Path db = importRoster(roster);
        Path second = dir.resolve("again.csv");
        Files.writeString(second, HEADER + roster.replace("30000", "31000"));
        Run run = Run.of("--db", db.toString(), "import", "--quiet", second.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Sql.rows(db, "SELECT column_name, old_value, new_value FROM changes WHERE column_name NOT IN ('content_hash', 'updated_import_id')"))
                .containsExactly(List.of("yearly_income_fen", "3000000", "3100000"));
    }

    @Test
    void unionAidIsSummedOverTheTwelveMonthsUpToTheDayBothIncluded() throws Exception {
        Path db = importRoster("张伟," + id("19800101", 11) + ",甲工会,深度困难,在档,3,30000,,110101,,,,,,,,,,,,,,,,,,\n");
        Path ledger = dir.resolve("ledger.csv");
        String head = id("19800101", 11);
        Files.writeString(ledger, "身份证号码,救助类型,金额,发放日期,资金来源,发放方式\n"
                + head + ",生活救助,100,2023-12-31,工会经费,银行卡\n"     // the day before the window
                + head + ",生活救助,200,2024-01-01,工会经费,银行卡\n"     // its first day
                + head + ",医疗救助,400,2024-06-30,工会经费,银行卡\n"
                + head + ",送温暖,800,2024-09-01,工会经费,银行卡\n"      // a kind the policy does not count
                + head + ",生活救助,1600,2024-12-31,工会经费,银行卡\n"   // its last day, the as-of date
                + head + ",生活救助,3200,2025-01-01,工会经费,银行卡\n");
        Run run = Run.of("--db", db.toString(), "import", "--quiet", ledger.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isIn(0, 1);
        FileSource.AidWindow window = new FileSource.AidWindow(EnumSet.of(AssistanceKind.LIVING, AssistanceKind.MEDICAL),
                LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
        List<Household> read = new ArrayList<>();
        try (Database d = Database.openReadOnly(db)) {
            new ClassifyFiles(d, false).forEachOnRecord(Optional.empty(), window, read::add);
            assertThat(new ClassifyFiles(d, false).latest(head, window).orElseThrow().income().unionAid()).isEqualTo(220_000);
            List<Household> listed = new ArrayList<>();
            new ClassifyFiles(d, false).forEachOf(new long[] {read.get(0).id()}, window, listed::add);
            assertThat(listed).singleElement().satisfies(h -> assertThat(h.income().unionAid()).isEqualTo(220_000));
        }
        // 200 + 400 + 1600 元
        assertThat(read.get(0).income().unionAid()).isEqualTo(220_000);
        assertThat(Sql.count(db, "SELECT sum(amount_fen) FROM assistance WHERE kind IN ('LIVING', 'MEDICAL') "
                + "AND paid_on BETWEEN '2024-01-01' AND '2024-12-31'")).isEqualTo(220_000);
    }

    @Test
    void applyingWritesTiersMovesAndTheirReasonsInOneRun() throws Exception {
        Path db = importRoster(
                "甲," + id("19800101", 11) + ",甲工会,深度困难,在档,,,1000,110101,,,,,,,,,,,,,,,,,,\n"    // → 相对
                        + "乙," + id("19810202", 21) + ",甲工会,相对困难,在档,,,2000,110101,,,,,,,,,,,,,,,,,,\n"  // → 渐退
                        + "丙," + id("19820303", 31) + ",甲工会,深度困难,在档,,,700,110101,,,,,,,,,,,,,,,,,,,,\n"); // unchanged
        ClassifyPolicy policy = policy();
        Classification.Outcome o;
        try (Database d = Database.openExisting(db)) {
            o = Classification.run(new ClassifyFiles(d, false), policy, new Classification.Request(LocalDate.of(2024, 12, 31),
                    Optional.empty(), Optional.empty(), false), Lifecycle.PHASE_OUT, Optional.of(new ClassifyWriter(d)),
                    Instant.parse("2025-01-02T03:04:05Z"), (changes, classified) -> { });
        }
        assertThat(o.runId()).hasValue(1);
        assertThat(Sql.rows(db, "SELECT head_name, tier, status FROM households ORDER BY id")).containsExactly(
                List.of("甲", "RELATIVE", "ACTIVE"), List.of("乙", "RELATIVE", "PHASING_OUT"), List.of("丙", "DEEP", "ACTIVE"));
        assertThat(Sql.rows(db, "SELECT as_of, policy_digest, policy_version, started_at, classified, tier_changes, phased_out, "
                + "finished_at IS NOT NULL FROM classify_runs")).containsExactly(List.of("2024-12-31", policy.digest(), "测试",
                "2025-01-02T03:04:05Z", "3", "1", "1", "1"));
        assertThat(Sql.rows(db, "SELECT row_id, column_name, old_value, new_value, command, classify_run_id, import_id IS NULL "
                + "FROM changes WHERE command = 'classify' ORDER BY row_id")).containsExactly(
                List.of("1", "tier", "DEEP", "RELATIVE", "classify", "1", "1"),
                // entering 渐退 on the as-of day, as the lifecycle dates every entry
                Arrays.asList("2", "phased_out_on", null, "2024-12-31", "classify", "1", "1"),
                List.of("2", "status", "ACTIVE", "PHASING_OUT", "classify", "1", "1"));
        assertThat(Sql.one(db, "SELECT reason FROM changes WHERE command = 'classify' AND row_id = 1"))
                .startsWith("RELATIVE: per_capita <= 2 × dibao；").contains("人均月收入 1000.00 元 < 低保 760.00 元 × 2");
        assertThat(Sql.rows(db, "SELECT household_id, from_status, to_status, changed_on, reason, command, classify_run_id "
                + "FROM status_history WHERE command = 'classify'")).containsExactly(
                List.of("2", "ACTIVE", "PHASING_OUT", "2024-12-31", "NOT_ELIGIBLE", "classify", "1"));
        assertThat(Sql.one(db, "SELECT note FROM status_history WHERE command = 'classify'")).startsWith("none: per_capita > 2 × dibao");
    }

    @Test
    void aFailedApplyLeavesTheDatabaseAsItWas() throws Exception {
        Path db = importRoster("甲," + id("19800101", 11) + ",甲工会,深度困难,在档,,,1000,110101,,,,,,,,,,,,,,,,,,\n");
        String before = Sql.rows(db, "SELECT * FROM households").toString() + Sql.count(db, "SELECT count(*) FROM changes");
        try (Database d = Database.openExisting(db)) {
            ClassifyWriter writer = new ClassifyWriter(d);
            Classification.run(new ClassifyFiles(d, false), policy(), new Classification.Request(LocalDate.of(2024, 12, 31),
                    Optional.empty(), Optional.empty(), false), Lifecycle.PHASE_OUT, Optional.of(writer), Instant.now(),
                    (changes, classified) -> {
                        throw new IllegalStateException("the disk filled up after the first change");
                    });
        } catch (IllegalStateException expected) {
            // what matters is the database after it
        }
        assertThat(Sql.rows(db, "SELECT * FROM households").toString() + Sql.count(db, "SELECT count(*) FROM changes")).isEqualTo(before);
        assertThat(Sql.count(db, "SELECT count(*) FROM classify_runs")).isZero();
    }

    @Test
    void aVersionThreeDatabaseGainsTheNewColumnsEmptyAndKeepsItsFiles() throws Exception {
        Path db = dir.resolve("v3.db");
        Sql.execute(db, "PRAGMA user_version = 0");
        // a database as version 3 left it: the three older scripts, one household
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement()) {
            for (String name : List.of("V1__households.sql", "V2__ledgers_and_visits.sql", "V3__yearly_report.sql")) {
                String script = new String(ClassifyStoreTest.class.getResourceAsStream("/bangfu/store/" + name).readAllBytes(),
                        java.nio.charset.StandardCharsets.UTF_8);
                for (String sql : Database.statements(script)) s.execute(sql);
            }
            s.execute("PRAGMA user_version = 3");
            s.execute("INSERT INTO households (head_id, head_name, union_name, status, tier, household_size) VALUES ('"
                    + id("19800101", 11) + "', '甲', '甲工会', 'ACTIVE', 'DEEP', 3)");
        }
        try (Database d = Database.openExisting(db)) {
            assertThat(d.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(Sql.rows(db, "SELECT head_name, tier, household_size, region_code, homes, home_area, owns_business, "
                + "hardship_costs_fen FROM households")).containsExactly(java.util.Arrays.asList("甲", "DEEP", "3", null, null,
                null, null, null));
        assertThat(Sql.count(db, "SELECT count(*) FROM classify_runs")).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM pragma_table_info('status_history') WHERE name IN ('classify_run_id', 'note')"))
                .isEqualTo(2);
    }

    private ClassifyPolicy policy() throws Exception {
        Path yaml = dir.resolve("policy.yaml");
        Files.writeString(yaml, "classify:\n  version: 测试\n  dibao:\n    - {region: 北京市, from: 2024-01-01, monthly: 760}\n");
        return MappingFile.loadClassifyPolicy(yaml, false).orElseThrow();
    }

    private Path importRoster(String rows) throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, HEADER + rows);
        Path db = dir.resolve("bangfu.db");
        Run run = Run.of("--db", db.toString(), "import", "--quiet", csv.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        return db;
    }

    private static FileSource.AidWindow noAid() {
        return new FileSource.AidWindow(Set.of(), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31));
    }
}
