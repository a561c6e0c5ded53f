package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bangfu classify} over the example rosters and examples/bangfu.yaml (低保 1450 元 in 北京 from 2024-09-01,
 * 790 元 in 哈尔滨; 最低工资 2420 元 in 北京), the expected tiers worked out by hand from the rosters' figures.
 */
class ClassifyCommandTest {
    static final String POLICY = "examples/bangfu.yaml";
    static final ObjectMapper JSON = new ObjectMapper();
    @TempDir static Path shared;
    static Path imported;

    @TempDir Path dir;

    @BeforeAll
    static void importRosters() {
        imported = shared.resolve("examples.db");
        for (String f : List.of("examples/花名册-东城区总工会-2024.xlsx", "examples/花名册-西城区总工会-2024.csv",
                "examples/花名册-南岗区总工会-2024.xls")) {
            Run.of("--db", imported.toString(), "import", "--quiet", f);
        }
    }

    Path copy() throws Exception {
        Path db = dir.resolve("bangfu.db");
        Files.copy(imported, db);
        return db;
    }

    Run classify(Path db, String... more) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--db", db.toString(), "classify", "--policy", POLICY,
                "--as-of", "2024-12-31"));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void theJsonIsTheDocumentedContract() throws Exception {
        Path db = copy();
        Run run = classify(db, "--format", "json");
        // two files cannot be decided (朱磊: 意外致困 without 致困费用; 徐敏: no region): exit 1
        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        JsonNode root = JSON.readTree(run.out());
        assertThat(fields(root)).containsExactly("as_of", "policy_digest", "changes", "households");
        assertThat(root.get("as_of").asText()).isEqualTo("2024-12-31");
        assertThat(root.get("policy_digest").asText()).hasSize(64);
        Map<String, Integer> changes = new LinkedHashMap<>();
        root.get("changes").fields().forEachRemaining(e -> changes.put(e.getKey(), e.getValue().asInt()));
        assertThat(changes).containsExactly(Map.entry("ACCIDENT->none", 1), Map.entry("DEEP->RELATIVE", 3),
                Map.entry("RELATIVE->DEEP", 1), Map.entry("RELATIVE->none", 2));
        Set<String> keys = Set.of("head_id", "name", "union", "region", "current_tier", "computed_tier",
                "per_capita_monthly_fen", "dibao_fen", "rule", "reasons", "missing");
        Map<String, JsonNode> byName = new LinkedHashMap<>();
        for (JsonNode h : root.get("households")) {
            assertThat(new TreeSet<>(fields(h))).isEqualTo(new TreeSet<>(keys));
            assertThat(h.get("head_id").asText()).matches("\\d{4}\\*{10}\\d{3}[\\dX]");
            byName.put(h.get("name").asText(), h);
        }
        // 于霞: (75,900 − 6,000 因病 − (9,000 − 3,000 义务教育) 因学) ÷ 12 ÷ 4 = 1,331.25 ≤ 1,450 → 深度
        assertThat(byName.get("于霞").get("per_capita_monthly_fen").asLong()).isEqualTo(133_125);
        assertThat(byName.get("于霞").get("computed_tier").asText()).isEqualTo("DEEP");
        assertThat(byName.get("于霞").get("dibao_fen").asLong()).isEqualTo(145_000);
        // 孙振华: (42,000 + 2,420 × 12) ÷ 12 ÷ 3 = 1,973.33 → 相对
        assertThat(byName.get("孙振华").get("per_capita_monthly_fen").asLong()).isEqualTo(197_333);
        assertThat(byName.get("孙振华").get("rule").asText()).isEqualTo("RELATIVE: per_capita <= 2 × dibao");
        // 高金凤 has a private car, 萧德明 two homes of 150.5 m² for 3 (50.17 > 40 m² each)
        assertThat(byName.get("高金凤").get("rule").asText()).isEqualTo("none: excluded (vehicle)");
        assertThat(byName.get("萧德明").get("rule").asText()).isEqualTo("none: excluded (homes)");
        assertThat(byName.get("高金凤").get("computed_tier").isNull()).isTrue();
        // 马辉: 926.67 stated, 32,100 ÷ 36 = 891.67 computed: both above 790 → 相对, and a finding
        assertThat(byName.get("马辉").get("dibao_fen").asLong()).isEqualTo(79_000);
        assertThat(byName.get("马辉").get("reasons").toString()).contains("differs from the computed 891.666666…");
        assertThat(byName.get("徐敏").get("missing").toString()).isEqualTo("[\"region\"]");
        assertThat(byName.get("徐敏").get("computed_tier").isNull()).isTrue();
        assertThat(byName.get("朱磊").get("missing").toString()).isEqualTo("[\"hardship_costs_fen\"]");
        // unchanged files are not listed; --all lists every one of the 22 on record
        assertThat(byName).doesNotContainKey("萧娜");
        assertThat(JSON.readTree(classify(db, "--format", "json", "--all").out()).get("households")).hasSize(22);
    }

    @Test
    void nothingIsWrittenWithoutApply() throws Exception {
        Path db = copy();
        String before = sha256(db);
        assertThat(classify(db).exit()).isEqualTo(1);
        assertThat(classify(db, "--explain", "110101199003262822").exit()).isZero();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.resolve("bangfu.db-wal")).doesNotExist();
    }

    @Test
    void applyWritesOnceAndASecondRunProposesNothing() throws Exception {
        Path db = copy();
        Run applied = classify(db, "--apply");
        assertThat(applied.out()).contains("Written: classify run 1, 4 tier changes, 3 files into 渐退.");
        assertThat(Sql.count(db, "SELECT count(*) FROM households WHERE status = 'PHASING_OUT'")).isEqualTo(3);
        assertThat(Sql.rows(db, "SELECT head_name FROM households h JOIN status_history s ON s.household_id = h.id "
                + "WHERE s.command = 'classify' ORDER BY h.id")).containsExactly(List.of("高金凤"), List.of("马丽华"), List.of("萧德明"));
        JsonNode again = JSON.readTree(classify(db, "--format", "json").out());
        assertThat(again.get("changes").size()).isZero();
        // what remains listed needs data or has figures to check, and changes nothing
        for (JsonNode h : again.get("households")) {
            assertThat(h.get("name").asText()).isIn("朱磊", "徐敏", "马辉");
        }
        assertThat(Sql.count(db, "SELECT count(*) FROM classify_runs")).isEqualTo(1);
    }

    /**
     * A file classify moves into 渐退 enters it on the run's as-of day, as the lifecycle records every entry: its
     * 渐退日期 and the derived columns are written, and its 3-month follow-up falls due from that day. Before, only
     * the status changed: the entry had no date and no follow-up was ever scheduled.
     */
    @Test
    void aFileClassifyMovesIntoPhaseOutIsDatedByTheRunAndOwesItsFollowUps() throws Exception {
        Path db = copy();
        assertThat(classify(db, "--apply").out()).contains("3 files into 渐退");
        assertThat(Sql.rows(db, "SELECT DISTINCT phased_out_on, status_on, coalesce(left_on, '-'), left_year FROM households"
                + " WHERE status = 'PHASING_OUT'")).containsExactly(List.of("2024-12-31", "2024-12-31", "-", "9999"));
        assertThat(Sql.count(db, "SELECT count(*) FROM changes WHERE command = 'classify' AND column_name = 'phased_out_on'"
                + " AND old_value IS NULL AND new_value = '2024-12-31'")).isEqualTo(3);
        JsonNode due = JSON.readTree(Run.of("--db", db.toString(), "visit", "due", "--as-of", "2025-03-31", "--within", "0",
                "--format", "json").out());
        List<String> followUps = new ArrayList<>();
        for (JsonNode d : due.get("due")) {
            if (d.get("reason").asText().equals("follow_up")) followUps.add(d.get("name").asText() + " " + d.get("due_on").asText());
        }
        assertThat(followUps).containsExactlyInAnyOrder("高金凤 2025-03-31", "马丽华 2025-03-31", "萧德明 2025-03-31");
    }

    /** import --undo must not take back a file a classify run has changed since: it refuses, naming the run. */
    @Test
    void anImportWhoseFilesAClassifyRunChangedCannotBeUndone() throws Exception {
        Path db = copy();
        classify(db, "--apply");
        String before = Sql.rows(db, "SELECT tier, status FROM households ORDER BY id").toString();
        Run undo = Run.of("--lang", "en", "--db", db.toString(), "import", "--undo", "1");
        assertThat(undo.exit()).as(undo.out() + undo.err()).isEqualTo(1);
        assertThat(undo.out() + undo.err()).contains("cannot be undone").contains("classify");
        assertThat(Sql.rows(db, "SELECT tier, status FROM households ORDER BY id").toString()).isEqualTo(before);
    }

    @Test
    void theExplanationShowsEveryStepInEitherLanguageAndAsJson() throws Exception {
        Path db = copy();
        // 于霞 (head ID from the roster): the items, 义务教育 left undeducted, the 低保 inherited from 北京市
        String id = Sql.one(db, "SELECT head_id FROM households WHERE head_name = '于霞'");
        Run zh = Run.of("--lang", "zh", "--db", db.toString(), "classify", "--policy", POLICY, "--as-of", "2024-12-31", "--explain", id);
        assertThat(zh.exit()).as(zh.err()).isZero();
        assertThat(zh.out()).contains("家庭年收入", "75900.00", "扣：因病刚性支出", "-6000.00", "扣：因学刚性支出 9000.00 元，其中义务教育 3000.00 元不扣",
                "-6000.00", "63900.00", "= 1331.25 元", "1450.00 元/人/月（北京市，2024-09-01 起；本地区无标准，沿用上级地区）",
                "深度困难  符合", "DEEP: per_capita <= 1 × dibao", "改为深度困难").doesNotContain(id);
        Run en = Run.of("--lang", "en", "--db", db.toString(), "classify", "--policy", POLICY, "--as-of", "2024-12-31", "--explain", id);
        assertThat(en.out()).contains("less medical expenses", "of which compulsory schooling 3000.00 not deducted", "becomes deep hardship");
        JsonNode json = JSON.readTree(Run.of("--db", db.toString(), "classify", "--policy", POLICY, "--as-of", "2024-12-31",
                "--explain", id, "--format", "json").out());
        assertThat(json.get("income").get("items").findValuesAsText("yearly_fen")).containsExactly("7590000", "-600000", "-600000");
        assertThat(json.get("income").get("computed").get("numerator_fen").asLong()).isEqualTo(6_390_000);
        assertThat(json.get("income").get("computed").get("denominator").asLong()).isEqualTo(48);
        assertThat(json.get("dibao").get("region").asText()).isEqualTo("北京市");
        assertThat(json.get("dibao").get("inherited").asBoolean()).isTrue();
        assertThat(json.get("conditions").get(0).get("verdict").asText()).isEqualTo("YES");
        assertThat(json.get("computed_tier").asText()).isEqualTo("DEEP");
        assertThat(json.get("action").asText()).isEqualTo("TIER");
        // a member's ID finds the household too
        String member = Sql.one(db, "SELECT m.id_number FROM members m JOIN households h ON h.id = m.household_id "
                + "WHERE h.head_name = '于霞' AND m.id_number IS NOT NULL LIMIT 1");
        assertThat(Run.of("--db", db.toString(), "classify", "--policy", POLICY, "--explain", member).out()).contains("于霞");
    }

    @Test
    void filtersKeepOneUnionOrOneRegion() throws Exception {
        Path db = copy();
        assertThat(JSON.readTree(classify(db, "--format", "json", "--all", "--region", "230100").out()).get("households")).hasSize(3);
        assertThat(JSON.readTree(classify(db, "--format", "json", "--all", "--region", "北京市").out()).get("households")).hasSize(18);
        assertThat(JSON.readTree(classify(db, "--format", "json", "--all", "--union", "南岗区第一机床厂工会").out())
                .get("households")).extracting(JsonNode::toString).singleElement().asString().contains("马辉");
    }

    @Test
    void idNumbersAreMaskedUnlessRevealed() throws Exception {
        Path db = copy();
        String id = Sql.one(db, "SELECT head_id FROM households WHERE head_name = '高金凤'");
        assertThat(classify(db).out()).doesNotContain(id).contains(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(classify(db, "--reveal").out()).contains(id);
        assertThat(classify(db, "--format", "json", "--reveal").out()).contains(id);
    }

    @Test
    void csvAndXlsxHoldEveryListedHousehold() throws Exception {
        Path db = copy();
        Path csv = dir.resolve("classify.csv");
        assertThat(classify(db, "--format", "csv", "--out", csv.toString(), "--limit", "1").exit()).isEqualTo(1);
        String text = Files.readString(csv);
        assertThat(text).startsWith("\uFEFF").contains("于霞", "马辉", "徐敏");
        Path xlsx = dir.resolve("classify.xlsx");
        assertThat(classify(db, "--format", "xlsx", "--out", xlsx.toString()).exit()).isEqualTo(1);
        try (Workbook wb = WorkbookFactory.create(xlsx.toFile(), null, true)) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
        assertThat(classify(db, "--format", "xlsx").exit()).isEqualTo(2);
        assertThat(classify(db, "--out", db.toString()).exit()).isEqualTo(2);
    }

    @Test
    void theTextListsAtMostLimitHouseholds() throws Exception {
        Run run = classify(copy(), "--limit", "2");
        assertThat(run.out()).contains("7 more households not shown (9 in all)");
    }

    @Test
    void badRequestsAreUsageErrors() throws Exception {
        Path db = copy();
        assertThat(classify(db, "--explain", "110101199003262822", "--apply").exit()).isEqualTo(2);
        assertThat(classify(db, "--limit", "-1").exit()).isEqualTo(2);
        Run badDate = Run.of("--db", db.toString(), "classify", "--policy", POLICY, "--as-of", "2024-02-30");
        assertThat(badDate.exit()).isEqualTo(2);
        Run badId = classify(db, "--explain", "12345");
        assertThat(badId.exit()).isEqualTo(2);
        Run unknown = classify(db, "--explain", "11010519491231002X");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("1101**********002X").doesNotContain("11010519491231002X");
    }

    @Test
    void aMissingOrBrokenPolicyIsUnusableConfiguration() throws Exception {
        Path db = copy();
        Run none = Run.of("--lang", "en", "--db", db.toString(), "classify");
        assertThat(none.exit()).isEqualTo(3);
        assertThat(none.err()).contains("bangfu.yaml").contains("--policy");
        Path noSection = dir.resolve("mapping.yaml");
        Files.writeString(noSection, "headers:\n  roster:\n    head_id: [证件]\n");
        assertThat(Run.of("--lang", "en", "--db", db.toString(), "classify", "--policy", noSection.toString()).err())
                .contains("there is no classify: section");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, Files.readString(Path.of(POLICY)).replace("monthly: 1450", "monthly: 1450元"));
        Run bad = Run.of("--lang", "en", "--db", db.toString(), "classify", "--policy", broken.toString());
        assertThat(bad.exit()).isEqualTo(3);
        assertThat(bad.err()).containsPattern("line \\d+: classify\\.dibao\\[2\\]\\.monthly must be");
        // the policy beside the database is the default
        Files.copy(Path.of(POLICY), dir.resolve("bangfu.yaml"));
        assertThat(Run.of("--db", db.toString(), "classify", "--as-of", "2024-12-31").exit()).isEqualTo(1);
    }

    @Test
    void aMissingDatabaseIsADatabaseProblem() {
        assertThat(Run.of("--db", dir.resolve("none.db").toString(), "classify", "--policy", POLICY).exit()).isEqualTo(4);
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    private static List<String> fields(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
