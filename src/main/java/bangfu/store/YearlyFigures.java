package bangfu.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The aggregates the yearly report is made of, read with SQL. Each query runs on its own read connection
 * (WAL lets readers run side by side), so the tables are computed in parallel on a machine with spare cores.
 * Every figure is grouped finely enough for the report to derive what it shows without another query.
 *
 * @param files     file periods that were on file at some time in the period, by group, tier, filing year,
 *                  leaving year and how they left
 * @param aid       payments in the period at every level of detail the report shows
 * @param visits    visit coverage of the files on file at the end of the period, by group
 * @param followUps 渐退 follow-ups falling due in the period
 * @param causes    files on file at the end of the period by main and by secondary cause
 */
public record YearlyFigures(List<FileGroup> files, List<AidGroup> aid, List<VisitGroup> visits, FollowUps followUps,
                            Causes causes) {

    /** How tables 1–3 are broken down. */
    public enum Breakdown { NONE, UNION, REGION }

    /**
     * What to count.
     *
     * @param tier             a tier code, "" for files without a tier, null for all
     * @param union            a grassroots union's name, or null for all
     * @param region           a province, city or county as filed, or null for all
     * @param minVisitsPerYear the yearly minimum of visits per household
     * @param today            follow-ups due after this day are not counted as due yet
     */
    public record Scope(int fromYear, int toYear, String tier, String union, String region, Breakdown by,
                        int minVisitsPerYear, LocalDate today) {
        public Scope {
            if (toYear < fromYear) throw new IllegalArgumentException("period ends before it starts");
        }

        public String start() {
            return LocalDate.of(fromYear, 1, 1).toString();
        }

        public String end() {
            return LocalDate.of(toYear, 12, 31).toString();
        }

        public int years() {
            return toYear - fromYear + 1;
        }
    }

    /**
     * File periods sharing group, tier, flags and the years they were filed and left.
     *
     * @param filedYear 0 when the filing date is unknown (on file since before any period)
     * @param leftYear  9999 while on file; the year the period left the file otherwise
     * @param leftAs    EXITED, CLOSED or "" while on file
     * @param people    the sum of 家庭人口 (household_size, or 1 + members where it is not filled)
     * @param undated   periods among these that left without a 脱困/注销 date (counted as leaving when filed)
     */
    public record FileGroup(String group, String tier, int filedYear, int leftYear, String leftAs, String closeReason,
                            boolean migrant, boolean model, long files, long people, long undated) {
    }

    /**
     * Payments of one level of detail; a null group, kind or source means "all of them".
     *
     * @param households distinct heads of household (户主) paid
     * @param events     人次: 受助人数 where the ledger has it, else one per payment
     * @param cardFen    the part of the amount paid to a bank card
     */
    public record AidGroup(String group, String kind, String source, long households, long events, long fen,
                           long cardFen) {
    }

    public record VisitGroup(String group, long onFile, long visited, long visits, long belowMinimum) {
    }

    public record FollowUps(long due, long onTime) {
    }

    /** @param secondary count per cause code, in the order of {@code codes} */
    public record Causes(long onFile, List<String> mainCodes, List<Long> main, long withSecondary, List<Long> secondary) {
    }

    /** Reads all figures of the scope; {@code causeCodes} are the cause codes counted as secondary causes. */
    public static YearlyFigures read(Database db, Scope scope, List<String> causeCodes) {
        String url = "jdbc:sqlite:" + db.file().toAbsolutePath();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));
        try {
            boolean grouped = scope.by() != Breakdown.NONE;
            Future<List<FileGroup>> files = pool.submit(() -> withReader(url, c -> files(c, scope)));
            List<Future<List<AidGroup>>> aid = new ArrayList<>();
            // kind × source, kind, source, all; then the same per group where tables are broken down
            boolean[][] levels = grouped
                    ? new boolean[][] {{false, true, true}, {false, true, false}, {false, false, true}, {false, false, false},
                        {true, true, false}, {true, false, true}, {true, false, false}}
                    : new boolean[][] {{false, true, true}, {false, true, false}, {false, false, true}, {false, false, false}};
            for (boolean[] level : levels) {
                aid.add(pool.submit(() -> withReader(url, c -> aid(c, scope, level[0], level[1], level[2]))));
            }
            Future<List<VisitGroup>> visits = pool.submit(() -> withReader(url, c -> visits(c, scope)));
            Future<FollowUps> followUps = pool.submit(() -> withReader(url, c -> followUps(c, scope)));
            Future<Causes> causes = pool.submit(() -> withReader(url, c -> causes(c, scope, causeCodes)));
            List<AidGroup> allAid = new ArrayList<>();
            for (Future<List<AidGroup>> f : aid) allAid.addAll(f.get());
            return new YearlyFigures(files.get(), allAid, visits.get(), followUps.get(), causes.get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException se) throw Database.failure(db.file(), se);
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Query<T> {
        T run(Connection c) throws SQLException;
    }

    private static <T> T withReader(String url, Query<T> q) throws SQLException {
        try (Connection c = DriverManager.getConnection(url)) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
                s.execute("PRAGMA query_only = 1");
                s.execute("PRAGMA cache_size = -65536");
            }
            return q.run(c);
        }
    }

    /** The group a file period is counted under; regions as filed, province/city/county. */
    private static String group(Breakdown by) {
        return switch (by) {
            case NONE -> "''";
            case UNION -> "h.union_name";
            case REGION -> "coalesce(h.province, '') || '/' || coalesce(h.city, '') || '/' || coalesce(h.county, '')";
        };
    }

    /** The filters as SQL over {@code h}; their parameters are bound by {@link #bindFilters}. */
    private static String filters(Scope s) {
        StringBuilder w = new StringBuilder();
        if (s.tier() != null) w.append(s.tier().isEmpty() ? " AND h.tier IS NULL" : " AND h.tier = ?");
        if (s.union() != null) w.append(" AND h.union_name = ?");
        if (s.region() != null) w.append(" AND ? IN (h.province, h.city, h.county)");
        return w.toString();
    }

    private static int bindFilters(PreparedStatement ps, int i, Scope s) throws SQLException {
        if (s.tier() != null && !s.tier().isEmpty()) ps.setString(i++, s.tier());
        if (s.union() != null) ps.setString(i++, s.union());
        if (s.region() != null) ps.setString(i++, s.region());
        return i;
    }

    static List<FileGroup> files(Connection c, Scope s) throws SQLException {
        String sql = "SELECT " + group(s.by()) + """
                , coalesce(h.tier, ''), coalesce(CAST(substr(h.filed_on, 1, 4) AS INTEGER), 0),
                  CASE WHEN h.left_as IS NULL THEN 9999 ELSE CAST(substr(h.left_on, 1, 4) AS INTEGER) END,
                  coalesce(h.left_as, ''), coalesce(h.close_reason, ''),
                  coalesce(h.is_migrant_worker, 0), coalesce(h.is_model_worker, 0), count(*),
                  sum(coalesce(h.household_size, 1 + (SELECT count(*) FROM members m WHERE m.household_id = h.id))),
                  sum(CASE h.status WHEN 'EXITED' THEN h.exited_on IS NULL
                                    WHEN 'CLOSED' THEN h.closed_on IS NULL AND h.exited_on IS NULL ELSE 0 END)
                FROM households h
                WHERE (h.filed_on IS NULL OR h.filed_on <= ?) AND (h.left_as IS NULL OR h.left_on >= ?)""" + filters(s) + " GROUP BY 1, 2, 3, 4, 5, 6, 7, 8";
        List<FileGroup> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.end());
            ps.setString(2, s.start());
            bindFilters(ps, 3, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new FileGroup(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), rs.getInt(7) == 1, rs.getInt(8) == 1, rs.getLong(9), rs.getLong(10), rs.getLong(11)));
                }
            }
        }
        return out;
    }

    static List<AidGroup> aid(Connection c, Scope s, boolean byGroup, boolean byKind, boolean bySource) throws SQLException {
        List<String> keys = new ArrayList<>();
        if (byGroup) keys.add(group(s.by()));
        if (byKind) keys.add("a.kind");
        if (bySource) keys.add("coalesce(a.fund_source, '')");
        String sql = "SELECT " + (byGroup ? group(s.by()) : "NULL") + ", " + (byKind ? "a.kind" : "NULL") + ", "
                + (bySource ? "coalesce(a.fund_source, '')" : "NULL") + """
                , count(DISTINCT h.head_id), sum(coalesce(a.recipients, 1)), sum(a.amount_fen),
                  sum(CASE WHEN a.method = 'BANK_CARD' THEN a.amount_fen ELSE 0 END)
                FROM assistance a JOIN households h ON h.id = a.household_id
                WHERE a.paid_on >= ? AND a.paid_on <= ?""" + filters(s)
                + (keys.isEmpty() ? "" : " GROUP BY " + String.join(", ", keys));
        List<AidGroup> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, s.start());
            ps.setString(2, s.end());
            bindFilters(ps, 3, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(4) == 0) continue; // no payment at all: the aggregate of an empty set
                    out.add(new AidGroup(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                            rs.getLong(6), rs.getLong(7)));
                }
            }
        }
        return out;
    }

    private static final String ON_FILE_AT_END = " (h.filed_on IS NULL OR h.filed_on <= ?) AND (h.left_as IS NULL OR h.left_on > ?)";

    static List<VisitGroup> visits(Connection c, Scope s) throws SQLException {
        String sql = "SELECT " + group(s.by()) + """
                , count(*), sum(h.n > 0), sum(h.n), sum(h.n < ?)
                FROM (SELECT h.union_name, h.province, h.city, h.county,
                             (SELECT count(*) FROM visits v WHERE v.household_id = h.id
                                AND v.visited_on >= ? AND v.visited_on <= ?) AS n
                      FROM households h WHERE""" + ON_FILE_AT_END + filters(s) + ") h GROUP BY 1";
        List<VisitGroup> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, (long) s.minVisitsPerYear() * s.years());
            ps.setString(2, s.start());
            ps.setString(3, s.end());
            ps.setString(4, s.end());
            ps.setString(5, s.end());
            bindFilters(ps, 6, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new VisitGroup(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)));
                }
            }
        }
        return out;
    }

    /**
     * 渐退 follow-ups at 3 and 6 months after a file entered 渐退: one is due on each of those days, and is on
     * time when a visit falls after the previous one fell due (or after entering 渐退) and on or before its day.
     */
    static FollowUps followUps(Connection c, Scope s) throws SQLException {
        String sql = """
                SELECT count(*), coalesce(sum(on_time), 0) FROM (
                  SELECT date(sh.changed_on, '+' || d.months || ' months') AS due,
                         EXISTS (SELECT 1 FROM visits v WHERE v.household_id = h.id
                                   AND v.visited_on > date(sh.changed_on, '+' || (d.months - 3) || ' months')
                                   AND v.visited_on <= date(sh.changed_on, '+' || d.months || ' months')) AS on_time
                  FROM status_history sh JOIN households h ON h.id = sh.household_id
                       CROSS JOIN (SELECT 3 AS months UNION ALL SELECT 6) d
                  WHERE sh.to_status = 'PHASING_OUT' AND sh.changed_on IS NOT NULL""" + filters(s)
                + ") WHERE due >= ? AND due <= ? AND due <= ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bindFilters(ps, 1, s);
            ps.setString(i, s.start());
            ps.setString(i + 1, s.end());
            ps.setString(i + 2, s.today().toString());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new FollowUps(rs.getLong(1), rs.getLong(2));
            }
        }
    }

    static Causes causes(Connection c, Scope s, List<String> codes) throws SQLException {
        List<String> mainCodes = new ArrayList<>();
        List<Long> main = new ArrayList<>();
        long onFile = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(h.main_cause, ''), count(*) FROM households h WHERE"
                + ON_FILE_AT_END + filters(s) + " GROUP BY 1 ORDER BY 1")) {
            ps.setString(1, s.end());
            ps.setString(2, s.end());
            bindFilters(ps, 3, s);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    mainCodes.add(rs.getString(1));
                    main.add(rs.getLong(2));
                    onFile += rs.getLong(2);
                }
            }
        }
        StringBuilder sql = new StringBuilder("SELECT coalesce(sum(h.secondary_causes IS NOT NULL AND h.secondary_causes <> ''), 0)");
        for (int i = 0; i < codes.size(); i++) {
            sql.append(", coalesce(sum(instr(',' || h.secondary_causes || ',', ?) > 0), 0)");
        }
        sql.append(" FROM households h WHERE").append(ON_FILE_AT_END).append(filters(s));
        List<Long> secondary = new ArrayList<>();
        long withSecondary;
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            int i = 1;
            for (String code : codes) ps.setString(i++, "," + code + ",");
            ps.setString(i++, s.end());
            ps.setString(i++, s.end());
            bindFilters(ps, i, s);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                withSecondary = rs.getLong(1);
                for (int k = 0; k < codes.size(); k++) secondary.add(rs.getLong(k + 2));
            }
        }
        return new Causes(onFile, mainCodes, main, withSecondary, secondary);
    }
}
