package bangfu.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.store.jdbc.ImportRecords;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Households written naming only the columns each row fills read exactly as the same rows bound whole, on the
 * migrated schema: every column left out takes the NULL a bound NULL would have stored.
 */
class MultiRowInsertTest {
    @TempDir Path dir;

    @Test
    void rowsOfManyShapesReadAsIfEveryColumnWereBound() throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        // Runs of rows filling the same columns, more sets than get statements of their own (and more again where
        // one statement's rows straddle two runs), then a rest shorter than a statement.
        int shapes = MultiRowInsert.MAX_SHAPES + 4;
        int run = MultiRowInsert.ROWS_PER_STATEMENT + 13;
        for (int i = 0; i < shapes * run + 7; i++) rows.add(household(i, (i / run) % shapes));
        try (Connection whole = migrated("whole.db"); Connection omitting = migrated("omitting.db")) {
            Set<String> defaults = withDefaults(omitting);
            assertThat(defaults).contains("period", "filed_year", "left_year", "left_undated");
            try (MultiRowInsert all = everyColumn(whole);
                 MultiRowInsert some = MultiRowInsert.omittingNulls(omitting, "INSERT INTO households", COLUMNS, defaults)) {
                int wholeCount = 0;
                int omittingCount = 0;
                for (Object[] row : rows) {
                    wholeCount += all.queue(row);
                    omittingCount += some.queue(row);
                }
                assertThat(some.queued()).isPositive();
                wholeCount += all.writeRest();
                omittingCount += some.writeRest();
                assertThat(omittingCount).isEqualTo(wholeCount).isEqualTo(rows.size());
            }
            List<String> expected = dump(whole);
            assertThat(expected).hasSize(rows.size());
            assertThat(dump(omitting)).isEqualTo(expected);
        }
    }

    @Test
    void aDefaultedColumnLeftNullIsRefusedAsWhenBound() throws SQLException {
        try (Connection whole = migrated("whole.db"); Connection omitting = migrated("omitting.db")) {
            Object[] row = household(1, 0);
            row[COLUMNS.indexOf("left_undated")] = null;
            try (MultiRowInsert all = everyColumn(whole);
                 MultiRowInsert some = MultiRowInsert.omittingNulls(omitting, "INSERT INTO households", COLUMNS,
                         withDefaults(omitting))) {
                all.queue(row);
                some.queue(row);
                assertThatThrownBy(all::writeRest).hasMessageContaining("NOT NULL");
                assertThatThrownBy(some::writeRest).hasMessageContaining("NOT NULL");
            }
        }
    }

    private static final List<String> COLUMNS = ImportRecords.HOUSEHOLD_COLUMNS;

    private MultiRowInsert everyColumn(Connection c) throws SQLException {
        return new MultiRowInsert(c, "INSERT INTO households (" + String.join(", ", COLUMNS) + ") VALUES", COLUMNS.size());
    }

    /** A household row whose optional columns are filled by {@code shape}; the required ones always. */
    private static Object[] household(int i, int shape) {
        Object[] row = new Object[COLUMNS.size()];
        for (int c = 0; c < row.length; c++) {
            String name = COLUMNS.get(c);
            Object v = switch (name) {
                case "id" -> (long) i + 1;
                case "period", "filed_year", "left_undated" -> 1L;
                case "left_year" -> 9999L;
                case "head_id" -> String.format("%018d", i);
                case "head_name", "union_name", "status" -> name + i;
                case "region_code" -> "110101";
                default -> (c + shape) % 3 == 0 || shape == 1 ? (name.endsWith("_fen") ? (Object) (long) i : name + i) : null;
            };
            row[c] = v;
        }
        return row;
    }

    private Connection migrated(String name) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(name));
        Database.migrate(c, 0, Database.SCHEMA_VERSION);
        c.setAutoCommit(false);
        return c;
    }

    private static Set<String> withDefaults(Connection c) throws SQLException {
        Set<String> names = new HashSet<>();
        for (List<String> r : Sql.rows(c, "SELECT name FROM pragma_table_info('households') WHERE dflt_value IS NOT NULL")) {
            names.add(r.get(0));
        }
        return names;
    }

    /** Every households row, each column quoted as SQLite stores it (type and value). */
    private static List<String> dump(Connection c) throws SQLException {
        List<String> quoted = new ArrayList<>();
        for (List<String> r : Sql.rows(c, "SELECT name FROM pragma_table_info('households') ORDER BY cid")) {
            quoted.add("quote(" + r.get(0) + ")");
        }
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + String.join(" || '|' || ", quoted) + " FROM households ORDER BY id")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
