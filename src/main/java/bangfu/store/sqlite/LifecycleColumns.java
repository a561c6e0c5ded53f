package bangfu.store.sqlite;

import bangfu.lifecycle.FileState;
import bangfu.lifecycle.Tenure;
import bangfu.store.StoredLifecycle;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * How a file period's lifecycle state is stored, and the columns derived from it: the day the status took effect
 * and when and how the period left the file ({@code status_on}, {@code left_on}, {@code left_as},
 * {@code left_undated}, {@code filed_year}, {@code left_year}). The derived columns are written from
 * {@link Tenure}, the one rule, by every writer that changes a status or a date; SQL only reads them.
 */
public final class LifecycleColumns {
    /** The stored state, in the order {@link #state} reads it. */
    static final String STATE = StoredLifecycle.STATE;
    /** The derived columns, in the order {@link #derived} gives their values. */
    static final String[] DERIVED = StoredLifecycle.DERIVED;

    private LifecycleColumns() {
    }

    /** The values of {@link #DERIVED} for a state. */
    static Object[] derived(FileState s) {
        return derived(s, null);
    }

    /**
     * The values of {@link #DERIVED} for a state whose status date was {@code stated} as text (a filing month alone,
     * {@code 2016-05}, from 建档年月): {@code status_on} keeps that precision when it is the same day.
     */
    static Object[] derived(FileState s, String stated) {
        return StoredLifecycle.derived(s, stated);
    }

    /** Reads {@link #STATE} starting at column {@code first}. */
    static FileState state(ResultSet rs, int first) throws SQLException {
        return bangfu.store.jdbc.LifecycleColumns.state(rs, first);
    }

    /** A stored date, as {@link StoredLifecycle#date} reads it. */
    static LocalDate date(String text) {
        return StoredLifecycle.date(text);
    }

    static String text(LocalDate d) {
        return StoredLifecycle.text(d);
    }

    /**
     * Writes the derived columns of every file period again from its stored state: the migration to schema
     * version 8 does this once; a database filled by other means than bangfu's writers (a test fixture, a
     * benchmark generated in SQL) needs it once before it is read. The day the current status took effect is the
     * status history's latest entry for that status where there is one, else the status's own date.
     */
    public static void refreshAll(Database db) {
        try {
            Transactions.begin(db.connection());
            try {
                fill(db.connection());
                Transactions.commit(db.connection());
            } catch (SQLException | RuntimeException e) {
                Transactions.rollbackQuietly(db.connection());
                throw e;
            }
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    /** The filling itself, inside the caller's transaction. */
    static void fill(Connection c) throws SQLException {
        fill(c, "");
    }

    /**
     * Writes the derived columns again of the file periods {@code where} selects (a condition on {@code h}, with
     * its {@code WHERE}; empty for all), inside the caller's transaction: after an undo has put a
     * period's status and dates back. A transfer's entry (the same status before and after) is not a change of status.
     */
    static void fill(Connection c, String where) throws SQLException {
        bangfu.store.jdbc.LifecycleColumns.fill(c, where);
    }
}
