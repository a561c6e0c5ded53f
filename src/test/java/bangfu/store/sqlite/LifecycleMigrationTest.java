package bangfu.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database of schema version 3 or 6 migrates to the lifecycle columns of version 8: the columns bangfu now writes
 * from its one Java rule hold what the generated columns of versions 3 and 6 computed in SQL, row for row, on every
 * awkward combination of status and dates (filing months alone included, from version 6); and the 渐退 dates the
 * earlier versions borrowed from 建档日期 become unknown, logged.
 */
class LifecycleMigrationTest {
    @TempDir Path dir;

    static final String[] STATUSES = {"ACTIVE", "PHASING_OUT", "EXITED", "CLOSED"};
    static final String[] DATES = {null, "2019-06-30", "2020-01-01", "2024-03-31", "2024-10-31", "2024-11-01"};

    @Test
    void theJavaRuleWritesWhatVersionThreeComputedAndBorrowedDatesBecomeUnknown() throws Exception {
        Path file = dir.resolve("v3.db");
        build(file, "V1__households.sql", "V2__ledgers_and_visits.sql", "V3__yearly_report.sql");
        Sql.execute(file, "PRAGMA user_version = 3");
        int n = everyState(file, DATES);
        // what version 3 recorded: the opening on the filing date, and 渐退 / 在档 again on it too (borrowed)
        Sql.execute(file, "INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, recorded_at) "
                + "VALUES (1, NULL, 'ACTIVE', '2020-01-01', 'import', 't'), (1, 'ACTIVE', 'PHASING_OUT', '2020-01-01', 'import', 't'), "
                + "(1, 'PHASING_OUT', 'ACTIVE', '2020-01-01', 'import', 't'), (2, NULL, 'EXITED', '2024-03-31', 'import', 't')");
        String derived = "SELECT id, coalesce(left_on, '-'), coalesce(left_as, '-'), filed_year, left_year, left_undated FROM households ORDER BY id";
        List<List<String>> before = Sql.rows(file, derived);
        assertThat(before).hasSize(n);

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }

        assertThat(Sql.rows(file, derived)).isEqualTo(before);
        assertThat(Sql.rows(file, "SELECT name FROM pragma_table_xinfo('households') WHERE hidden <> 0")).as("no generated column left")
                .isEmpty();
        assertThat(Sql.rows(file, "SELECT to_status, coalesce(changed_on, 'unknown') FROM status_history ORDER BY id")).containsExactly(
                List.of("ACTIVE", "2020-01-01"), List.of("PHASING_OUT", "unknown"), List.of("ACTIVE", "unknown"), List.of("EXITED", "2024-03-31"));
        assertThat(Sql.rows(file, "SELECT table_name, column_name, old_value, coalesce(new_value, '-'), command FROM changes ORDER BY id"))
                .containsExactly(List.of("status_history", "changed_on", "2020-01-01", "-", "migrate"),
                        List.of("status_history", "changed_on", "2020-01-01", "-", "migrate"));
        // the day the current status took effect: from the history where it says, else the status's own date
        List<List<String>> statusOn = new ArrayList<>(Sql.rows(file,
                "SELECT id, status, coalesce(status_on, '-') FROM households WHERE id IN (1, 2, 3) ORDER BY id"));
        assertThat(statusOn).containsExactly(List.of("1", "ACTIVE", "-"), List.of("2", "ACTIVE", "-"), List.of("3", "ACTIVE", "-"));
        assertThat(Sql.rows(file, "SELECT coalesce(status_on, '-') FROM households WHERE status = 'EXITED' AND exited_on = '2024-10-31' "
                + "AND filed_on = '2020-01-01' AND closed_on IS NULL")).containsExactly(List.of("2024-10-31"));
        assertThat(Sql.rows(file, "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'households_%' ORDER BY name"))
                .extracting(r -> r.get(0)).contains("households_causes", "households_report");
    }

    @Test
    void theJavaRuleWritesWhatVersionSixComputedFromFilingMonths() throws Exception {
        Path file = dir.resolve("v6.db");
        build(file, "V1__households.sql", "V2__ledgers_and_visits.sql", "V3__yearly_report.sql", "V4__masked_rejects.sql",
                "V5__undo.sql", "V6__vocabulary.sql");
        Sql.execute(file, "PRAGMA user_version = 6");
        String[] filings = {null, "2019-06", "2024-03", "2024-10-31", "2024-11"};
        int n = everyState(file, filings);
        // household 37 is 在档, filed in the month 2019-06 alone, as version 6 recorded it
        Sql.execute(file, "INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, recorded_at) "
                + "VALUES (37, NULL, 'ACTIVE', '2019-06', 'import', 't')");
        String derived = "SELECT id, coalesce(left_on, '-'), coalesce(left_as, '-'), filed_year, left_year, left_undated FROM households ORDER BY id";
        List<List<String>> before = Sql.rows(file, derived);
        assertThat(before).hasSize(n);

        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }

        assertThat(Sql.rows(file, derived)).isEqualTo(before);
        assertThat(Sql.rows(file, "SELECT name FROM pragma_table_xinfo('households') WHERE hidden <> 0")).isEmpty();
        assertThat(Sql.rows(file, "SELECT status, filed_on, coalesce(status_on, '-') FROM households WHERE id = 37"))
                .as("the month stays a month").containsExactly(List.of("ACTIVE", "2019-06", "2019-06"));
    }

    /** One file period for each status and each combination of these filing dates and the leaving dates; how many. */
    private static int everyState(Path file, String[] filings) throws Exception {
        int n = 0;
        for (String status : STATUSES) {
            for (String filed : filings) {
                for (String exited : DATES) {
                    for (String closed : DATES) {
                        n++;
                        Sql.execute(file, "INSERT INTO households (id, head_id, period, head_name, union_name, status, filed_on, "
                                + "exited_on, closed_on) VALUES (%d, '%s', 1, '某', '某工会', '%s', %s, %s, %s)".formatted(n,
                                String.format("11010119700101%04d", n), status, q(filed), q(exited), q(closed)));
                    }
                }
            }
        }
        return n;
    }

    private static void build(Path file, String... scripts) throws Exception {
        for (String script : scripts) {
            String text = new String(Database.class.getResourceAsStream("/bangfu/store/" + script).readAllBytes(), StandardCharsets.UTF_8);
            for (String sql : Database.statements(text)) Sql.execute(file, sql);
        }
    }

    private static String q(String text) {
        return text == null ? "NULL" : "'" + text + "'";
    }
}
