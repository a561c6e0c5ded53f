package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bangfu verify} without files, over the examples imported through the CLI. */
class VerifyDatabaseTest {
    static final List<String> EXAMPLES = List.of("examples/花名册-东城区总工会-2024.xlsx", "examples/花名册-西城区总工会-2024.csv",
            "examples/花名册-南岗区总工会-2024.xls", "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx");
    @TempDir static Path shared;
    static Path imported;

    @TempDir Path dir;

    @BeforeAll
    static void importExamples() {
        imported = shared.resolve("examples.db");
        for (String file : EXAMPLES) Run.of("--db", imported.toString(), "import", "--quiet", file);
        assertThat(Sql.count(imported, "SELECT count(*) FROM assistance")).isPositive();
    }

    Path copy() throws Exception {
        Path db = dir.resolve("bangfu.db");
        Files.copy(imported, db);
        return db;
    }

    @Test
    void examplesHaveOnlyWarningsAndNothingIsWritten() throws Exception {
        Path db = copy();
        String before = sha256(db);
        Run run = Run.of("--lang", "en", "--db", db.toString(), "verify");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("yearly checks for 2024, the latest ended year with payments or visits");
        assertThat(run.out()).contains("0 errors");
        assertThat(Run.of("--db", db.toString(), "verify", "--strict").exit()).isEqualTo(1);
        assertThat(Run.of("--db", db.toString(), "verify", "--format", "json").exit()).isZero();
        assertThat(sha256(db)).isEqualTo(before);
        assertThat(dir.resolve("bangfu.db-wal")).doesNotExist();
        assertThat(dir.resolve("bangfu.db-shm")).doesNotExist();
    }

    @Test
    void countsAgreeWithPlainSql() throws Exception {
        Path db = copy();
        JsonNode json = json(Run.of("--db", db.toString(), "verify", "--format", "json"));
        long cash = Sql.count(db, "SELECT count(*) FROM assistance WHERE method = 'CASH'");
        long fewVisits = Sql.count(db, """
                SELECT count(*) FROM households h WHERE h.filed_on <= '2024-12-31'
                   AND (h.status IN ('ACTIVE', 'PHASING_OUT') OR coalesce(h.exited_on, h.closed_on) > '2024-12-31')
                   AND (SELECT count(*) FROM visits v WHERE v.household_id = h.id AND substr(v.visited_on, 1, 4) = '2024') < 2""");
        assertThat(json.at("/year").asInt()).isEqualTo(2024);
        assertThat(json.at("/counts/byCode/PAID_IN_CASH").asLong()).isEqualTo(cash).isPositive();
        assertThat(json.at("/counts/byCode/TOO_FEW_VISITS").asLong()).isEqualTo(fewVisits).isPositive();
        assertThat(json.at("/counts/findings").asInt()).isEqualTo(json.at("/findings").size());
        for (JsonNode f : json.at("/findings")) assertThat(f.at("/household/headId").asText()).matches("\\d{4}\\*{10}\\d{3}[\\dX]");
    }

    @Test
    void aTotalAboveTheCapIsAnErrorWithTheHousehold() throws Exception {
        Path db = copy();
        long household = Long.parseLong(Sql.one(db, "SELECT min(household_id) FROM assistance WHERE paid_on LIKE '2024%'"));
        long paid = Sql.count(db, "SELECT sum(amount_fen) FROM assistance WHERE household_id = " + household + " AND paid_on LIKE '2024%'");
        Sql.execute(db, "INSERT INTO assistance (household_id, kind, amount_fen, paid_on, fund_source, method) VALUES ("
                + household + ", 'MEDICAL', " + (5_000_001 - paid) + ", '2024-06-15', 'CITY', 'BANK_CARD')");
        String name = Sql.one(db, "SELECT head_name FROM households WHERE id = " + household);
        String head = Sql.one(db, "SELECT head_id FROM households WHERE id = " + household);

        Run text = Run.of("--lang", "en", "--db", db.toString(), "verify");
        assertThat(text.exit()).isEqualTo(1);
        assertThat(text.out()).contains("OVER_YEARLY_CAP").contains(name).contains(head.substring(0, 4) + "**********")
                .contains("50,000.01").doesNotContain(head);

        Run csv = Run.of("--lang", "en", "--db", db.toString(), "verify", "--format", "csv");
        assertThat(csv.out()).startsWith("\uFEFFhousehold,head ID,name,union,severity,code,year,amount (yuan),date");
        assertThat(csv.out()).contains(household + "," + head.substring(0, 4) + "**********" + head.substring(14) + "," + name)
                .contains(",error,OVER_YEARLY_CAP,2024,50000.01,,");

        // exactly at the cap is not above it
        Sql.execute(db, "UPDATE assistance SET amount_fen = amount_fen - 1 WHERE paid_on = '2024-06-15' AND household_id = " + household);
        assertThat(Run.of("--db", db.toString(), "verify").exit()).isZero();
    }

    @Test
    void limitShowsHowManyThereAreInAll() throws Exception {
        Path db = copy();
        Run run = Run.of("--lang", "en", "--db", db.toString(), "verify", "--limit", "2");
        int total = json(Run.of("--db", db.toString(), "verify", "--format", "json")).at("/counts/findings").asInt();
        assertThat(run.out()).contains("more findings not shown (" + total + " in all)");
    }

    @Test
    void yearOptionNamesTheYear() throws Exception {
        Path db = copy();
        Run run = Run.of("--lang", "en", "--db", db.toString(), "verify", "--year", "2023");
        assertThat(run.out()).contains("payments and yearly checks for 2023");
        JsonNode json = json(Run.of("--db", db.toString(), "verify", "--year", "2023", "--format", "json"));
        assertThat(json.at("/counts/byCode/PAID_IN_CASH").isMissingNode()).isTrue();
        assertThat(json.at("/yearChosen").asBoolean()).isTrue();
    }

    @Test
    void filesUnchangedForOverAYearAreNamed() throws Exception {
        Path db = copy();
        Sql.execute(db, "UPDATE imports SET finished_at = '2020-01-01T00:00:00Z' WHERE file_name LIKE '%东城区%'");
        Sql.execute(db, "UPDATE status_history SET recorded_at = '2020-01-01T00:00:00Z' WHERE import_id IN "
                + "(SELECT id FROM imports WHERE file_name LIKE '%东城区%')");
        long expected = Sql.count(db, "SELECT count(*) FROM households h JOIN imports i ON i.id = h.updated_import_id "
                + "WHERE i.file_name LIKE '%东城区%' AND h.status IN ('ACTIVE', 'PHASING_OUT')");
        JsonNode json = json(Run.of("--db", db.toString(), "verify", "--format", "json"));
        assertThat(json.at("/counts/byCode/FILE_NOT_UPDATED").asLong()).isEqualTo(expected).isEqualTo(12);
    }

    @Test
    void anEmptyDatabaseHasNothingToReport() throws Exception {
        Path db = dir.resolve("empty.db");
        bangfu.store.sqlite.Database.open(db).close();
        Run text = Run.of("--lang", "en", "--db", db.toString(), "verify");
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("No problems found.");
        JsonNode json = json(Run.of("--db", db.toString(), "verify", "--format", "json"));
        assertThat(json.at("/counts/findings").asInt()).isZero();
        assertThat(json.at("/findings").isArray()).isTrue();
        assertThat(json.at("/year").asInt()).as("no payments or visits: last year").isEqualTo(java.time.LocalDate.now().getYear() - 1);
    }

    @Test
    void missingDatabaseIsOneLineAndIsNotCreated() {
        Path db = dir.resolve("none.db");
        Run run = Run.of("--lang", "en", "--db", db.toString(), "verify");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("none.db").contains("no database here").doesNotContain("Exception");
        assertThat(db).doesNotExist();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void corruptOrForeignFilesAreDatabaseErrors() throws Exception {
        Path corrupt = dir.resolve("corrupt.db");
        byte[] bytes = new byte[8192];
        System.arraycopy("SQLite format 3\0".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 16);
        for (int i = 16; i < bytes.length; i++) bytes[i] = (byte) (i * 31);
        Files.write(corrupt, bytes);
        Run run = Run.of("--db", corrupt.toString(), "verify");
        assertThat(run.exit()).as(run.err()).isEqualTo(4);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(Files.readAllBytes(corrupt)).isEqualTo(bytes);

        Path text = dir.resolve("notes.db");
        Files.writeString(text, "not a database");
        assertThat(Run.of("--db", text.toString(), "verify").exit()).isEqualTo(4);

        Path empty = dir.resolve("empty.db");
        Files.createFile(empty);
        Run emptyRun = Run.of("--lang", "en", "--db", empty.toString(), "verify");
        assertThat(emptyRun.exit()).isEqualTo(4);
        assertThat(emptyRun.err()).contains("not a bangfu database");
        assertThat(Files.size(empty)).isZero();
    }

    @Test
    void lockedDatabaseIsADatabaseError() throws Exception {
        Path db = copy();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("UPDATE imports SET rows_read = rows_read WHERE id = 1");
            Run run = Run.of("--lang", "en", "--db", db.toString(), "verify");
            assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(4);
            assertThat(run.err()).contains("locked");
            s.execute("ROLLBACK");
        }
    }

    @Test
    void policyBesideTheDatabaseIsUsed() throws Exception {
        Path db = copy();
        Files.writeString(dir.resolve("bangfu.yaml"), "policy:\n  severities:\n    PAID_IN_CASH: error\n");
        Run run = Run.of("--db", db.toString(), "verify", "--format", "json");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(json(run).at("/findings").findValuesAsText("severity")).contains("error");
    }

    @Test
    void badPolicyStopsBeforeTheDatabaseWithLineAndKeyPath() throws Exception {
        Path db = copy();
        String before = sha256(db);
        assertBadPolicy(db, "policy:\n  yearly_cap: 50000\n  min_visit: 3\n", "line 3", "policy.min_visit");
        assertBadPolicy(db, "policy:\n  yearly_cap: \"50,000\"\n", "line 2", "policy.yearly_cap");
        assertBadPolicy(db, "policy:\n  min_visits: two\n", "line 2", "policy.min_visits");
        assertBadPolicy(db, "policy:\n  kind_caps:\n    medical: 3000\n    medicine: 10\n", "line 4", "policy.kind_caps.medicine");
        assertBadPolicy(db, "headers: {}\npolicy:\n  min_visits: 2\n  stale_after_days: 30\n  min_visits: 3\n", "line 5",
                "policy.min_visits");
        assertBadPolicy(db, "policy:\n  severities:\n    NEVER_ASSISTED: maybe\n", "line 3", "policy.severities.NEVER_ASSISTED");
        assertThat(sha256(db)).isEqualTo(before);
    }

    private void assertBadPolicy(Path db, String yaml, String line, String path) throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, yaml);
        Run run = Run.of("--lang", "en", "--db", db.toString(), "verify", "--policy", policy.toString());
        assertThat(run.exit()).as(yaml + run.err()).isEqualTo(3);
        assertThat(run.err().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).as(yaml).contains(line).contains(path);
        assertThat(run.out()).isEmpty();
    }

    private static JsonNode json(Run run) throws Exception {
        return new ObjectMapper().readTree(run.out());
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
