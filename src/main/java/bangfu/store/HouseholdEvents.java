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
import java.sql.Types;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes disbursements and visits inside an import's transaction. {@code INSERT OR IGNORE} on the
 * idempotency keys of schema version 2 makes a re-imported or extended ledger add only what is new;
 * the batch's update counts tell added from already present.
 */
public final class HouseholdEvents implements AutoCloseable {
    private static final int BATCH = 1000;
    private static final LedgerField[] LEDGER_COLUMNS = Arrays.stream(LedgerField.values())
            .filter(f -> f != LedgerField.HEAD_ID && f != LedgerField.NAME).toArray(LedgerField[]::new);
    private static final VisitField[] VISIT_COLUMNS = Arrays.stream(VisitField.values())
            .filter(f -> f != VisitField.HEAD_ID && f != VisitField.NAME).toArray(VisitField[]::new);

    private final Database db;
    private final long importId;
    private final PreparedStatement payments;
    private final PreparedStatement visits;
    private int pendingPayments;
    private int pendingVisits;
    private int added;
    private int present;

    HouseholdEvents(Database db, long importId) throws SQLException {
        this.db = db;
        this.importId = importId;
        Connection c = db.connection();
        payments = c.prepareStatement(insert("assistance", LEDGER_COLUMNS));
        visits = c.prepareStatement(insert("visits", VISIT_COLUMNS));
    }

    private static String insert(String table, Field[] columns) {
        String names = Arrays.stream(columns).map(Field::key).collect(Collectors.joining(", "));
        return "INSERT OR IGNORE INTO " + table + " (household_id, " + names + ", extra, occurrence, import_id) VALUES (?, "
                + "?, ".repeat(columns.length) + "?, ?, ?)";
    }

    /** Queues one payment or visit of a household; {@code occurrence} numbers its repeats within the file. */
    public void add(RecordKind kind, long householdId, Map<Field, Object> values, String extraJson, int occurrence) {
        boolean ledger = kind == RecordKind.LEDGER;
        PreparedStatement ps = ledger ? payments : visits;
        Field[] columns = ledger ? LEDGER_COLUMNS : VISIT_COLUMNS;
        try {
            ps.setLong(1, householdId);
            for (int i = 0; i < columns.length; i++) bind(ps, 2 + i, columns[i], values.get(columns[i]));
            ps.setString(2 + columns.length, extraJson);
            ps.setInt(3 + columns.length, occurrence);
            ps.setLong(4 + columns.length, importId);
            ps.addBatch();
            int pending = ledger ? ++pendingPayments : ++pendingVisits;
            if (pending >= BATCH) write();
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    /** Writes what is queued; returns {added, alreadyPresent} since the last call. */
    public int[] flush() {
        write();
        int[] out = {added, present};
        added = 0;
        present = 0;
        return out;
    }

    private void write() {
        try {
            count(payments.executeBatch());
            count(visits.executeBatch());
            pendingPayments = 0;
            pendingVisits = 0;
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    private void count(int[] results) {
        for (int r : results) {
            if (r > 0) added++;
            else present++;
        }
    }

    private static void bind(PreparedStatement ps, int i, Field f, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.NULL);
        } else if (f.type() == ValueType.MONEY) {
            ps.setLong(i, (Long) v);
        } else if (f.type() == ValueType.COUNT) {
            ps.setInt(i, (Integer) v);
        } else if (f.type() == ValueType.YES_NO) {
            ps.setInt(i, ((Boolean) v) ? 1 : 0);
        } else {
            ps.setString(i, Values.canonical(f, v));
        }
    }

    @Override
    public void close() {
        for (PreparedStatement ps : new PreparedStatement[] {payments, visits}) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing after the transaction ended; nothing to report
            }
        }
    }
}
