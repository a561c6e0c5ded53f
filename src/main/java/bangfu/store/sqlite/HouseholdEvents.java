package bangfu.store.sqlite;

import bangfu.model.Field;
import bangfu.model.LedgerField;
import bangfu.model.RecordKind;
import bangfu.model.VisitField;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes disbursements and visits inside an import's transaction. {@code INSERT OR IGNORE} on the
 * idempotency keys of schema version 2 makes a re-imported or extended ledger add only what is new;
 * the statements' change counts tell added from already present.
 */
public final class HouseholdEvents implements AutoCloseable {
    private static final LedgerField[] LEDGER_COLUMNS = Arrays.stream(LedgerField.values())
            .filter(f -> f != LedgerField.HEAD_ID && f != LedgerField.NAME).toArray(LedgerField[]::new);
    private static final VisitField[] VISIT_COLUMNS = Arrays.stream(VisitField.values())
            .filter(f -> f != VisitField.HEAD_ID && f != VisitField.NAME).toArray(VisitField[]::new);

    private final Database db;
    private final long importId;
    private final MultiRowInsert payments;
    private final MultiRowInsert visits;
    private int queued;
    private int added;

    HouseholdEvents(Database db, long importId) throws SQLException {
        this.db = db;
        this.importId = importId;
        payments = insert("assistance", LEDGER_COLUMNS);
        visits = insert("visits", VISIT_COLUMNS);
    }

    private MultiRowInsert insert(String table, Field[] columns) throws SQLException {
        String names = Arrays.stream(columns).map(Field::key).collect(Collectors.joining(", "));
        return new MultiRowInsert(db.connection(), "INSERT OR IGNORE INTO " + table + " (household_id, " + names
                + ", extra, occurrence, import_id) VALUES", columns.length + 4);
    }

    /** Queues one payment or visit of a household; {@code occurrence} numbers its repeats within the file. */
    public void add(RecordKind kind, long householdId, Map<Field, Object> values, String extraJson, int occurrence) {
        boolean ledger = kind == RecordKind.LEDGER;
        Field[] columns = ledger ? LEDGER_COLUMNS : VISIT_COLUMNS;
        Object[] row = new Object[columns.length + 4];
        row[0] = householdId;
        for (int i = 0; i < columns.length; i++) row[1 + i] = MultiRowInsert.sqlValue(columns[i], values.get(columns[i]));
        row[columns.length + 1] = extraJson;
        row[columns.length + 2] = occurrence;
        row[columns.length + 3] = importId;
        try {
            queued++;
            added += (ledger ? payments : visits).queue(row);
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    /** Writes what is queued; returns {added, alreadyPresent} since the last call. */
    public int[] flush() {
        try {
            added += payments.writeRest() + visits.writeRest();
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
        int[] out = {added, queued - added};
        added = 0;
        queued = 0;
        return out;
    }

    @Override
    public void close() {
        payments.close();
        visits.close();
    }
}
