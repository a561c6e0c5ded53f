package bangfu.store.postgres;

import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.StatusEntry;
import bangfu.lifecycle.VisitFact;
import bangfu.model.FileStatus;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import bangfu.store.YearlyFigures.Breakdown;
import bangfu.store.YearlyFigures.Causes;
import bangfu.store.YearlyFigures.FileGroup;
import bangfu.store.YearlyFigures.Scope;
import bangfu.store.YearlyFigures.VisitGroup;
import bangfu.store.StoredLifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The yearly report's figures read from PostgreSQL: file periods, visits, causes and the 渐退 files with their
 * history, each one grouping query; the server plans them itself, so they are written plainly. What the figures
 * mean is the report's (report/ and docs/report.md); these queries only group the columns bangfu wrote.
 */
final class PostgresYearlyReads {
    private PostgresYearlyReads() {
    }

    /** The group a file period is counted under; regions as filed, province/city/county. */
    static String group(Breakdown by) {
        return switch (by) {
            case NONE -> "''";
            case UNION -> "h.union_name";
            case REGION -> "coalesce(h.province, '') || '/' || coalesce(h.city, '') || '/' || coalesce(h.county, '')";
        };
    }

    /** The scope's filters as SQL over {@code h}; their parameters are bound by {@link #bindFilters}. */
    static String filters(Scope s) {
        StringBuilder w = new StringBuilder();
        if (s.tier() != null) w.append(s.tier().isEmpty() ? " AND h.tier IS NULL" : " AND h.tier = ?");
        if (s.union() != null) w.append(" AND h.union_name = ?");
        if (s.region() != null) w.append(" AND ? IN (h.province, h.city, h.county)");
        return w.toString();
    }

    static int bindFilters(PreparedStatement ps, int i, Scope s) throws SQLException {
        if (s.tier() != null && !s.tier().isEmpty()) ps.setString(i++, s.tier());
        if (s.union() != null) ps.setString(i++, s.union());
        if (s.region() != null) ps.setString(i++, s.region());
        return i;
    }

    /** File periods on file at some time in the period, grouped as {@link FileGroup} says. */
    static List<FileGroup> files(Connection c, Scope s) throws SQLException {
        String sql = "SELECT " + group(s.by()) + """
                , h.tier, h.filed_year, h.left_year, h.left_as, h.close_reason, h.is_migrant_worker, h.is_model_worker,
                  count(*), sum(coalesce(h.household_size, 1 + coalesce(m.n, 0))), sum(h.left_undated)
                  FROM households h LEFT JOIN (SELECT household_id, count(*) AS n FROM members GROUP BY household_id) m
                    ON m.household_id = h.id
                 WHERE h.filed_year <= ? AND h.left_year >= ?""" + filters(s) + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8" + inOrder(8);
        List<FileGroup> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, s.toYear());
            ps.setInt(2, s.fromYear());
            bindFilters(ps, 3, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FileGroup(nz(rs.getString(1)), nz(rs.getString(2)), rs.getInt(3), rs.getInt(4), nz(rs.getString(5)),
                            nz(rs.getString(6)), rs.getInt(7) == 1, rs.getInt(8) == 1, rs.getLong(9), rs.getLong(10), rs.getLong(11)));
                }
            }
        }
        return out;
    }

    /** Periods on file at the end of the period that were visited in it, with their visits, by group. */
    static List<VisitGroup> visits(Connection c, Scope s) throws SQLException {
        String sql = "SELECT " + group(s.by()) + """
                , count(*), sum(v.n), sum(CASE WHEN v.n >= ? THEN 1 ELSE 0 END)
                  FROM (SELECT household_id, count(*) AS n FROM visits WHERE visited_on >= ? AND visited_on <= ?
                        GROUP BY household_id) v
                  JOIN households h ON h.id = v.household_id
                 WHERE h.filed_year <= ? AND h.left_year > ?""" + filters(s) + " GROUP BY 1" + inOrder(1);
        List<VisitGroup> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, (long) s.minVisitsPerYear() * s.years());
            ps.setString(2, s.start());
            ps.setString(3, s.end());
            ps.setInt(4, s.toYear());
            ps.setInt(5, s.toYear());
            bindFilters(ps, 6, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new VisitGroup(nz(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /** Periods on file at the end of the period by main cause, and by each secondary cause of {@code codes}. */
    static Causes causes(Connection c, Scope s, List<String> codes) throws SQLException {
        String sql = "SELECT h.main_cause, h.secondary_causes, count(*) FROM households h"
                + " WHERE h.filed_year <= ? AND h.left_year > ?" + filters(s) + " GROUP BY 1, 2" + inOrder(2);
        TreeMap<String, Long> main = new TreeMap<>();
        long onFile = 0;
        long withSecondary = 0;
        long[] secondary = new long[codes.size()];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, s.toYear());
            ps.setInt(2, s.toYear());
            bindFilters(ps, 3, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(3);
                    main.merge(nz(rs.getString(1)), n, Long::sum);
                    onFile += n;
                    String list = rs.getString(2);
                    if (list == null || list.isEmpty()) continue;
                    withSecondary += n;
                    Set<String> named = new HashSet<>(List.of(list.split(",")));
                    for (int k = 0; k < codes.size(); k++) if (named.contains(codes.get(k))) secondary[k] += n;
                }
            }
        }
        return new Causes(onFile, new ArrayList<>(main.keySet()), new ArrayList<>(main.values()), withSecondary,
                Arrays.stream(secondary).boxed().toList());
    }

    private static final String ENTERED = "SELECT household_id FROM status_history WHERE to_status = 'PHASING_OUT'";
    private static final String FILE = "h.id, h.head_id, h.period, h.head_name, h.union_name, h.helper, h.address, h.phone, h."
            + StoredLifecycle.STATE.replace(", ", ", h.");

    /** The periods that ever entered 渐退, each with its status history and its visits up to {@code s.cutoff()}. */
    static List<FileRecord> phaseOuts(Connection c, Scope s) throws SQLException {
        List<FilePeriod> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FILE + " FROM households h WHERE h.id IN (" + ENTERED + ")"
                + filters(s) + " ORDER BY h.id")) {
            bindFilters(ps, 1, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String helper = rs.getString(6);
                    files.add(new FilePeriod(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            helper == null || helper.isBlank() ? null : helper, rs.getString(7), rs.getString(8),
                            PostgresRows.state(rs, 9)));
                }
            }
        }
        if (files.isEmpty()) return List.of();
        Map<Long, List<StatusEntry>> history = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT household_id, id, from_status, to_status, changed_on"
                + " FROM status_history WHERE household_id IN (" + ENTERED + ") ORDER BY household_id, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String from = rs.getString(3);
                history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StatusEntry(rs.getLong(2),
                        from == null ? null : FileStatus.valueOf(from), FileStatus.valueOf(rs.getString(4)),
                        StoredLifecycle.date(rs.getString(5))));
            }
        }
        Map<Long, List<VisitFact>> visits = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT household_id, id, visited_on, kind, outcome, visitor FROM visits"
                + " WHERE household_id IN (" + ENTERED + ") AND visited_on <= ? ORDER BY household_id, visited_on, id")) {
            ps.setString(1, s.cutoff().toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new VisitFact(rs.getLong(2),
                            StoredLifecycle.date(rs.getString(3)), code(VisitKind.class, rs.getString(4)),
                            code(VisitOutcome.class, rs.getString(5)), rs.getString(6)));
                }
            }
        }
        List<FileRecord> out = new ArrayList<>(files.size());
        for (FilePeriod f : files) out.add(new FileRecord(f, history.getOrDefault(f.id(), List.of()), visits.getOrDefault(f.id(), List.of())));
        return out;
    }

    /** A stored code, or null for one this build does not know. */
    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        if (name == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
        return null;
    }

    /**
     * Groups in the order SQLite hands them out (its GROUP BY sorts, NULL first, texts by code point): whatever the
     * report keeps in the order it reads comes out the same on both engines.
     */
    private static String inOrder(int keys) {
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (int k = 1; k <= keys; k++) order.append(k == 1 ? "" : ", ").append(k).append(" NULLS FIRST");
        return order.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
