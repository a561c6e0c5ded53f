package bangfu.store.postgres;

import bangfu.store.PaidHouseholds;
import bangfu.store.PaymentRows;
import bangfu.store.YearlyFigures.Breakdown;
import bangfu.store.YearlyFigures.Scope;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The payments of the period and the households they were paid to, read from PostgreSQL for the yearly report to
 * sum and count (report/AidTally): one scan of the period's payments through a cursor, and the households' groups,
 * flags and first periods.
 */
final class PostgresPaymentReads {
    private PostgresPaymentReads() {
    }

    /** The period's payments: kinds and sources as indexes into the report's lists, as {@link PaymentRows} says. */
    static PaymentRows payments(Connection c, Scope s, List<String> kinds, List<String> sources) throws SQLException {
        Map<String, Integer> kindAt = indexes(kinds);
        Map<String, Integer> sourceAt = indexes(sources);
        PaymentRows rows = new PaymentRows();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT household_id, kind, fund_source, coalesce(recipients, 1), amount_fen, method = 'BANK_CARD'
                  FROM assistance WHERE paid_on >= ? AND paid_on <= ?""")) {
            // read through a cursor, 10,000 payments at a time, not millions held by the driver at once
            ps.setFetchSize(10_000);
            ps.setString(1, s.start());
            ps.setString(2, s.end());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String source = rs.getString(3);
                    long fen = rs.getLong(5);
                    rows.add(rs.getLong(1), kindAt.getOrDefault(rs.getString(2), kinds.size()),
                            source == null ? -1 : sourceAt.getOrDefault(source, sources.size()), rs.getLong(4), fen,
                            rs.getBoolean(6) ? fen : 0);
                }
            }
        }
        return rows;
    }

    private static Map<String, Integer> indexes(List<String> codes) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < codes.size(); i++) at.putIfAbsent(codes.get(i), i);
        return at;
    }

    /** Each household's group (or -1, filtered out), the first period of heads filed more than once, the flags. */
    static PaidHouseholds households(Connection c, Scope s) throws SQLException {
        BitSet migrant = new BitSet();
        BitSet model = new BitSet();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, is_migrant_worker = 1, is_model_worker = 1 FROM households
                 WHERE is_migrant_worker = 1 OR is_model_worker = 1""");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (rs.getBoolean(2)) migrant.set(rs.getInt(1));
                if (rs.getBoolean(3)) model.set(rs.getInt(1));
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
        boolean needGroups = s.by() != Breakdown.NONE || s.tier() != null || s.union() != null || s.region() != null;
        if (!needGroups) return new PaidHouseholds(new int[0], List.of(""), first, true, migrant, model);
        int maxId;
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(id), 0) FROM households"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            maxId = rs.getInt(1);
        }
        int[] groupOf = new int[maxId + 1];
        Arrays.fill(groupOf, -1);
        List<String> groups = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        if (s.by() == Breakdown.UNION) {
            // every union on record, sorted, as SQLite's reading lists them
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT union_name FROM households ORDER BY 1");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    index.put(rs.getString(1), groups.size());
                    groups.add(rs.getString(1));
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id, " + PostgresYearlyReads.group(s.by())
                + " FROM households h WHERE true" + PostgresYearlyReads.filters(s) + " ORDER BY h.id")) {
            PostgresYearlyReads.bindFilters(ps, 1, s);
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
}
