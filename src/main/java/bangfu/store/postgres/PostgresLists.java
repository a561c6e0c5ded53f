package bangfu.store.postgres;

import bangfu.model.Selection;
import bangfu.store.Lists;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the filters of every report compare with, read from PostgreSQL (sorted by code point, as on SQLite). The
 * lists themselves (roster, notice, change log) are not written for PostgreSQL yet and say so.
 */
final class PostgresLists implements Lists {
    private final PostgresDatabase db;

    PostgresLists(PostgresDatabase db) {
        this.db = db;
    }

    @Override
    public List<String> known(Filter filter) {
        String sql = switch (filter) {
            case UNION -> "SELECT DISTINCT union_name FROM households WHERE union_name IS NOT NULL";
            case REGION -> """
                    SELECT province FROM households WHERE province IS NOT NULL UNION SELECT city FROM households
                    WHERE city IS NOT NULL UNION SELECT county FROM households WHERE county IS NOT NULL""";
            case TIER -> "SELECT DISTINCT coalesce(tier, '') FROM households";
            case STATUS -> "SELECT DISTINCT status FROM households";
            case BATCH -> "SELECT DISTINCT batch FROM assistance WHERE batch IS NOT NULL";
        };
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql + " ORDER BY 1");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) out.add(rs.getString(1));
        } catch (SQLException e) {
            throw db.failure(e);
        }
        return out;
    }

    @Override
    public boolean headExists(String headId) {
        return exists("SELECT 1 FROM households WHERE head_id = ? LIMIT 1", headId);
    }

    @Override
    public boolean importExists(long id) {
        return exists("SELECT 1 FROM imports WHERE id = ?", id);
    }

    private boolean exists(String sql, Object value) {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setObject(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public List<RosterEntry> roster(Selection selection, LocalDate asOf) {
        throw PostgresDatabase.notYetAvailable(db.location(), "report roster");
    }

    @Override
    public List<NoticeEntry> notice(Selection selection, LocalDate from, LocalDate to, String batch) {
        throw PostgresDatabase.notYetAvailable(db.location(), "report notice");
    }

    @Override
    public List<ChangeEntry> changes(Long importId, LocalDate since, String headId, Selection selection) {
        throw PostgresDatabase.notYetAvailable(db.location(), "report changes");
    }
}
