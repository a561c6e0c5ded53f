package bangfu.report;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The yearly report's figures computed the plain way, for the tests: every raw row of households,
 * payments and visits read with a bare SELECT (no view, no generated column, no aggregate), then counted in
 * loops straight from the definitions in docs/report.md. Shares no code with bangfu's own queries.
 */
final class Expected {
    record Household(long id, String head, String union, String tier, String status, LocalDate filed, LocalDate exited,
                     LocalDate closed, String reason, boolean migrant, boolean model, long people, String mainCause,
                     String secondary, String region) {
    }

    record Payment(Household h, String kind, String source, long fen, LocalDate paid, String method, Integer recipients) {
    }

    final Map<Long, Household> households = new HashMap<>();
    final List<Payment> payments = new ArrayList<>();
    final Map<Long, List<LocalDate>> visits = new HashMap<>();

    Expected(Path db) throws SQLException {
        this(DriverManager.getConnection("jdbc:sqlite:" + db));
    }

    /** Reads the raw rows through {@code c}, on either engine (plain SQL), and closes it. */
    Expected(Connection connection) throws SQLException {
        try (Connection c = connection; Statement s = c.createStatement()) {
            Map<Long, Long> members = new HashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT household_id FROM members")) {
                while (rs.next()) members.merge(rs.getLong(1), 1L, Long::sum);
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT id, head_id, union_name, tier, status, filed_on, exited_on, closed_on, close_reason,
                           is_migrant_worker, is_model_worker, household_size, main_cause, secondary_causes,
                           province, city, county FROM households""")) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    Object size = rs.getObject(12);
                    long people = size == null ? 1 + members.getOrDefault(id, 0L) : ((Number) size).longValue();
                    String region = nz(rs.getString(15)) + "/" + nz(rs.getString(16)) + "/" + nz(rs.getString(17));
                    households.put(id, new Household(id, rs.getString(2), rs.getString(3), nz(rs.getString(4)), rs.getString(5),
                            date(rs.getString(6)), date(rs.getString(7)), date(rs.getString(8)), nz(rs.getString(9)),
                            rs.getInt(10) == 1, rs.getInt(11) == 1, people, nz(rs.getString(13)), nz(rs.getString(14)), region));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT household_id, kind, fund_source, amount_fen, paid_on, method, recipients FROM assistance")) {
                while (rs.next()) {
                    Object r = rs.getObject(7);
                    payments.add(new Payment(households.get(rs.getLong(1)), rs.getString(2), nz(rs.getString(3)), rs.getLong(4),
                            date(rs.getString(5)), rs.getString(6), r == null ? null : ((Number) r).intValue()));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT household_id, visited_on FROM visits")) {
                while (rs.next()) visits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(date(rs.getString(2)));
            }
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }

    // ---- the definitions ----

    /** How the period left the file: EXITED, CLOSED, or null while on file. */
    static String leftAs(Household h) {
        if (h.status().equals("EXITED")) return "EXITED";
        if (!h.status().equals("CLOSED")) return null;
        boolean exitedFirst = h.exited() != null && (h.closed() == null || !h.exited().isAfter(h.closed()));
        return exitedFirst ? "EXITED" : "CLOSED";
    }

    /** The day it left; the filing day when the leaving date is missing or earlier; null if both unknown. */
    static LocalDate leftOn(Household h) {
        String how = leftAs(h);
        if (how == null) return null;
        LocalDate d = how.equals("EXITED") ? (h.exited() != null ? h.exited() : h.closed()) : h.closed();
        if (d == null) return h.filed();
        if (h.filed() != null && d.isBefore(h.filed())) return h.filed();
        return d;
    }

    static boolean onFileAtStart(Household h, LocalDate start) {
        boolean filedBefore = h.filed() == null || h.filed().isBefore(start);
        if (leftAs(h) == null) return filedBefore;
        LocalDate left = leftOn(h);
        return filedBefore && left != null && !left.isBefore(start);
    }

    static boolean onFileAtEnd(Household h, LocalDate end) {
        boolean filed = h.filed() == null || !h.filed().isAfter(end);
        if (leftAs(h) == null) return filed;
        LocalDate left = leftOn(h);
        return filed && left != null && left.isAfter(end);
    }

    static boolean within(LocalDate d, LocalDate start, LocalDate end) {
        return d != null && !d.isBefore(start) && !d.isAfter(end);
    }

    /** opening, new, exited, closed, closing, people. */
    long[] files(Predicate<Household> which, LocalDate start, LocalDate end) {
        long[] f = new long[6];
        for (Household h : households.values()) {
            if (!which.test(h)) continue;
            if (onFileAtStart(h, start)) f[0]++;
            if (within(h.filed(), start, end)) f[1]++;
            String how = leftAs(h);
            if (how != null && within(leftOn(h), start, end)) f[how.equals("EXITED") ? 2 : 3]++;
            if (onFileAtEnd(h, end)) {
                f[4]++;
                f[5] += h.people();
            }
        }
        return f;
    }

    Map<String, Long> closures(Predicate<Household> which, LocalDate start, LocalDate end) {
        Map<String, Long> out = new HashMap<>();
        for (Household h : households.values()) {
            if (which.test(h) && "CLOSED".equals(leftAs(h)) && within(leftOn(h), start, end)) out.merge(h.reason(), 1L, Long::sum);
        }
        return out;
    }

    /**
     * households (distinct heads), events (人次: 受助人数, else 1), fen, card fen, payments (户次: one each) of the
     * payments in the period matching.
     */
    long[] aid(Predicate<Payment> which, LocalDate start, LocalDate end) {
        Set<String> heads = new HashSet<>();
        long events = 0, fen = 0, card = 0, count = 0;
        for (Payment p : payments) {
            if (!within(p.paid(), start, end) || !which.test(p)) continue;
            heads.add(p.h().head());
            events += p.recipients() == null ? 1 : p.recipients();
            fen += p.fen();
            if ("BANK_CARD".equals(p.method())) card += p.fen();
            count++;
        }
        return new long[] {heads.size(), events, fen, card, count};
    }

    /** on file at end, visited, visits, below minimum. */
    long[] visits(Predicate<Household> which, LocalDate start, LocalDate end, int minimum) {
        long[] v = new long[4];
        for (Household h : households.values()) {
            if (!which.test(h) || !onFileAtEnd(h, end)) continue;
            long n = visits.getOrDefault(h.id(), List.of()).stream().filter(d -> within(d, start, end)).count();
            v[0]++;
            if (n > 0) v[1]++;
            v[2] += n;
            if (n < minimum) v[3]++;
        }
        return v;
    }

    Map<String, Long> mainCauses(Predicate<Household> which, LocalDate end) {
        return count(which, end, h -> List.of(h.mainCause()));
    }

    Map<String, Long> secondaryCauses(Predicate<Household> which, LocalDate end) {
        return count(which, end, h -> h.secondary().isEmpty() ? List.of() : List.of(h.secondary().split(",")));
    }

    private Map<String, Long> count(Predicate<Household> which, LocalDate end, Function<Household, List<String>> keys) {
        Map<String, Long> out = new HashMap<>();
        for (Household h : households.values()) {
            if (!which.test(h) || !onFileAtEnd(h, end)) continue;
            for (String k : keys.apply(h)) out.merge(k, 1L, Long::sum);
        }
        return out;
    }
}
