package bangfu.store.jdbc;

import bangfu.lifecycle.FileState;
import bangfu.lifecycle.Tenure;
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
 * How a file period's lifecycle state is stored, and the columns derived from it: the day the status took effect
 * and when and how the period left the file ({@code status_on}, {@code left_on}, {@code left_as},
 * {@code left_undated}, {@code filed_year}, {@code left_year}). The derived columns are written from
 * {@link Tenure}, the one rule, by every writer that changes a status or a date; SQL only reads them.
 */
public final class LifecycleColumns {
    /** The stored state, in the order {@link #state} reads it. */
    public static final String STATE = StoredLifecycle.STATE;
    /** The derived columns, in the order {@link #derived} gives their values. */
    public static final String[] DERIVED = StoredLifecycle.DERIVED;
    private static final int BATCH = 1000;

    private LifecycleColumns() {
    }

    /** The values of {@link #DERIVED} for a state. */
    public static Object[] derived(FileState s) {
        return derived(s, null);
    }

    /**
     * The values of {@link #DERIVED} for a state whose status date was {@code stated} as text (a filing month alone,
     * {@code 2016-05}, from 建档年月): {@code status_on} keeps that precision when it is the same day.
     */
    public static Object[] derived(FileState s, String stated) {
        return StoredLifecycle.derived(s, stated);
    }

    /** Reads {@link #STATE} starting at column {@code first}. */
    public static FileState state(ResultSet rs, int first) throws SQLException {
        String reason = rs.getString(first + 6);
        return new FileState(FileStatus.valueOf(rs.getString(first)), date(rs.getString(first + 1)),
                date(rs.getString(first + 2)), date(rs.getString(first + 3)), date(rs.getString(first + 4)),
                date(rs.getString(first + 5)), reason == null ? null : CloseReason.valueOf(reason));
    }

    /** A stored date, as {@link StoredLifecycle#date} reads it. */
    public static LocalDate date(String text) {
        return StoredLifecycle.date(text);
    }

    public static String text(LocalDate d) {
        return StoredLifecycle.text(d);
    }

    /**
     * Writes the derived columns of every file period again from its stored state: the migration to schema
     * version 8 does this once; a database filled by other means than bangfu's writers (a test fixture, a
     * benchmark generated in SQL) needs it once before it is read. The day the current status took effect is the
     * status history's latest entry for that status where there is one, else the status's own date.
     */
    public static void refreshAll(Engine db) {
        try {
            try (Transaction moves = db.beginMoves()) {
                fill(db.connection());
                moves.commit();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** The filling itself, inside the caller's transaction. */
    public static void fill(Connection c) throws SQLException {
        fill(c, "");
    }

    /**
     * Writes the derived columns again of the file periods {@code where} selects (a condition on {@code h}, with
     * its {@code WHERE}; empty for all), inside the caller's transaction: after an undone import has put a
     * period's status and dates back. A transfer's entry (the same status before and after) is not a change of status.
     */
    public static void fill(Connection c, String where) throws SQLException {
        // The latest change of status joined once: two subqueries, one per column, looked it up twice per period.
        String latest = "SELECT s.id FROM status_history s WHERE s.household_id = h.id"
                + " AND (s.from_status IS NULL OR s.from_status <> s.to_status) ORDER BY s.id DESC LIMIT 1";
        String sql = "SELECT h.id, h." + STATE.replace(", ", ", h.") + ", last.to_status, last.changed_on FROM households h"
                + " LEFT JOIN status_history last ON last.id = (" + latest + ") " + where;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql);
             PreparedStatement update = c.prepareStatement("UPDATE households SET "
                     + String.join(" = ?, ", DERIVED) + " = ? WHERE id = ?")) {
            int pending = 0;
            while (rs.next()) {
                FileState stored = state(rs, 2);
                boolean recorded = stored.status().name().equals(rs.getString(9));
                LocalDate statusOn = recorded ? date(rs.getString(10)) : stored.dateOf(stored.status());
                FileState s2 = new FileState(stored.status(), statusOn, stored.filedOn(), stored.phasedOutOn(),
                        stored.exitedOn(), stored.closedOn(), stored.closeReason());
                String stated = recorded ? rs.getString(10) : stored.status() == FileStatus.ACTIVE ? rs.getString(4) : null;
                Object[] values = derived(s2, stated);
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
