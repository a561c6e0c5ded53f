package bangfu.store.jdbc;

import bangfu.classify.Change;
import bangfu.classify.Reasons;
import bangfu.classify.StatusMove;
import bangfu.classify.TierLedger;
import bangfu.model.FileStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Writes a classify run: the run, each new tier (logged old → new in {@code changes}) and each file that moves
 * on (渐退, in {@code status_history} like an import's moves), all in one transaction taken before the files are
 * read, so that what was classified is what is written. A failure or a kill leaves the database as it was. A file
 * moved into 渐退 gets the run's as-of day as its 渐退日期, and its derived lifecycle columns are written from the
 * lifecycle rule ({@link LifecycleColumns}) like every other writer's, so that its follow-ups fall due from that day.
 */
public final class ClassifyWriter implements TierLedger {
    private static final int BATCH = 1000;
    private final Engine db;
    private String now;
    private long runId;
    private int pending;
    /** The run's one transaction, from {@link #begin} to its commit or abandon. */
    private Transaction moves;
    private PreparedStatement tier;
    private PreparedStatement status;
    private RunLog log;
    private PreparedStatement phasedOutChange;

    public ClassifyWriter(Engine db) {
        this.db = db;
    }

    @Override
    public void begin(Run run) {
        Connection c = db.connection();
        try {
            moves = db.beginMoves();
            now = run.startedAt().toString();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO classify_runs (as_of, policy_digest, policy_version, "
                    + "started_at) VALUES (?, ?, ?, ?) RETURNING id")) {
                ps.setString(1, run.asOf().toString());
                ps.setString(2, run.policyDigest());
                ps.setString(3, run.policyVersion().isEmpty() ? null : run.policyVersion());
                ps.setString(4, now);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    runId = rs.getLong(1);
                }
            }
            tier = c.prepareStatement("UPDATE households SET tier = ? WHERE id = ?");
            status = c.prepareStatement("UPDATE households SET status = ?, phased_out_on = coalesce(?, phased_out_on) WHERE id = ?");
            // Read before the batch of status updates runs (see flush): the 渐退日期 a file had, from an earlier stay.
            phasedOutChange = c.prepareStatement("""
                    INSERT INTO changes (table_name, row_id, column_name, old_value, new_value, command, classify_run_id,
                                         reason, recorded_at)
                    SELECT 'households', id, 'phased_out_on', phased_out_on, ?, 'classify', ?, ?, ? FROM households WHERE id = ?""");
            log = new RunLog(c, "classify", "classify_run_id", runId, now);
        } catch (SQLException e) {
            abandon();
            throw db.failure(e);
        }
    }

    @Override
    public void write(Change ch) {
        try {
            long id = ch.household().id();
            String reason = Reasons.record(ch);
            if (ch.kind() == Change.Kind.TIER) {
                String to = ch.decision().tier().orElseThrow().name();
                tier.setString(1, to);
                tier.setLong(2, id);
                tier.addBatch();
                log.changed(id, "tier", ch.household().tier().map(Enum::name).orElse(null), to, reason);
            } else {
                StatusMove move = ch.move().orElseThrow();
                status.setString(1, move.to().name());
                boolean entersPhaseOut = move.to() == FileStatus.PHASING_OUT;
                status.setString(2, entersPhaseOut ? move.on().toString() : null);
                status.setLong(3, id);
                status.addBatch();
                if (entersPhaseOut) {
                    phasedOutChange.setString(1, move.on().toString());
                    phasedOutChange.setLong(2, runId);
                    phasedOutChange.setString(3, reason);
                    phasedOutChange.setString(4, now);
                    phasedOutChange.setLong(5, id);
                    phasedOutChange.addBatch();
                }
                log.changed(id, "status", move.from().name(), move.to().name(), reason);
                log.moved(id, move.from().name(), move.to().name(), move.on().toString(), move.reason().name(), null, reason);
            }
            if (++pending >= BATCH) flush();
        } catch (SQLException e) {
            abandon();
            throw db.failure(e);
        }
    }

    @Override
    public long finish(Totals totals) {
        try {
            flush();
            LifecycleColumns.fill(db.connection(), "WHERE h.id IN (SELECT s.household_id FROM status_history s WHERE s.classify_run_id = "
                    + runId + ")");
            try (PreparedStatement ps = db.connection().prepareStatement("""
                    UPDATE classify_runs SET classified = ?, tier_changes = ?, phased_out = ?, finished_at = ? WHERE id = ?""")) {
                ps.setInt(1, totals.classified());
                ps.setInt(2, totals.tierChanges());
                ps.setInt(3, totals.moves());
                ps.setString(4, java.time.Instant.now().toString());
                ps.setLong(5, runId);
                ps.executeUpdate();
            }
            moves.commit();
            moves = null;
            closeStatements();
            return runId;
        } catch (SQLException e) {
            abandon();
            throw db.failure(e);
        }
    }

    @Override
    public void abandon() {
        if (moves != null) {
            moves.close();
            moves = null;
        }
        closeStatements();
    }

    private void flush() throws SQLException {
        tier.executeBatch();
        phasedOutChange.executeBatch();
        status.executeBatch();
        log.flush();
        pending = 0;
    }

    private void closeStatements() {
        if (log != null) log.close();
        for (PreparedStatement ps : new PreparedStatement[] {tier, phasedOutChange, status}) {
            if (ps == null) continue;
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing after the transaction ended; nothing to report
            }
        }
        tier = phasedOutChange = status = null;
        log = null;
    }
}
