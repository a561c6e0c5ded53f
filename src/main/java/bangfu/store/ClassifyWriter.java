package bangfu.store;

import bangfu.classify.Change;
import bangfu.classify.Reasons;
import bangfu.classify.StatusMove;
import bangfu.classify.TierLedger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Writes a classify run: the run, each new tier (logged old → new in {@code changes}) and each file that moves
 * on (渐退, in {@code status_history} like an import's moves), all in one transaction taken before the files are
 * read, so that what was classified is what is written. A failure or a kill leaves the database as it was.
 */
public final class ClassifyWriter implements TierLedger {
    private static final int BATCH = 1000;
    private final Database db;
    private boolean open;

    public ClassifyWriter(Database db) {
        this.db = db;
    }

    @Override
    public void begin() {
        try {
            Transactions.begin(db.connection());
            open = true;
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    @Override
    public long record(Run run, List<Change> changes, Progress progress) {
        Connection c = db.connection();
        String now = run.startedAt().toString();
        try (PreparedStatement tier = c.prepareStatement("UPDATE households SET tier = ? WHERE id = ?");
             PreparedStatement status = c.prepareStatement("UPDATE households SET status = ? WHERE id = ?");
             PreparedStatement change = c.prepareStatement("""
                     INSERT INTO changes (table_name, row_id, column_name, old_value, new_value, command, classify_run_id,
                                          reason, recorded_at)
                     VALUES ('households', ?, ?, ?, ?, 'classify', ?, ?, ?)""");
             PreparedStatement history = c.prepareStatement("""
                     INSERT INTO status_history (household_id, from_status, to_status, changed_on, reason, command,
                                                 classify_run_id, note, recorded_at)
                     VALUES (?, ?, ?, ?, ?, 'classify', ?, ?, ?)""")) {
            long runId = insertRun(c, run, changes);
            int done = 0;
            for (Change ch : changes) {
                long id = ch.household().id();
                String reason = Reasons.record(ch);
                if (ch.kind() == Change.Kind.TIER) {
                    String to = ch.decision().tier().orElseThrow().name();
                    tier.setString(1, to);
                    tier.setLong(2, id);
                    tier.addBatch();
                    addChange(change, id, "tier", ch.household().tier().map(Enum::name).orElse(null), to, runId, reason, now);
                } else {
                    StatusMove move = ch.move().orElseThrow();
                    status.setString(1, move.to().name());
                    status.setLong(2, id);
                    status.addBatch();
                    addChange(change, id, "status", move.from().name(), move.to().name(), runId, reason, now);
                    history.setLong(1, id);
                    history.setString(2, move.from().name());
                    history.setString(3, move.to().name());
                    history.setString(4, move.on().toString());
                    history.setString(5, move.reason().name());
                    history.setLong(6, runId);
                    history.setString(7, reason);
                    history.setString(8, now);
                    history.addBatch();
                }
                if (++done % BATCH == 0 || done == changes.size()) {
                    tier.executeBatch();
                    status.executeBatch();
                    change.executeBatch();
                    history.executeBatch();
                    progress.written(done, changes.size());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE classify_runs SET finished_at = ? WHERE id = ?")) {
                ps.setString(1, java.time.Instant.now().toString());
                ps.setLong(2, runId);
                ps.executeUpdate();
            }
            Transactions.commit(c);
            open = false;
            return runId;
        } catch (SQLException e) {
            abandon();
            throw Database.failure(db.file(), e);
        }
    }

    @Override
    public void abandon() {
        if (open) {
            open = false;
            Transactions.rollbackQuietly(db.connection());
        }
    }

    private static long insertRun(Connection c, Run run, List<Change> changes) throws SQLException {
        long tiers = changes.stream().filter(ch -> ch.kind() == Change.Kind.TIER).count();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO classify_runs (as_of, policy_digest, policy_version, started_at, classified, tier_changes, phased_out)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setString(1, run.asOf().toString());
            ps.setString(2, run.policyDigest());
            ps.setString(3, run.policyVersion().isEmpty() ? null : run.policyVersion());
            ps.setString(4, run.startedAt().toString());
            ps.setInt(5, run.classified());
            ps.setLong(6, tiers);
            ps.setLong(7, changes.size() - tiers);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void addChange(PreparedStatement ps, long id, String column, String old, String value, long runId,
                                  String reason, String now) throws SQLException {
        ps.setLong(1, id);
        ps.setString(2, column);
        ps.setString(3, old);
        ps.setString(4, value);
        ps.setLong(5, runId);
        ps.setString(6, reason);
        ps.setString(7, now);
        ps.addBatch();
    }
}
