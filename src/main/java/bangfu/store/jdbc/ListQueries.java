package bangfu.store.jdbc;

import bangfu.store.Lists;
import bangfu.model.Selection;
import bangfu.model.Values;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;

/**
 * The lists a clerk hands on, read from the database: the current roster (花名册), the 公示 list of payments,
 * the change log, and the values a filter may take (the unions, regions, tiers, statuses and batches on record).
 */
public final class ListQueries implements Lists {
    /** Columns an import writes for its own bookkeeping (the undo's), not values a clerk changed. */
    private static final String BOOKKEEPING = "('content_hash', 'updated_import_id', 'import_id')";

    private final Engine db;

    public ListQueries(Engine db) {
        this.db = db;
    }

    /** The distinct values on record a filter may take, sorted; a tier or status as its code, "" for none. */
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
        query(sql + " ORDER BY 1", List.of(), rs -> out.add(rs.getString(1)));
        return out;
    }

    /** Whether a file period of this head exists. */
    public boolean headExists(String headId) {
        List<String> found = new ArrayList<>();
        query("SELECT 1 FROM households WHERE head_id = ? LIMIT 1", List.of(headId), rs -> found.add("1"));
        return !found.isEmpty();
    }

    /** Whether import N exists (undone or not). */
    public boolean importExists(long id) {
        List<String> found = new ArrayList<>();
        query("SELECT 1 FROM imports WHERE id = ?", List.of(id), rs -> found.add("1"));
        return !found.isEmpty();
    }

    /**
     * The file periods on record, by union then name. Without {@code asOf}: those whose status is on file (在档,
     * 渐退), or of the selection's status. With it: those on file at the end of that day — filed by then (a month
     * alone read as its first day; no filing date counts as long ago) and not left by then (the generated
     * {@code left_on}) — with their status of that day from the status history.
     */
    public List<RosterEntry> roster(Selection selection, LocalDate asOf) {
        String day = asOf == null ? "9999-12-31" : asOf.toString();
        List<Object> params = new ArrayList<>();
        String status = "h.status";
        if (asOf != null) {
            status = """
                    coalesce((SELECT s.to_status FROM status_history s WHERE s.household_id = h.id
                        AND s.to_status IN ('ACTIVE', 'PHASING_OUT') AND substr(s.changed_on || '-01', 1, 10) <= ?
                        ORDER BY substr(s.changed_on || '-01', 1, 10) DESC, s.id DESC LIMIT 1), 'ACTIVE')""";
            params.add(day);
        }
        params.add(day); // the last visit
        params.add(day); // the last payment
        StringBuilder where = new StringBuilder();
        if (asOf != null) {
            where.append(" AND (h.filed_on IS NULL OR substr(h.filed_on || '-01', 1, 10) <= ?)"
                    + " AND (h.left_on IS NULL OR h.left_on > ?)");
            params.add(day);
            params.add(day);
        } else if (selection.status() == null) {
            where.append(" AND h.status IN ('ACTIVE', 'PHASING_OUT')");
        }
        where.append(scope(new Selection(selection.union(), selection.region(), selection.tier(), null), params));
        String ofStatus = "";
        if (selection.status() != null) {
            ofStatus = "WHERE status = ?";
            params.add(selection.status());
        }
        String sql = """
                SELECT * FROM (
                  SELECT h.union_name, h.head_name, h.head_id, %s AS status, h.tier, h.helper, h.filed_on,
                         (SELECT max(v.visited_on) FROM visits v WHERE v.household_id = h.id AND v.visited_on <= ?),
                         p.paid_on, (SELECT sum(a.amount_fen) FROM assistance a WHERE a.household_id = h.id
                                     AND a.paid_on = p.paid_on), h.id AS row_id
                  FROM households h
                  LEFT JOIN (SELECT household_id, max(paid_on) AS paid_on FROM assistance WHERE paid_on <= ?
                             GROUP BY household_id) p ON p.household_id = h.id
                  WHERE 1 = 1 %s) r
                %s
                ORDER BY union_name, head_name, head_id, row_id""".formatted(status, where, ofStatus);
        List<RosterEntry> out = new ArrayList<>();
        query(sql, params, rs -> out.add(new RosterEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), stated(rs.getString(7)), date(rs.getString(8)), date(rs.getString(9)),
                longOrNull(rs, 10))));
        return out;
    }

    /**
     * Payments dated from {@code from} to {@code to} (both included), or of one 发放批次 when {@code batch} is given,
     * summed per file period and kind, by union, name and kind.
     */
    public List<NoticeEntry> notice(Selection selection, LocalDate from, LocalDate to, String batch) {
        List<Object> params = new ArrayList<>();
        String period;
        if (batch != null) {
            period = "a.batch = ?";
            params.add(batch);
        } else {
            period = "a.paid_on BETWEEN ? AND ?";
            params.add(from.toString());
            params.add(to.toString());
        }
        String where = scope(selection, params);
        String sql = """
                SELECT h.id, h.union_name, h.head_name, h.employer, h.tier, a.kind, sum(a.amount_fen), count(*), max(a.paid_on)
                FROM assistance a JOIN households h ON h.id = a.household_id
                WHERE %s %s
                GROUP BY h.id, a.kind ORDER BY h.union_name, h.head_name, h.id, a.kind""".formatted(period, where);
        List<NoticeEntry> out = new ArrayList<>();
        query(sql, params, rs -> out.add(new NoticeEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getLong(7), rs.getLong(8), date(rs.getString(9)))));
        return out;
    }

    /**
     * The fields imports and commands changed, oldest first, without the bookkeeping columns: of import N, or
     * recorded on or after {@code since}, or all; of one head's file periods when {@code headId} is given.
     */
    public List<ChangeEntry> changes(Long importId, LocalDate since, String headId, Selection selection) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder();
        if (importId != null) {
            where.append(" AND c.import_id = ?");
            params.add(importId);
        }
        if (since != null) {
            where.append(" AND c.recorded_at >= ?");
            params.add(since.toString());
        }
        if (headId != null) {
            where.append(" AND h.head_id = ?");
            params.add(headId);
        }
        where.append(scope(selection, params));
        String sql = """
                SELECT c.id, c.import_id, i.file_name, c.command, h.head_name, h.head_id, m.name, c.table_name,
                       c.column_name, c.old_value, c.new_value
                FROM changes c
                LEFT JOIN members m ON c.table_name = 'members' AND m.id = c.row_id
                JOIN households h ON h.id = CASE c.table_name WHEN 'members' THEN m.household_id ELSE c.row_id END
                LEFT JOIN imports i ON i.id = c.import_id
                WHERE c.table_name IN ('households', 'members') AND c.column_name NOT IN %s %s
                ORDER BY c.id""".formatted(BOOKKEEPING, where);
        List<ChangeEntry> out = new ArrayList<>();
        query(sql, params, rs -> out.add(new ChangeEntry(rs.getLong(1), longOrNull(rs, 2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11))));
        return out;
    }

    /** The selection as conditions on the file period {@code h}, its values appended to {@code params}. */
    static String scope(Selection s, List<Object> params) {
        StringBuilder w = new StringBuilder();
        if (s.union() != null) {
            w.append(" AND h.union_name = ?");
            params.add(s.union());
        }
        if (s.region() != null) {
            w.append(" AND ? IN (h.province, h.city, h.county)");
            params.add(s.region());
        }
        if (s.tier() != null) {
            if (s.tier().isEmpty()) {
                w.append(" AND h.tier IS NULL");
            } else {
                w.append(" AND h.tier = ?");
                params.add(s.tier());
            }
        }
        if (s.status() != null) {
            w.append(" AND h.status = ?");
            params.add(s.status());
        }
        return w.toString();
    }

    /** Rows as they come: a roster of a city is not also held whole by a server's driver while the list is built. */
    private void query(String sql, List<Object> params, Engine.Row rows) {
        try {
            db.eachRow(sql, params, rows);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    private static LocalDate date(String text) {
        return text == null || text.isBlank() ? null : LocalDate.parse(text.substring(0, 10));
    }

    private static Temporal stated(String text) {
        return text == null || text.isBlank() ? null : Values.date(text);
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
