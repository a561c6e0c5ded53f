package bangfu.store.jdbc;

import bangfu.lifecycle.FileState;
import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import bangfu.store.StoredLifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;

/**
 * The columns derived from a file period's stored lifecycle state ({@link StoredLifecycle#DERIVED}), written again
 * from that state by the one rule, {@link StoredLifecycle#derived}: in the same SQL on both engines.
 */
public final class LifecycleColumns {
    private static final int BATCH = 1000;

    private LifecycleColumns() {
    }

    /** Reads {@link StoredLifecycle#STATE} starting at column {@code first}. */
    public static FileState state(ResultSet rs, int first) throws SQLException {
        String reason = rs.getString(first + 6);
        return new FileState(FileStatus.valueOf(rs.getString(first)), StoredLifecycle.date(rs.getString(first + 1)),
                StoredLifecycle.date(rs.getString(first + 2)), StoredLifecycle.date(rs.getString(first + 3)),
                StoredLifecycle.date(rs.getString(first + 4)), StoredLifecycle.date(rs.getString(first + 5)),
                reason == null ? null : CloseReason.valueOf(reason));
    }

    /**
     * Writes the derived columns again of the file periods {@code where} selects (a condition on {@code h}, with
     * its {@code WHERE}; empty for all), inside the caller's transaction: after an undo has put a period's status
     * and dates back. The day the current status took effect is the status history's latest entry for that status
     * where there is one, else the status's own date; a transfer's entry (the same status before and after) is not
     * a change of status.
     */
    public static void fill(Connection c, String where) throws SQLException {
        // The latest change of status joined once: two subqueries, one per column, looked it up twice per period.
        String latest = "SELECT s.id FROM status_history s WHERE s.household_id = h.id"
                + " AND (s.from_status IS NULL OR s.from_status <> s.to_status) ORDER BY s.id DESC LIMIT 1";
        String sql = "SELECT h.id, h." + StoredLifecycle.STATE.replace(", ", ", h.") + ", last.to_status, last.changed_on"
                + " FROM households h LEFT JOIN status_history last ON last.id = (" + latest + ") " + where;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql);
             PreparedStatement update = c.prepareStatement("UPDATE households SET "
                     + String.join(" = ?, ", StoredLifecycle.DERIVED) + " = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                FileState stored = state(rs, 2);
                boolean recorded = stored.status().name().equals(rs.getString(9));
                LocalDate statusOn = recorded ? StoredLifecycle.date(rs.getString(10)) : stored.dateOf(stored.status());
                FileState s2 = new FileState(stored.status(), statusOn, stored.filedOn(), stored.phasedOutOn(),
                        stored.exitedOn(), stored.closedOn(), stored.closeReason());
                String stated = recorded ? rs.getString(10) : stored.status() == FileStatus.ACTIVE ? rs.getString(4) : null;
                Object[] values = StoredLifecycle.derived(s2, stated);
                for (int i = 0; i < values.length; i++) {
                    // only the dates and how a period left are ever missing: text, typed for PostgreSQL
                    if (values[i] == null) update.setNull(i + 1, Types.VARCHAR);
                    else update.setObject(i + 1, values[i]);
                }
                update.setLong(values.length + 1, rs.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) update.executeBatch();
        }
    }
}
