package bangfu.store.jdbc;

import bangfu.store.StatusLedger;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileState;
import bangfu.lifecycle.Transition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything one run of a command that moves files ({@code visit advance}, {@code visit close}, {@code classify
 * --apply}) writes, in one write transaction: the run itself, each period's new state with its lifecycle columns,
 * each changed field in {@code changes} and each move in {@code status_history}, both naming the run (and the
 * visit that decided, where one did). Nothing reaches the file until {@link #commit}; a failure or a kill leaves
 * the database as it was. Reads through {@link VisitRounds} on the same database happen inside the transaction.
 */
public final class StatusChanges implements StatusLedger {
    private static final int BATCH = 500;

    private final Engine db;
    private final Connection c;
    private final long runId;
    private final String now;
    private final PreparedStatement update;
    private final RunLog log;
    private final Transaction moves;
    private int pending;

    private StatusChanges(Engine db, Transaction moves, String command, String arguments, LocalDate asOf, Instant startedAt)
            throws SQLException {
        this.db = db;
        this.c = db.connection();
        this.moves = moves;
        this.now = startedAt.toString();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO runs (command, arguments, as_of, started_at) VALUES (?, ?, ?, ?) RETURNING id")) {
            ps.setString(1, command);
            ps.setString(2, arguments);
            ps.setString(3, asOf == null ? null : asOf.toString());
            ps.setString(4, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                runId = rs.getLong(1);
            }
        }
        update = c.prepareStatement("UPDATE households SET status = ?, phased_out_on = ?, exited_on = ?, closed_on = ?, "
                + "close_reason = ?, " + String.join(" = ?, ", LifecycleColumns.DERIVED) + " = ? WHERE id = ?");
        log = new RunLog(c, command, "run_id", runId, now);
    }

    /**
     * Starts the run's transaction once no other command moving files is writing ({@link Engine#beginMoves}).
     *
     * @param command   the command as a clerk types it ({@code visit advance})
     * @param arguments its options, as given, for the record
     * @param asOf      the day the run judged as of, or null
     */
    public static StatusChanges begin(Engine db, String command, String arguments, LocalDate asOf, Instant startedAt) {
        Transaction moves = null;
        try {
            moves = db.beginMoves();
            return new StatusChanges(db, moves, command, arguments, asOf, startedAt);
        } catch (SQLException e) {
            if (moves != null) moves.close();
            throw db.failure(e);
        }
    }

    public long runId() {
        return runId;
    }

    /** Writes one decided move of {@code file} (whose stored state is {@code file.state()}). */
    public void apply(FilePeriod file, Transition t) {
        FileState before = file.state();
        FileState after = t.after();
        try {
            int i = 1;
            update.setString(i++, after.status().name());
            update.setString(i++, LifecycleColumns.text(after.phasedOutOn()));
            update.setString(i++, LifecycleColumns.text(after.exitedOn()));
            update.setString(i++, LifecycleColumns.text(after.closedOn()));
            update.setString(i++, after.closeReason() == null ? null : after.closeReason().name());
            for (Object v : LifecycleColumns.derived(after)) update.setObject(i++, v);
            update.setLong(i, file.id());
            update.addBatch();
            logChange(file.id(), "status", before.status().name(), after.status().name());
            logChange(file.id(), "phased_out_on", LifecycleColumns.text(before.phasedOutOn()), LifecycleColumns.text(after.phasedOutOn()));
            logChange(file.id(), "exited_on", LifecycleColumns.text(before.exitedOn()), LifecycleColumns.text(after.exitedOn()));
            logChange(file.id(), "closed_on", LifecycleColumns.text(before.closedOn()), LifecycleColumns.text(after.closedOn()));
            logChange(file.id(), "close_reason", before.closeReason() == null ? null : before.closeReason().name(),
                    after.closeReason() == null ? null : after.closeReason().name());
            log.moved(file.id(), t.from() == null ? null : t.from().name(), t.to().name(), LifecycleColumns.text(t.on()),
                    t.reason() == null ? null : t.reason().name(), t.visitId(), t.note());
            if (++pending >= BATCH) flush();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    private void logChange(long householdId, String column, String old, String value) throws SQLException {
        if (!Objects.equals(old, value)) log.changed(householdId, column, old, value, null);
    }

    private void flush() throws SQLException {
        update.executeBatch();
        log.flush();
        pending = 0;
    }

    /** Finishes the run and commits everything at once. */
    public void commit(Instant finishedAt) {
        try {
            flush();
            try (PreparedStatement ps = c.prepareStatement("UPDATE runs SET finished_at = ? WHERE id = ?")) {
                ps.setString(1, finishedAt.toString());
                ps.setLong(2, runId);
                ps.executeUpdate();
            }
            moves.commit();
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Undoes everything the run wrote unless it was committed (a dry run is one that is never committed). */
    @Override
    public void close() {
        moves.close();
        log.close();
        try {
            update.close();
        } catch (SQLException ignored) {
            // closing after the transaction ended; the outcome is what gets reported
        }
    }
}
