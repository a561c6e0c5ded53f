package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.examples.ExampleFiles;
import bangfu.store.jdbc.ImportRecords;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first status entries a PostgreSQL import sends from the client are the ones the server's {@code INSERT … SELECT}
 * over the households the file created gives (ImportRecords.finish, as SQLite writes them), in the same order.
 */
class FirstStatusEntriesTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @Test
    void everyFileGivesTheEntriesTheServerWouldSelectFromItsHouseholds() throws Exception {
        PG.wipe();
        PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of()).close();
        long entries = 0;
        // a first import alone on the tables, then files adding households beside updates and transitions of earlier ones
        for (String file : List.of(ExampleFiles.XLSX, "花名册-西城区总工会-2024.csv", "花名册-西城区总工会-2025.csv",
                ExampleFiles.XLS)) {
            Run run = Run.of("--db", PG.location(), "import", "--quiet", "examples/" + file);
            assertThat(run.exit()).as(run.err()).isIn(0, 1);
            long last = number("SELECT max(id) FROM imports");
            // what the server's statement selects now, before any later file changes these households
            List<String> selected = rows("SELECT id, NULL, status, status_on, close_reason, 'import', " + last
                    + ", (SELECT started_at FROM imports WHERE id = " + last + ") FROM households WHERE created_import_id = "
                    + last + " ORDER BY id");
            List<String> written = rows("SELECT household_id, from_status, to_status, changed_on, reason, command, import_id,"
                    + " recorded_at FROM status_history WHERE import_id = " + last + " AND from_status IS NULL"
                    + " AND id > (SELECT coalesce(max(id), 0) FROM status_history WHERE import_id = " + last
                    + " AND household_id NOT IN (SELECT id FROM households WHERE created_import_id = " + last + ")) ORDER BY id");
            assertThat(written).as(file).isEqualTo(selected);
            entries += selected.size();
        }
        assertThat(entries).isEqualTo(number("SELECT count(*) FROM households")).isGreaterThan(20);
    }

    @Test
    void anUpdateOfAHouseholdTheFileCreatedReplacesWhatItsEntryKeeps() throws Exception {
        FirstStatusEntries entries = new FirstStatusEntries();
        Object[] first = new Object[ImportRecords.HOUSEHOLD_COLUMNS.size()];
        first[ImportRecords.HOUSEHOLD_COLUMNS.indexOf("status")] = "ACTIVE";
        first[ImportRecords.HOUSEHOLD_COLUMNS.indexOf("status_on")] = "2024-03";
        Object[] second = first.clone();
        entries.created(7, first);
        entries.created(9, second);
        entries.assigned(9, List.of("union_name", "status", "close_reason", "status_on"),
                new Object[] {"某工会", "CLOSED", "DEATH", "2024-11-30"});
        entries.assigned(8, List.of("status"), new Object[] {"PHASING_OUT"}); // not a household of this file
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE entries (household_id bigint, from_status text, to_status text, changed_on text,"
                    + " reason text, command text, import_id bigint, recorded_at text)");
            entries.writeTo(new CopyRows(c, "entries", "household_id", "from_status", "to_status", "changed_on", "reason",
                    "command", "import_id", "recorded_at"), 3, "t0");
            assertThat(rows(c, "SELECT * FROM entries")).containsExactly(
                    "7|null|ACTIVE|2024-03|null|import|3|t0", "9|null|CLOSED|2024-11-30|DEATH|import|3|t0");
        }
    }

    @Test
    void aDateKeptAsDigitsGivesBackItsText() {
        for (String text : List.of("2024-06-02", "0001-01-01", "9999-12-31", "2024-06", "0000-00")) {
            assertThat(FirstStatusEntries.packed(text)).as(text).isNotZero();
            assertThat(FirstStatusEntries.date(FirstStatusEntries.packed(text))).isEqualTo(text);
        }
        // anything else is kept as its text
        for (String text : Arrays.asList(null, "", "2024-6-2", "2024/06/02", "２０２４-06-02", "2024-06-02 ", "2024-0６"))
            assertThat(FirstStatusEntries.packed(text)).as(text).isZero();
    }

    private static List<String> rows(String sql) throws Exception {
        try (Connection c = PG.connect()) {
            return rows(c, sql);
        }
    }

    private static List<String> rows(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                String[] row = new String[n];
                for (int i = 0; i < n; i++) row[i] = String.valueOf(rs.getString(i + 1));
                out.add(String.join("|", Arrays.asList(row)));
            }
        }
        return out;
    }

    private static long number(String sql) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
