package bangfu.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * What a run of a command that moves files ({@code classify --apply}, {@code visit advance}, {@code visit close})
 * writes beside the files themselves, in batches inside its transaction: each changed field of a file in
 * {@code changes} and each move in {@code status_history}, both naming the command, its run and the moment.
 */
final class RunLog implements AutoCloseable {
    private final String command;
    private final long runId;
    private final String recordedAt;
    private final PreparedStatement change;
    private final PreparedStatement history;

    /**
     * @param runColumn the column that names the run: {@code run_id} ({@code runs}), or {@code classify_run_id}
     *     for classify's own table of runs
     */
    RunLog(Connection c, String command, String runColumn, long runId, String recordedAt) throws SQLException {
        this.command = command;
        this.runId = runId;
        this.recordedAt = recordedAt;
        change = c.prepareStatement("""
                INSERT INTO changes (table_name, row_id, column_name, old_value, new_value, command, %s, reason, recorded_at)
                VALUES ('households', ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(runColumn));
        try {
            history = c.prepareStatement("""
                    INSERT INTO status_history (household_id, from_status, to_status, changed_on, reason, command, %s,
                                                visit_id, note, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""".formatted(runColumn));
        } catch (SQLException e) {
            change.close();
            throw e;
        }
    }

    /** A field of file {@code householdId} changed from {@code old} to {@code value}, for {@code reason} (or null). */
    void changed(long householdId, String column, String old, String value, String reason) throws SQLException {
        change.setLong(1, householdId);
        change.setString(2, column);
        change.setString(3, old);
        change.setString(4, value);
        change.setString(5, command);
        change.setLong(6, runId);
        change.setString(7, reason);
        change.setString(8, recordedAt);
        change.addBatch();
    }

    /**
     * File {@code householdId} moved from status {@code from} (null: none before) to {@code to} on {@code on}, for the
     * move's {@code reason}, decided by visit {@code visitId} where one did, with the clerk's {@code note}.
     */
    void moved(long householdId, String from, String to, String on, String reason, Long visitId, String note)
            throws SQLException {
        int i = 1;
        history.setLong(i++, householdId);
        history.setString(i++, from);
        history.setString(i++, to);
        history.setString(i++, on);
        history.setString(i++, reason);
        history.setString(i++, command);
        history.setLong(i++, runId);
        history.setObject(i++, visitId);
        history.setString(i++, note);
        history.setString(i, recordedAt);
        history.addBatch();
    }

    /** Writes what is batched. */
    void flush() throws SQLException {
        change.executeBatch();
        history.executeBatch();
    }

    @Override
    public void close() {
        for (PreparedStatement ps : new PreparedStatement[] {change, history}) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing after the transaction ended; its outcome is what gets reported
            }
        }
    }
}
