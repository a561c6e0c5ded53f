package bangfu.store;

import bangfu.model.Field;
import bangfu.model.LedgerField;
import bangfu.model.RecordKind;
import bangfu.model.ValueType;
import bangfu.model.Values;
import bangfu.model.VisitField;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes disbursements and visits inside an import's transaction. {@code INSERT OR IGNORE} on the
 * idempotency keys of schema version 2 makes a re-imported or extended ledger add only what is new;
 * the statements' change counts tell added from already present. Rows go 32 to a statement: a ledger
 * of millions of payments spends its time in SQLite, not in one JNI round trip per row.
 */
public final class HouseholdEvents implements AutoCloseable {
    private static final int ROWS_PER_INSERT = 32;
    private static final LedgerField[] LEDGER_COLUMNS = Arrays.stream(LedgerField.values())
            .filter(f -> f != LedgerField.HEAD_ID && f != LedgerField.NAME).toArray(LedgerField[]::new);
    private static final VisitField[] VISIT_COLUMNS = Arrays.stream(VisitField.values())
            .filter(f -> f != VisitField.HEAD_ID && f != VisitField.NAME).toArray(VisitField[]::new);

    private final Database db;
    private final long importId;
    private final Table payments;
    private final Table visits;
    private int added;
    private int present;

    HouseholdEvents(Database db, long importId) throws SQLException {
        this.db = db;
        this.importId = importId;
        payments = new Table(db.connection(), "assistance", LEDGER_COLUMNS);
        visits = new Table(db.connection(), "visits", VISIT_COLUMNS);
    }

    /** Queues one payment or visit of a household; {@code occurrence} numbers its repeats within the file. */
    public void add(RecordKind kind, long householdId, Map<Field, Object> values, String extraJson, int occurrence) {
        Table table = kind == RecordKind.LEDGER ? payments : visits;
        Object[] row = new Object[table.columns.length + 4];
        row[0] = householdId;
        for (int i = 0; i < table.columns.length; i++) row[1 + i] = sqlValue(table.columns[i], values.get(table.columns[i]));
        row[table.columns.length + 1] = extraJson;
        row[table.columns.length + 2] = occurrence;
        row[table.columns.length + 3] = importId;
        try {
            table.queue(row);
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    /** Writes what is queued; returns {added, alreadyPresent} since the last call. */
    public int[] flush() {
        try {
            payments.writeRest();
            visits.writeRest();
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
        int[] out = {added, present};
        added = 0;
        present = 0;
        return out;
    }

    private static Object sqlValue(Field f, Object v) {
        if (v == null) return null;
        if (f.type() == ValueType.MONEY || f.type() == ValueType.COUNT) return v;
        if (f.type() == ValueType.YES_NO) return ((Boolean) v) ? 1 : 0;
        return Values.canonical(f, v);
    }

    /** One table's statements: 32 rows at a time, and one row at a time for the rest at the end. */
    private final class Table {
        final Field[] columns;
        final PreparedStatement many;
        final PreparedStatement one;
        final Object[][] rows = new Object[ROWS_PER_INSERT][];
        int count;

        Table(Connection c, String name, Field[] columns) throws SQLException {
            this.columns = columns;
            String head = "INSERT OR IGNORE INTO " + name + " (household_id, "
                    + Arrays.stream(columns).map(Field::key).collect(Collectors.joining(", "))
                    + ", extra, occurrence, import_id) VALUES ";
            String tuple = "(" + String.join(", ", Collections.nCopies(columns.length + 4, "?")) + ")";
            many = c.prepareStatement(head + String.join(", ", Collections.nCopies(ROWS_PER_INSERT, tuple)));
            one = c.prepareStatement(head + tuple);
        }

        void queue(Object[] row) throws SQLException {
            rows[count++] = row;
            if (count < ROWS_PER_INSERT) return;
            int p = 1;
            for (Object[] r : rows) for (Object v : r) many.setObject(p++, v);
            tally(many.executeUpdate(), ROWS_PER_INSERT);
            count = 0;
        }

        void writeRest() throws SQLException {
            for (int r = 0; r < count; r++) {
                for (int i = 0; i < rows[r].length; i++) one.setObject(i + 1, rows[r][i]);
                tally(one.executeUpdate(), 1);
            }
            count = 0;
        }

        void close() {
            for (PreparedStatement ps : new PreparedStatement[] {many, one}) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing after the transaction ended; nothing to report
                }
            }
        }
    }

    private void tally(int inserted, int rows) {
        added += inserted;
        present += rows - inserted;
    }

    @Override
    public void close() {
        payments.close();
        visits.close();
    }
}
