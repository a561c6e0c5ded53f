package bangfu.store.sqlite;

import bangfu.model.Field;
import bangfu.store.jdbc.ImportRecords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;

/**
 * An INSERT that writes queued rows 32 to a statement: a file of millions of rows spends its time in
 * SQLite rather than in one JNI round trip per row. What is left at the end goes one row at a time.
 * The counts returned are the rows the statements actually inserted (fewer under {@code OR IGNORE}).
 */
final class MultiRowInsert implements AutoCloseable {
    static final int ROWS_PER_STATEMENT = 32;

    private final PreparedStatement many;
    private final PreparedStatement one;
    private final int width;
    private final Object[][] rows = new Object[ROWS_PER_STATEMENT][];
    private int count;

    /** @param head the statement up to {@code VALUES}, e.g. {@code INSERT INTO t (a, b) VALUES} */
    MultiRowInsert(Connection c, String head, int width) throws SQLException {
        this.width = width;
        String tuple = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        many = c.prepareStatement(head + " " + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, tuple)));
        one = c.prepareStatement(head + " " + tuple);
    }

    /** Queues a row of {@code width} values; returns the rows inserted if this filled a statement, else 0. */
    int queue(Object[] row) throws SQLException {
        if (row.length != width) throw new IllegalArgumentException("row of " + row.length + " values, not " + width);
        rows[count++] = row;
        if (count < ROWS_PER_STATEMENT) return 0;
        int p = 1;
        for (Object[] r : rows) for (Object v : r) many.setObject(p++, v);
        count = 0;
        Arrays.fill(rows, null);
        return many.executeUpdate();
    }

    /** Writes the rows still queued; returns how many were inserted. */
    int writeRest() throws SQLException {
        int inserted = 0;
        for (int r = 0; r < count; r++) {
            for (int i = 0; i < width; i++) one.setObject(i + 1, rows[r][i]);
            inserted += one.executeUpdate();
        }
        Arrays.fill(rows, null);
        count = 0;
        return inserted;
    }

    int queued() {
        return count;
    }

    /** A field value in the form it is bound, as {@link ImportRecords#sqlValue} gives it (kept for the events' writer). */
    static Object sqlValue(Field f, Object v) {
        return ImportRecords.sqlValue(f, v);
    }

    @Override
    public void close() {
        for (PreparedStatement ps : new PreparedStatement[] {many, one}) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing after the transaction ended; nothing to report
            }
        }
    }
}
