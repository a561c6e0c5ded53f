package bangfu.store.jdbc;

import bangfu.store.Audits;
import bangfu.store.StoredLifecycle;
import bangfu.lifecycle.Tenure;
import bangfu.model.FileStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The read-only queries behind {@code bangfu verify} without files. Each is one set-based statement over the
 * whole database that returns only the rows worth reporting, so a database of a million households costs a
 * few scans, not a million look-ups.
 */
public final class AuditQueries implements Audits {
    private static final String ON_FILE_NOW = "h.status IN ('ACTIVE', 'PHASING_OUT')";
    // On file for the whole year: filed by 1 January, not exited or closed before 31 December. Missing dates
    // are read as the yearly report reads them (left_on, schema version 3): no filing date means filed long
    // ago, a 脱困/注销 file without its date left when it was filed.
    private static final String ON_FILE_ALL_YEAR = """
            coalesce(h.filed_on, '') <= ?1 AND (h.left_as IS NULL OR h.left_on >= ?2)""";
    private static final String HOUSEHOLD = "h.id, h.head_id, h.head_name, h.union_name";

    private final Engine db;
    /** The one read every query open at the same time streams in, begun by the first and ended with the last. */
    private Transaction reading;
    private int open;

    public AuditQueries(Engine db) {
        this.db = db;
    }

    /** The latest year with a payment or a visit, or null for a database without either. */
    public Integer latestYear() {
        String sql = "SELECT max(y) FROM (SELECT max(paid_on) AS y FROM assistance UNION ALL SELECT max(visited_on) FROM visits) t";
        try (Rows<String> latest = query(sql, List.of(), rs -> rs.getString(1))) {
            String date = latest.hasNext() ? latest.next() : null;
            return date == null ? null : Integer.parseInt(date.substring(0, 4));
        }
    }

    /** Every appearance of a person (by ID) who is 户主 or member in more than one file on record now (一户一档). */
    public Rows<PersonInFile> peopleInSeveralFiles() {
        // Candidates first, each from an index alone (a head twice, a member ID twice, a member ID that is a
        // head ID); sorting every person of a million files would cost several times as much.
        String sql = """
                WITH candidate (person) AS (
                    SELECT head_id FROM households GROUP BY head_id HAVING count(*) > 1
                    UNION SELECT id_number FROM members WHERE id_number IS NOT NULL GROUP BY id_number HAVING count(*) > 1
                    UNION SELECT m.id_number FROM members m JOIN households h ON h.head_id = m.id_number),
                appearance AS (
                    SELECT h.head_id AS person, h.id AS household, 1 AS head
                      FROM candidate c JOIN households h ON h.head_id = c.person WHERE %1$s
                    UNION ALL
                    SELECT m.id_number, h.id, 0 FROM candidate c JOIN members m ON m.id_number = c.person
                      JOIN households h ON h.id = m.household_id WHERE %1$s),
                shared AS (SELECT person FROM appearance GROUP BY person HAVING count(DISTINCT household) > 1)
                SELECT a.person, %2$s, max(a.head) FROM appearance a JOIN shared USING (person)
                  JOIN households h ON h.id = a.household
                 GROUP BY a.person, a.household, h.id ORDER BY a.person, h.id""".formatted(ON_FILE_NOW, HOUSEHOLD);
        return query(sql, List.of(), rs -> new PersonInFile(rs.getString(1), household(rs, 2), rs.getInt(6) == 1));
    }

    /**
     * Payments dated before the file's filing date or after the day it left the file, as the lifecycle columns
     * give them: the candidates only, which {@link Tenure#breach} judges (a payment on the filing, exit or closing
     * day itself is within the file, and a 脱困/注销 without its date has no known end — as on import).
     */
    public Rows<OffFilePayment> paymentsOffFile(LocalDate from, LocalDate to) {
        String sql = """
                SELECT %s, a.kind, a.amount_fen, a.paid_on, h.filed_on, h.left_as, h.left_on, h.left_undated
                  FROM assistance a JOIN households h ON h.id = a.household_id
                 WHERE a.paid_on BETWEEN ?1 AND ?2
                   AND (a.paid_on < h.filed_on OR a.paid_on > h.left_on)
                 ORDER BY h.id, a.paid_on, a.id""".formatted(HOUSEHOLD);
        return query(sql, List.of(from.toString(), to.toString()), rs -> {
            String leftAs = rs.getString(9);
            Tenure tenure = new Tenure(date(rs.getString(8)), leftAs == null ? null : FileStatus.valueOf(leftAs),
                    date(rs.getString(10)), rs.getInt(11) == 1);
            return new OffFilePayment(household(rs, 1), rs.getString(5), rs.getLong(6), date(rs.getString(7)), tenure);
        });
    }

    /**
     * Yearly totals per household above {@code capFen}, all kinds together; a head's periods within the year
     * count as one household, shown through its latest period.
     */
    public Rows<YearTotal> totalsAbove(int year, long capFen) {
        String sql = """
                WITH t AS (SELECT h.head_id, max(h.id) AS household, sum(a.amount_fen) AS total, count(*) AS n
                             FROM assistance a JOIN households h ON h.id = a.household_id
                            WHERE a.paid_on BETWEEN ?1 AND ?2 GROUP BY h.head_id HAVING sum(a.amount_fen) > ?3)
                SELECT %s, t.total, t.n FROM t JOIN households h ON h.id = t.household ORDER BY h.id""".formatted(HOUSEHOLD);
        return query(sql, List.of(year + "-01-01", year + "-12-31", capFen),
                rs -> new YearTotal(household(rs, 1), null, rs.getLong(5), rs.getInt(6)));
    }

    /** Yearly totals per household and kind above that kind's cap (kind code → cap in fen). */
    public Rows<YearTotal> kindTotalsAbove(int year, Map<String, Long> capsFen) {
        StringBuilder caps = new StringBuilder();
        List<Object> params = new ArrayList<>(List.of(year + "-01-01", year + "-12-31"));
        for (Map.Entry<String, Long> cap : capsFen.entrySet()) {
            caps.append(caps.length() == 0 ? "VALUES " : ", ")
                    .append("(?").append(params.size() + 1).append(", ?").append(params.size() + 2).append(')');
            params.add(cap.getKey());
            params.add(cap.getValue());
        }
        String sql = """
                WITH cap (kind, fen) AS (%s),
                t AS (SELECT h.head_id, a.kind, max(h.id) AS household, sum(a.amount_fen) AS total, count(*) AS n
                        FROM assistance a JOIN households h ON h.id = a.household_id
                       WHERE a.paid_on BETWEEN ?1 AND ?2 AND a.kind IN (SELECT kind FROM cap)
                       GROUP BY h.head_id, a.kind)
                SELECT %s, t.kind, t.total, t.n FROM t JOIN cap ON cap.kind = t.kind JOIN households h ON h.id = t.household
                 WHERE t.total > cap.fen ORDER BY h.id, t.kind""".formatted(caps, HOUSEHOLD);
        return query(sql, params,
                rs -> new YearTotal(household(rs, 1), rs.getString(5), rs.getLong(6), rs.getInt(7)));
    }

    /** Payments in cash or in kind, or with no funding source recorded. */
    public Rows<FlaggedPayment> irregularPayments(LocalDate from, LocalDate to) {
        String sql = """
                SELECT %s, a.kind, a.amount_fen, a.paid_on, a.method, a.fund_source
                  FROM assistance a JOIN households h ON h.id = a.household_id
                 WHERE a.paid_on BETWEEN ?1 AND ?2
                   AND (a.method IN ('CASH', 'IN_KIND') OR a.fund_source IS NULL OR a.fund_source = '')
                 ORDER BY h.id, a.paid_on, a.id""".formatted(HOUSEHOLD);
        return query(sql, List.of(from.toString(), to.toString()), rs -> new FlaggedPayment(household(rs, 1),
                rs.getString(5), rs.getLong(6), date(rs.getString(7)), rs.getString(8), rs.getString(9)));
    }

    /**
     * Households held to the yearly minimum in {@code year} — on file at its end, as the yearly report counts them
     * ({@link bangfu.lifecycle.YearlyMinimum}) — with fewer than {@code minimum} visits dated in it.
     */
    public Rows<Counted> fewVisits(int year, int minimum) {
        String sql = "SELECT * FROM (SELECT " + HOUSEHOLD + ", " + VisitCounts.OF_HOUSEHOLD + " AS n FROM households h WHERE"
                + VisitCounts.ON_FILE_AT_END_OF_YEAR_IN_ROW_ORDER + ") t WHERE t.n < ? ORDER BY t.id";
        return query(sql, List.of(year + "-01-01", year + "-12-31", year, year, minimum), rs -> new Counted(household(rs, 1), rs.getInt(5)));
    }

    /** Files in 渐退 whose 渐退日期 nobody stated: no follow-up can be scheduled for them. */
    public Rows<Counted> phaseOutsUndated() {
        String sql = "SELECT " + HOUSEHOLD + ", 0 FROM households h WHERE h.status = 'PHASING_OUT' AND h.status_on IS NULL ORDER BY h.id";
        return query(sql, List.of(), rs -> new Counted(household(rs, 1), 0));
    }

    /** Households on file for the whole year that received no payment in it (未帮扶过档案). */
    public Rows<Counted> neverAssisted(int year) {
        String sql = """
                SELECT %s, 0 FROM households h WHERE %s
                   AND NOT EXISTS (SELECT 1 FROM assistance a WHERE a.household_id = h.id AND a.paid_on BETWEEN ?1 AND ?2)
                 ORDER BY h.id""".formatted(HOUSEHOLD, ON_FILE_ALL_YEAR);
        return query(sql, List.of(year + "-01-01", year + "-12-31"), rs -> new Counted(household(rs, 1), 0));
    }

    /**
     * Files on record whose last change is before {@code before}: the later of the day the import that
     * created or last changed the file finished and the day its latest status change was recorded (UTC).
     */
    public Rows<Dated> unchangedSince(LocalDate before) {
        String sql = """
                SELECT * FROM (
                    SELECT %s, %s(coalesce(substr(i.finished_at, 1, 10), ''),
                                   coalesce((SELECT substr(max(s.recorded_at), 1, 10)
                                               FROM status_history s WHERE s.household_id = h.id), '')) AS changed
                      FROM households h LEFT JOIN imports i ON i.id = coalesce(h.updated_import_id, h.created_import_id)
                     WHERE %s) t
                 WHERE changed < ?1 ORDER BY id""".formatted(HOUSEHOLD, db.greatest(), ON_FILE_NOW);
        return query(sql, List.of(before.toString()), rs -> new Dated(household(rs, 1),
                rs.getString(5).isEmpty() ? null : date(rs.getString(5))));
    }

    /**
     * Files on record whose main or secondary cause is 子女上学 but where no member is of school age on
     * {@code on} (members without a known birth date are given the benefit of the doubt).
     */
    public Rows<Counted> schoolingWithoutPupil(LocalDate on, int fromAge, int toAge) {
        String sql = """
                WITH born AS (
                    SELECT m.household_id, coalesce(m.birth_date, CASE WHEN length(m.id_number) = 18 THEN
                           substr(m.id_number, 7, 4) || '-' || substr(m.id_number, 11, 2) || '-' || substr(m.id_number, 13, 2) END) AS b
                      FROM members m)
                SELECT %s, (SELECT count(*) FROM members m WHERE m.household_id = h.id)
                  FROM households h
                 WHERE %s AND (h.main_cause = 'SCHOOLING' OR ',' || coalesce(h.secondary_causes, '') || ',' LIKE '%%,SCHOOLING,%%')
                   AND NOT EXISTS (SELECT 1 FROM born WHERE born.household_id = h.id AND (born.b IS NULL OR
                       (CAST(substr(?1, 1, 4) AS INTEGER) - CAST(substr(born.b, 1, 4) AS INTEGER)
                        - CASE WHEN substr(?1, 6, 5) < substr(born.b, 6, 5) THEN 1 ELSE 0 END) BETWEEN ?2 AND ?3))
                 ORDER BY h.id""".formatted(HOUSEHOLD, ON_FILE_NOW);
        return query(sql, List.of(on.toString(), fromAge, toAge), rs -> new Counted(household(rs, 1), rs.getInt(5)));
    }

    private static Household household(ResultSet rs, int first) throws SQLException {
        return new Household(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3));
    }

    /** A stored date; a filing month alone (2024-06) is read as its first day, as the checks compare it. */
    private static LocalDate date(String iso) {
        return StoredLifecycle.date(iso);
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * The rows of one query, read as they are iterated so that a million findings never sit in memory at once;
     * several may be open together on the one connection. Close it.
     */
    private final class ResultRows<T> implements Rows<T> {
        private final PreparedStatement statement;
        private final ResultSet rs;
        private final RowMapper<T> mapper;
        private Boolean ready;
        private boolean closed;

        private ResultRows(PreparedStatement statement, ResultSet rs, RowMapper<T> mapper) {
            this.statement = statement;
            this.rs = rs;
            this.mapper = mapper;
        }

        @Override
        public boolean hasNext() {
            if (ready == null) {
                try {
                    ready = rs.next();
                } catch (SQLException e) {
                    throw db.failure(e);
                }
            }
            return ready;
        }

        @Override
        public T next() {
            if (!hasNext()) throw new NoSuchElementException();
            ready = null;
            try {
                return mapper.map(rs);
            } catch (SQLException e) {
                throw db.failure(e);
            }
        }

        @Override
        public void close() {
            if (closed) return;
            closed = true;
            try (statement; rs) {
                // both closed by the try
            } catch (SQLException e) {
                throw db.failure(e);
            } finally {
                ended();
            }
        }
    }

    /** A parameter written by its number ({@code ?2}), as the queries above name one they use twice. */
    private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

    /**
     * Runs a query whose parameters are either all plain {@code ?} or all numbered ({@code ?1} … ): numbered ones are
     * SQLite's own spelling, so they are handed to the driver as plain ones, each value repeated where it is used.
     */
    private <T> Rows<T> query(String sql, List<?> params, RowMapper<T> mapper) {
        List<Object> values = new ArrayList<>();
        Matcher m = NUMBERED.matcher(sql);
        while (m.find()) values.add(params.get(Integer.parseInt(m.group(1)) - 1));
        if (values.isEmpty()) values.addAll(params);
        else sql = m.replaceAll("?");
        Connection c = db.connection();
        PreparedStatement ps = null;
        try {
            // a million findings are handed over as they are read, not held whole by a server's driver first
            if (open++ == 0) reading = db.streaming();
            ps = c.prepareStatement(sql);
            ps.setFetchSize(Engine.FETCH);
            for (int i = 0; i < values.size(); i++) ps.setObject(i + 1, values.get(i));
            return new ResultRows<>(ps, ps.executeQuery(), mapper);
        } catch (SQLException | RuntimeException e) {
            if (ps != null) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // the first failure is the one to report
                }
            }
            ended();
            throw e instanceof SQLException failed ? db.failure(failed) : (RuntimeException) e;
        }
    }

    /** One query fewer open; the read ends with the last. */
    private void ended() {
        if (--open == 0 && reading != null) {
            reading.close();
            reading = null;
        }
    }
}
