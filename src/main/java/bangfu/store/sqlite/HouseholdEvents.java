package bangfu.store.sqlite;

import bangfu.model.Field;
import bangfu.model.LedgerField;
import bangfu.model.RecordKind;
import bangfu.model.VisitField;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
    private final Table payments;
    private final Table visits;
    private int queued;
    private int added;

    HouseholdEvents(Database db, long importId) {
        this.db = db;
        this.importId = importId;
        payments = new Table("assistance", LEDGER_COLUMNS);
        visits = new Table("visits", VISIT_COLUMNS);
    }

    /** Queues one payment or visit of a household; {@code occurrence} numbers its repeats within the file. */
    public void add(RecordKind kind, long householdId, Map<Field, Object> values, String extraJson, int occurrence) {
        try {
            queued++;
            added += (kind == RecordKind.LEDGER ? payments : visits).queue(householdId, values, extraJson, occurrence);
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

    /**
     * One table's INSERT over the columns that rows of this file have filled so far: a ledger fills about half of the
     * payment columns, and every bound NULL is a call into SQLite of its own. A row filling a column none before it
     * filled writes the rows queued and widens the statement; the columns only grow, so a file prepares a few at most.
     */
    private final class Table {
        private final String name;
        private final Field[] all;
        /** Bit i: {@code all[i]} filled by some row so far; bit {@code all.length}: the row's extra columns. */
        private long filled;
        private Field[] columns = new Field[0];
        private boolean extra;
        private MultiRowInsert insert;

        Table(String name, Field[] all) {
            this.name = name;
            this.all = all;
        }

        int queue(long householdId, Map<Field, Object> values, String extraJson, int occurrence) throws SQLException {
            long mask = 0;
            for (int i = 0; i < all.length; i++) if (values.get(all[i]) != null) mask |= 1L << i;
            if (extraJson != null) mask |= 1L << all.length;
            int inserted = 0;
            if (insert == null || (mask & ~filled) != 0) inserted = widen(filled | mask);
            Object[] row = new Object[columns.length + (extra ? 4 : 3)];
            row[0] = householdId;
            for (int i = 0; i < columns.length; i++) row[1 + i] = MultiRowInsert.sqlValue(columns[i], values.get(columns[i]));
            if (extra) row[columns.length + 1] = extraJson;
            row[row.length - 2] = occurrence;
            row[row.length - 1] = importId;
            return inserted + insert.queue(row);
        }

        private int widen(long mask) throws SQLException {
            int inserted = writeRest();
            if (insert != null) insert.close();
            filled = mask;
            List<Field> chosen = new ArrayList<>();
            StringBuilder names = new StringBuilder();
            for (int i = 0; i < all.length; i++) {
                if ((mask & (1L << i)) == 0) continue;
                chosen.add(all[i]);
                names.append(", ").append(all[i].key());
            }
            columns = chosen.toArray(Field[]::new);
            extra = (mask & (1L << all.length)) != 0;
            if (extra) names.append(", extra");
            insert = new MultiRowInsert(db.connection(), "INSERT OR IGNORE INTO " + name + " (household_id" + names
                    + ", occurrence, import_id) VALUES", columns.length + (extra ? 4 : 3));
            return inserted;
        }

        int writeRest() throws SQLException {
            return insert == null ? 0 : insert.writeRest();
        }

        void close() {
            if (insert != null) insert.close();
        }
    }
}
