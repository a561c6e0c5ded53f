package bangfu.store.jdbc;

import bangfu.store.PaidHouseholds;
import bangfu.store.PaymentRows;
import bangfu.store.YearlyFigures.Breakdown;
import bangfu.store.YearlyFigures.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payments of the period and the households they were paid to, read for the yearly report to sum and count.
 * The payments come from the covering index assistance_report in slices of the period (read side by side where the
 * engine allows), one range per kind and fund source, three integers per payment.
 */
final class PaymentReads {
    private PaymentReads() {
    }

    /** The period cut into slices that can be read in parallel: half-years. */
    static List<LocalDate[]> slices(Scope s) {
        List<LocalDate[]> out = new ArrayList<>();
        for (int y = s.fromYear(); y <= s.toYear(); y++) {
            out.add(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30)});
            out.add(new LocalDate[] {LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31)});
        }
        return out;
    }

    static PaymentRows read(Engine engine, Connection c, LocalDate from, LocalDate to, List<String> kinds, List<String> sources)
            throws SQLException {
        // One range of assistance_report per kind and fund source: the engine hands over three integers per payment
        // and the kind and source are known from the range, instead of being turned into numbers per payment
        // (which took as long as the reading itself on SQLite).
        PaymentRows slice = new PaymentRows();
        for (String kind : distinct(engine, c, "kind", null)) {
            int k = kind == null ? -1 : kinds.contains(kind) ? kinds.indexOf(kind) : kinds.size();
            for (String source : distinct(engine, c, "fund_source", kind)) {
                int src = source == null ? -1 : sources.contains(source) ? sources.indexOf(source) : sources.size();
                try (PreparedStatement ps = c.prepareStatement("""
                        SELECT household_id, amount_fen * 2 + CASE WHEN method = 'BANK_CARD' THEN 1 ELSE 0 END,
                               coalesce(recipients, 1)
                        FROM assistance""" + engine.indexedBy("assistance_report") + " WHERE " + equal("kind", kind)
                        + " AND " + equal("fund_source", source) + " AND paid_on >= ? AND paid_on <= ?")) {
                    int i = 1;
                    if (kind != null) ps.setString(i++, kind);
                    if (source != null) ps.setString(i++, source);
                    ps.setString(i++, from.toString());
                    ps.setString(i, to.toString());
                    // a cursor where the engine keeps one (PostgreSQL, in the report's transaction): not a year at once
                    ps.setFetchSize(10_000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long amount = rs.getLong(2);
                            long fen = amount >> 1;
                            slice.add(rs.getLong(1), k, src, rs.getLong(3), fen, (amount & 1) == 1 ? fen : 0);
                        }
                    }
                }
            }
        }
        return slice;
    }

    /** A column equal to a parameter, or NULL: written apart so that both engines seek the index on it. */
    private static String equal(String column, String value) {
        return column + (value == null ? " IS NULL" : " = ?");
    }

    /**
     * The distinct kinds (or, with a kind, that kind's fund sources) of all payments, NULL first, found by
     * stepping through assistance_report with one seek per value rather than scanning it.
     */
    private static List<String> distinct(Engine engine, Connection c, String column, String kind) throws SQLException {
        String from = "FROM assistance" + engine.indexedBy("assistance_report") + " WHERE "
                + (column.equals("kind") ? "" : equal("kind", kind) + " AND ");
        boolean bound = kind != null && !column.equals("kind");
        List<String> out = new ArrayList<>();
        try (PreparedStatement nulls = c.prepareStatement("SELECT EXISTS (SELECT 1 " + from + column + " IS NULL)");
             PreparedStatement next = c.prepareStatement("SELECT min(" + column + ") " + from + column + " > ?")) {
            if (bound) nulls.setString(1, kind);
            try (ResultSet rs = nulls.executeQuery()) {
                if (rs.next() && rs.getBoolean(1)) out.add(null);
            }
            String last = "";
            // the steps start after '', the smallest text, so a kind or source stored as '' is looked for apart
            try (PreparedStatement empty = c.prepareStatement("SELECT EXISTS (SELECT 1 " + from + column + " = '')")) {
                if (bound) empty.setString(1, kind);
                try (ResultSet rs = empty.executeQuery()) {
                    if (rs.next() && rs.getBoolean(1)) out.add("");
                }
            }
            while (true) {
                int i = 1;
                if (bound) next.setString(i++, kind);
                next.setString(i, last);
                try (ResultSet rs = next.executeQuery()) {
                    String v = rs.next() ? rs.getString(1) : null;
                    if (v == null) break;
                    out.add(v);
                    last = v;
                }
            }
        }
        return out;
    }

    /**
     * Households needed for heads filed more than once, for the 农民工 and 劳模 flags, and for the group or filter
     * of each payment.
     */
    static PaidHouseholds households(Engine engine, Connection c, Scope s) throws SQLException {
        boolean needGroups = needsHouseholds(s);
        String filterSql = YearlyReads.filters(s);
        BitSet migrant = new BitSet();
        BitSet model = new BitSet();
        // SQLite scans the covering index households_report, not the table; id and flags come packed in one
        // integer, one call through JNI per flagged file.
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id * 4 + CASE WHEN is_migrant_worker = 1 THEN 1 ELSE 0 END + CASE WHEN is_model_worker = 1 THEN 2 ELSE 0 END
                FROM households WHERE is_migrant_worker = 1 OR is_model_worker = 1""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long packed = rs.getLong(1);
                int id = (int) (packed >> 2);
                if ((packed & 1) != 0) migrant.set(id);
                if ((packed & 2) != 0) model.set(id);
            }
        }
        Map<Long, Long> first = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, head_id FROM households WHERE head_id IN (SELECT head_id FROM households WHERE period > 1)
                ORDER BY head_id, period""");
             ResultSet rs = ps.executeQuery()) {
            String head = null;
            long firstId = 0;
            while (rs.next()) {
                if (!rs.getString(2).equals(head)) {
                    head = rs.getString(2);
                    firstId = rs.getLong(1);
                }
                first.put(rs.getLong(1), firstId);
            }
        }
        if (!needGroups) return new PaidHouseholds(new int[0], List.of(""), first, true, migrant, model);
        int maxId;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM households"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            maxId = rs.getInt(1);
        }
        int[] groupOf = new int[maxId + 1];
        Arrays.fill(groupOf, -1);
        List<String> groups = new ArrayList<>();
        if (s.by() == Breakdown.UNION) {
            // Union names lead the households_report index: one range of ids per union, no text per household.
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT union_name FROM households ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) groups.add(rs.getString(1));
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT h.id FROM households h" + engine.indexedBy("households_report") + " WHERE h.union_name = ?" + filterSql)) {
                for (int g = 0; g < groups.size(); g++) {
                    ps.setString(1, groups.get(g));
                    YearlyReads.bindFilters(ps, 2, s);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) groupOf[rs.getInt(1)] = g;
                    }
                }
            }
            return new PaidHouseholds(groupOf, groups, first, false, migrant, model);
        }
        Map<String, Integer> index = new HashMap<>();
        // in row order on both engines, so that the groups are numbered as they are first met, the same way
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id, " + YearlyReads.group(s.by()) + " FROM households h WHERE 1 = 1"
                + filterSql + " ORDER BY h.id")) {
            YearlyReads.bindFilters(ps, 1, s);
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String g = rs.getString(2);
                    if (g == null) g = "";
                    Integer i = index.get(g);
                    if (i == null) {
                        i = groups.size();
                        index.put(g, i);
                        groups.add(g);
                    }
                    groupOf[rs.getInt(1)] = i;
                }
            }
        }
        return new PaidHouseholds(groupOf, groups, first, false, migrant, model);
    }

    static boolean needsHouseholds(Scope s) {
        return s.by() != Breakdown.NONE || s.tier() != null || s.union() != null || s.region() != null;
    }
}
