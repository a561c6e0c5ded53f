package bangfu.store.jdbc;

import bangfu.lifecycle.FileRecord;
import bangfu.store.PaidHouseholds;
import bangfu.store.PaymentRows;
import bangfu.store.YearlyRows;
import bangfu.store.YearlyFigures.Breakdown;
import bangfu.store.YearlyFigures.Causes;
import bangfu.store.YearlyFigures.FileGroup;
import bangfu.store.YearlyFigures.Scope;
import bangfu.store.YearlyFigures.VisitGroup;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * Reads what the yearly report is made of with SQL, for both engines. The reads are independent of one another and
 * run on the engine's {@link Readers}: side by side where it allows, else in turn in one snapshot. What the figures
 * mean is the report's (report/ and docs/report.md); these queries only group the columns bangfu wrote.
 */
public final class YearlyReads {
    private YearlyReads() {
    }

    /** How an adapter reads the periods that ever entered 渐退, with their history and visits up to a day. */
    public interface PhaseOutRead {
        /**
         * @param filter   extra conditions on {@code h} (starting with {@code AND}), or ""
         * @param binder   binds the filter's parameters from the index it is given, returning the next
         * @param visitsTo the last visit day read
         */
        List<FileRecord> read(Connection c, String filter, FilterBinder binder, LocalDate visitsTo) throws SQLException;
    }

    /** Binds the parameters of a filter from {@code first}; returns the next index. */
    public interface FilterBinder {
        int bind(PreparedStatement ps, int first) throws SQLException;
    }

    /**
     * Reads all figures of the scope, and the payments with their households.
     *
     * @param kinds      assistance kind codes, in display order
     * @param sources    fund source codes, in display order
     * @param causeCodes the cause codes counted as secondary causes
     */
    public static YearlyRows read(Engine engine, Scope scope, List<String> kinds, List<String> sources, List<String> causeCodes,
                                  PhaseOutRead phaseOuts) {
        try (Readers readers = engine.readers()) {
            List<Future<PaymentRows>> slices = new ArrayList<>();
            for (LocalDate[] slice : PaymentReads.slices(scope)) {
                slices.add(readers.submit(c -> PaymentReads.read(engine, c, slice[0], slice[1], kinds, sources)));
            }
            Future<PaidHouseholds> households = readers.submit(c -> PaymentReads.households(engine, c, scope));
            Future<List<FileGroup>> files = readers.submit(c -> files(engine, c, scope));
            Future<List<VisitGroup>> visits = readers.submit(c -> visits(engine, c, scope));
            Future<List<FileRecord>> followUps = readers.submit(c -> phaseOuts.read(c, filters(scope),
                    (ps, i) -> bindFilters(ps, i, scope), scope.cutoff()));
            Future<Causes> causes = readers.submit(c -> causes(engine, c, scope, causeCodes));
            List<PaymentRows> read = new ArrayList<>();
            for (Future<PaymentRows> f : slices) read.add(f.get());
            return new YearlyRows(files.get(), read, households.get(), visits.get(), followUps.get(), causes.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException se) throw engine.failure(se);
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The group a file period is counted under; regions as filed, province/city/county. */
    static String group(Breakdown by) {
        return switch (by) {
            case NONE -> "''";
            case UNION -> "h.union_name";
            case REGION -> "coalesce(h.province, '') || '/' || coalesce(h.city, '') || '/' || coalesce(h.county, '')";
        };
    }

    /** The filters as SQL over {@code h}; their parameters are bound by {@link #bindFilters}. */
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

    /**
     * File periods grouped at year granularity. Without a regional breakdown the grouping follows the
     * households_report index (union, tier, years …), so SQLite streams it without sorting.
     */
    static List<FileGroup> files(Engine engine, Connection c, Scope s) throws SQLException {
        boolean region = s.by() == Breakdown.REGION;
        String keys = (region ? group(s.by()) : "h.union_name") + " AS k1, h.tier AS k2, h.filed_year AS k3, h.left_year AS k4, "
                + "h.left_as AS k5, h.close_reason AS k6, h.is_migrant_worker AS k7, h.is_model_worker AS k8";
        String sql = "SELECT " + keys + """
                , count(*) AS n,
                  sum(coalesce(h.household_size, 1 + (SELECT count(*) FROM members m WHERE m.household_id = h.id))) AS p,
                  sum(h.left_undated) AS u
                FROM households h
                WHERE h.filed_year <= ? AND h.left_year >= ?""" + filters(s) + " GROUP BY k1, k2, k3, k4, k5, k6, k7, k8";
        if (s.by() == Breakdown.NONE) {
            // The union only orders the scan: summing its groups again in SQL hands a few hundred rows to Java
            // instead of one per union and combination (each column read is a call through JNI).
            sql = "SELECT '', k2, k3, k4, k5, k6, k7, k8, sum(n), sum(p), sum(u) FROM (" + sql
                    + ") t GROUP BY k2, k3, k4, k5, k6, k7, k8";
        }
        sql += engine.groupsInOrder(8);
        List<FileGroup> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, s.toYear());
            ps.setInt(2, s.fromYear());
            bindFilters(ps, 3, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String group = s.by() == Breakdown.NONE ? "" : nz(rs.getString(1));
                    out.add(new FileGroup(group, nz(rs.getString(2)), rs.getInt(3), rs.getInt(4), nz(rs.getString(5)),
                            nz(rs.getString(6)), rs.getInt(7) == 1, rs.getInt(8) == 1, rs.getLong(9), rs.getLong(10), rs.getLong(11)));
                }
            }
        }
        return out;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static final String ON_FILE_AT_END = VisitCounts.ON_FILE_AT_END_OF_YEAR;

    private static int bindOnFileAtEnd(PreparedStatement ps, int i, Scope s) throws SQLException {
        ps.setInt(i, s.toYear());
        ps.setInt(i + 1, s.toYear());
        return i + 2;
    }

    /**
     * Visits in the period per household first, then by group. For one year the counts the database keeps per
     * period and year are read (one small row per period visited, {@code visit_years}); over several years, the
     * visits themselves in the order of their own index.
     */
    static List<VisitGroup> visits(Engine engine, Connection c, Scope s) throws SQLException {
        // The unary plus keeps SQLite from reading the files first and seeking each one's count: the counts are
        // read in row order and each file they name is looked up once.
        String perHousehold = s.years() == 1
                ? " (SELECT household_id, visits AS n FROM visit_years WHERE year = ?)"
                : VisitCounts.PER_HOUSEHOLD;
        String sql = "SELECT " + group(s.by()) + """
                , count(*), sum(v.n), sum(CASE WHEN v.n >= ? THEN 1 ELSE 0 END)
                FROM""" + perHousehold + """
                 v JOIN households h ON h.id = +v.household_id
                WHERE""" + ON_FILE_AT_END + filters(s) + " GROUP BY 1" + engine.groupsInOrder(1);
        List<VisitGroup> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, (long) s.minVisitsPerYear() * s.years());
            int i = 2;
            if (s.years() == 1) {
                ps.setInt(i++, s.fromYear());
            } else {
                ps.setString(i++, s.start());
                ps.setString(i++, s.end());
            }
            bindFilters(ps, bindOnFileAtEnd(ps, i, s), s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new VisitGroup(nz(rs.getString(1)), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
            }
        }
        return out;
    }

    /**
     * Main and secondary causes in one pass: files are grouped by their (few) combinations of main and secondary
     * causes, and the comma-separated secondary causes are split here rather than searched per row in SQL.
     */
    static Causes causes(Engine engine, Connection c, Scope s, List<String> codes) throws SQLException {
        // Grouped by the bare columns (no coalesce) so SQLite streams the groups out of households_causes
        // instead of sorting every file on file; NULL is folded into "" here.
        String sql = "SELECT h.main_cause, h.secondary_causes, count(*) FROM households h WHERE"
                + ON_FILE_AT_END + filters(s) + " GROUP BY h.main_cause, h.secondary_causes" + engine.groupsInOrder(2);
        java.util.TreeMap<String, Long> main = new java.util.TreeMap<>();
        long onFile = 0;
        long withSecondary = 0;
        long[] secondary = new long[codes.size()];
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bindFilters(ps, bindOnFileAtEnd(ps, 1, s), s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(3);
                    main.merge(nz(rs.getString(1)), n, Long::sum);
                    onFile += n;
                    String list = rs.getString(2);
                    if (list == null || list.isEmpty()) continue;
                    withSecondary += n;
                    java.util.Set<String> named = new java.util.HashSet<>(List.of(list.split(",")));
                    for (int k = 0; k < codes.size(); k++) if (named.contains(codes.get(k))) secondary[k] += n;
                }
            }
        }
        return new Causes(onFile, new ArrayList<>(main.keySet()), new ArrayList<>(main.values()), withSecondary,
                java.util.Arrays.stream(secondary).boxed().toList());
    }
}
