package bangfu.store.sqlite;

import bangfu.store.DatabaseException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir Path dir;

    @Test
    void newDatabaseIsOwnerOnlyAndAtTheCurrentSchema() throws Exception {
        Path file = dir.resolve("new.db");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Sql.one(file, "PRAGMA journal_mode")).isEqualTo("wal");
        assertThat(Sql.rows(file, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))
                .extracting(r -> r.get(0))
                .contains("households", "members", "imports", "import_sheets", "rejects", "changes",
                        "status_history", "assistance", "visits");
    }

    @Test
    void reopeningDoesNotMigrateAgain() {
        Path file = dir.resolve("again.db");
        Database.open(file).close();
        Sql.execute(file, "INSERT INTO imports (file_name, sha256, started_at) VALUES ('x', 'y', 'z')");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(Sql.count(file, "SELECT count(*) FROM imports")).isEqualTo(1);
    }

    @Test
    void newerSchemaIsRefusedAndLeftAlone() {
        Path file = dir.resolve("newer.db");
        Database.open(file).close();
        Sql.execute(file, "PRAGMA user_version = 99");
        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DatabaseException.class)
                .satisfies(e -> assertThat(((DatabaseException) e).reason().key()).isEqualTo("db.newer_schema"));
        assertThat(Sql.one(file, "PRAGMA user_version")).isEqualTo("99");
    }

    @Test
    void fileThatIsNotSqliteIsNotTouched() throws Exception {
        Path file = dir.resolve("roster.db");
        Files.writeString(file, "姓名,身份证号码\n");
        assertThatThrownBy(() -> Database.open(file))
                .satisfies(e -> assertThat(((DatabaseException) e).reason().key()).isEqualTo("db.not_a_database"));
        assertThat(Files.readString(file)).isEqualTo("姓名,身份证号码\n");
    }

    @Test
    void rowsRejectedByAnEarlierVersionKeptFullIdsPhonesAndCards() throws Exception {
        Path file = dir.resolve("v3.db");
        for (String script : new String[] {"V1__households.sql", "V2__ledgers_and_visits.sql", "V3__yearly_report.sql"}) {
            String text = new String(Database.class.getResourceAsStream("/bangfu/store/" + script).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String sql : Database.statements(text)) Sql.execute(file, sql);
        }
        Sql.execute(file, "PRAGMA user_version = 3");
        Sql.execute(file, "INSERT INTO imports (id, file_name, sha256, started_at) VALUES (1, 'r.csv', 'x', 'z')");
        String id = bangfu.TestIds.id("19800101", 11);
        Sql.execute(file, "INSERT INTO rejects (import_id, sheet, row_number, codes, raw) VALUES (1, 'r', 7, 'ID_CHECK_DIGIT', "
                + "'{\"A\":\"张三\",\"B\":\"" + id + "\",\"C\":\"13812345678\",\"D\":\"6228 4800 1234 5671\",\"E\":\"2024-01-10\"}')");

        Database.open(file).close();

        assertThat(Sql.one(file, "SELECT raw FROM rejects")).isEqualTo("{\"A\":\"张三\",\"B\":\""
                + bangfu.model.Masks.middle(id) + "\",\"C\":\"138****5678\",\"D\":\"6228 **** **** 5671\",\"E\":\"2024-01-10\"}");
        assertThat(Sql.rows(file, "SELECT row_number, codes FROM rejects")).containsExactly(java.util.List.of("7", "ID_CHECK_DIGIT"));
    }

    @Test
    void anotherProgramsDatabaseNumberedLikeOursIsRefused() {
        Path file = dir.resolve("other.db");
        Sql.execute(file, "CREATE TABLE notes (text TEXT)");
        Sql.execute(file, "PRAGMA user_version = 2");
        assertThatThrownBy(() -> Database.open(file))
                .satisfies(e -> assertThat(((DatabaseException) e).reason().key()).isEqualTo("check.db_not_bangfu"));
        assertThat(Sql.rows(file, "SELECT name FROM sqlite_master")).containsExactly(java.util.List.of("notes"));
    }

    @Test
    void versionOneDatabaseMigratesForwardKeepingItsRows() throws Exception {
        Path file = dir.resolve("v1.db");
        String v1 = new String(Database.class.getResourceAsStream("/bangfu/store/V1__households.sql").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        for (String sql : Database.statements(v1)) Sql.execute(file, sql);
        Sql.execute(file, "PRAGMA user_version = 1");
        Sql.execute(file, "INSERT INTO households (head_id, head_name, union_name, status) "
                + "VALUES ('110101198001010011', '张三', '东城区总工会', 'ACTIVE')");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(Sql.one(file, "SELECT head_name FROM households")).isEqualTo("张三");
        assertThat(Sql.rows(file, "SELECT coalesce(left_on, '-'), coalesce(left_as, '-') FROM households"))
                .containsExactly(java.util.List.of("-", "-"));
        assertThat(Sql.rows(file, "SELECT name FROM pragma_table_info('assistance')")).extracting(r -> r.get(0))
                .contains("occurrence", "bank", "handler");
    }

    @Test
    void aVersionThreeDatabaseGainsTheNewColumnsAndReadsAFilingMonthAsItsFirstDay() throws Exception {
        Path file = dir.resolve("v3.db");
        for (String script : new String[] {"V1__households.sql", "V2__ledgers_and_visits.sql", "V3__yearly_report.sql"}) {
            String sql = new String(Database.class.getResourceAsStream("/bangfu/store/" + script).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            for (String statement : Database.statements(sql)) Sql.execute(file, statement);
        }
        Sql.execute(file, "PRAGMA user_version = 3");
        // Closed without a date, filed in a month alone: it left on the filing day, 1 January 2024.
        Sql.execute(file, "INSERT INTO households (head_id, head_name, union_name, status, filed_on, tier) "
                + "VALUES ('110101198001010011', '张三', '东城区总工会', 'CLOSED', '2024-01', 'DEEP')");
        Sql.execute(file, "INSERT INTO households (head_id, head_name, union_name, status, filed_on, exited_on) "
                + "VALUES ('110101198001020018', '李四', '东城区总工会', 'EXITED', '2023-05-20', '2024-03-31')");
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        assertThat(Sql.rows(file, "SELECT head_name, filed_on, left_on, left_year, filed_year FROM households ORDER BY id"))
                .containsExactly(java.util.List.of("张三", "2024-01", "2024-01-01", "2024", "2024"),
                        java.util.List.of("李四", "2023-05-20", "2024-03-31", "2024", "2023"));
        assertThat(Sql.rows(file, "SELECT name FROM pragma_table_info('households')")).extracting(r -> r.get(0))
                .contains("region", "monthly_income_fen", "has_vehicle", "medical_insurance", "employer_credit_code",
                        "main_cause_wording", "secondary_causes_wording", "close_reason_wording");
        assertThat(Sql.rows(file, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'households'"))
                .extracting(r -> r.get(0)).contains("households_report", "households_causes");
        assertThat(Sql.count(file, "SELECT count(*) FROM households WHERE region IS NOT NULL OR main_cause_wording IS NOT NULL"))
                .as("nothing is invented for the rows already there").isZero();
    }

    @Test
    void migrationScriptSplitsIntoStatements() {
        assertThat(Database.statements("-- c\nCREATE TABLE a (x);\nCREATE INDEX i ON a (x);\n")).hasSize(2);
    }
}
