package bangfu.store.sqlite;

import bangfu.store.YearlyFigures.AidGroup;
import bangfu.store.YearlyFigures.Among;
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
 * Payments of the period summed at every level the report shows, with 户数 counted as distinct heads of
 * household. SQLite streams the payments from a covering index in slices of the period (one per core);
 * households are counted here by sorting (head, group, kind, source) keys once, instead of one
 * {@code count(DISTINCT …)} query per level with a join to the households for each payment.
 */
final class AidTally {
    /** One slice's payments, as read. */
    static final class Slice {
        long[] household = new long[1 << 16];
        byte[] kind = new byte[1 << 16];
        byte[] source = new byte[1 << 16];
        long[] events = new long[1 << 16];
        long[] fen = new long[1 << 16];
        long[] cardFen = new long[1 << 16];
        int size;

        void add(long h, int k, int s, long e, long f, long card) {
            if (size == household.length) {
                int n = size * 2;
                household = Arrays.copyOf(household, n);
                kind = Arrays.copyOf(kind, n);
                source = Arrays.copyOf(source, n);
                events = Arrays.copyOf(events, n);
                fen = Arrays.copyOf(fen, n);
                cardFen = Arrays.copyOf(cardFen, n);
            }
            household[size] = h;
            kind[size] = (byte) k;
            source[size] = (byte) s;
            events[size] = e;
            fen[size] = f;
            cardFen[size] = card;
            size++;
        }
    }

    /**
     * Which group each household is counted under (-1: filtered out), its head's first period, and which file
     * periods are of 农民工 ({@code migrant}) and of 劳模 ({@code model}), by id.
     */
    record Households(int[] groupOf, List<String> groups, Map<Long, Long> firstPeriod, boolean all, BitSet migrant,
                      BitSet model) {
        int group(long household) {
            return household < groupOf.length ? groupOf[(int) household] : -1;
        }

        /** Later periods of a head filed more than once, sorted, so most payments are looked up without boxing. */
        long[] refiled() {
            return firstPeriod.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private AidTally() {
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

    static Slice read(Connection c, LocalDate from, LocalDate to, List<String> kinds, List<String> sources) throws SQLException {
        // One range of assistance_report per kind and fund source: SQLite hands over three integers per payment
        // and the kind and source are known from the range, instead of being turned into numbers per payment
        // (which took as long as the reading itself).
        Slice slice = new Slice();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT household_id, amount_fen * 2 + (method IS 'BANK_CARD'), coalesce(recipients, 1)
                FROM assistance INDEXED BY assistance_report
                WHERE kind IS ? AND fund_source IS ? AND paid_on >= ? AND paid_on <= ?""")) {
            for (String kind : distinct(c, "kind", null)) {
                int k = kind == null ? -1 : kinds.contains(kind) ? kinds.indexOf(kind) : kinds.size();
                for (String source : distinct(c, "fund_source", kind)) {
                    int src = source == null ? -1 : sources.contains(source) ? sources.indexOf(source) : sources.size();
                    ps.setString(1, kind);
                    ps.setString(2, source);
                    ps.setString(3, from.toString());
                    ps.setString(4, to.toString());
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

    /**
     * The distinct kinds (or, with a kind, that kind's fund sources) of all payments, NULL first, found by
     * stepping through assistance_report with one seek per value rather than scanning it.
     */
    private static List<String> distinct(Connection c, String column, String kind) throws SQLException {
        String within = column.equals("kind") ? "" : "kind IS ? AND ";
        List<String> out = new ArrayList<>();
        try (PreparedStatement nulls = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM assistance INDEXED BY assistance_report WHERE "
                + within + column + " IS NULL)");
             PreparedStatement next = c.prepareStatement("SELECT min(" + column + ") FROM assistance INDEXED BY assistance_report WHERE "
                     + within + column + " > ?")) {
            if (!within.isEmpty()) nulls.setString(1, kind);
            try (ResultSet rs = nulls.executeQuery()) {
                if (rs.next() && rs.getInt(1) == 1) out.add(null);
            }
            String last = "";
            // the steps start after '', the smallest text, so a kind or source stored as '' is looked for apart
            try (PreparedStatement empty = c.prepareStatement("SELECT EXISTS (SELECT 1 FROM assistance INDEXED BY assistance_report WHERE "
                    + within + column + " = '')")) {
                if (!within.isEmpty()) empty.setString(1, kind);
                try (ResultSet rs = empty.executeQuery()) {
                    if (rs.next() && rs.getInt(1) == 1) out.add("");
                }
            }
            while (true) {
                int i = 1;
                if (!within.isEmpty()) next.setString(i++, kind);
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
    static Households households(Connection c, Scope s, boolean needGroups, String groupSql, String filterSql,
                                 FilterBinder binder) throws SQLException {
        BitSet migrant = new BitSet();
        BitSet model = new BitSet();
        // SQLite scans the covering index households_report, not the table; id and flags come packed in one
        // integer, one call through JNI per flagged file.
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id * 4 + (is_migrant_worker IS 1) + 2 * (is_model_worker IS 1) FROM households
                WHERE is_migrant_worker IS 1 OR is_model_worker IS 1""");
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
        if (!needGroups) return new Households(new int[0], List.of(""), first, true, migrant, model);
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
                    "SELECT h.id FROM households h INDEXED BY households_report WHERE h.union_name = ?" + filterSql)) {
                for (int g = 0; g < groups.size(); g++) {
                    ps.setString(1, groups.get(g));
                    binder.bind(ps, 2);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) groupOf[rs.getInt(1)] = g;
                    }
                }
            }
            return new Households(groupOf, groups, first, false, migrant, model);
        }
        Map<String, Integer> index = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT h.id, " + groupSql + " FROM households h WHERE 1 = 1" + filterSql)) {
            binder.bind(ps, 1);
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
        return new Households(groupOf, groups, first, false, migrant, model);
    }

    interface FilterBinder {
        int bind(PreparedStatement ps, int from) throws SQLException;
    }

    /**
     * Sums and distinct heads at the levels kind × source, kind, source and all; and, when grouped, group × kind,
     * group × source and group. A null in the result means "all" for that dimension.
     */
    static List<AidGroup> tally(List<Slice> slices, Households hh, boolean grouped, List<String> kinds, List<String> sources) {
        int nk = kinds.size() + 1, ns = sources.size() + 2; // + unknown code; sources: + not filled (-1) + unknown
        int ng = hh.groups().size();
        // The distinct-head keys below pack group, kind and source into 14, 5 and 5 bits: refuse rather than
        // let a larger breakdown run into the neighbouring bits and miscount 户数.
        if (ng >= 1 << 14 || nk >= 1 << 5 || ns >= 1 << 5) {
            throw new IllegalStateException("the yearly report breaks down into at most 16,383 groups (here " + ng
                    + "); narrow it with --union or --region");
        }
        // level index: group g (ng = all), kind k (nk = all), source s (ns = all)
        int gk = nk + 1, gs = ns + 1;
        int cells = (ng + 1) * gk * gs;
        long[] households = new long[cells], payments = new long[cells], events = new long[cells], fen = new long[cells],
                card = new long[cells];
        OfWhich migrant = new OfWhich(Among.MIGRANT_WORKERS), model = new OfWhich(Among.MODEL_WORKERS);
        int total = 0;
        for (Slice sl : slices) total += sl.size;
        long[] keys = new long[total];
        long[] refiled = hh.refiled();
        int n = 0;
        for (Slice sl : slices) {
            for (int i = 0; i < sl.size; i++) {
                long h = sl.household[i];
                int g = 0;
                if (!hh.all()) {
                    g = hh.group(h);
                    if (g < 0) continue; // filtered out
                }
                int k = sl.kind[i];
                int s = sl.source[i] + 1; // -1 (not filled) → 0
                long head = Arrays.binarySearch(refiled, h) >= 0 ? hh.firstPeriod().get(h) : h;
                for (int level : levels(grouped)) {
                    int cell = cell(level, g, k, s, ng, nk, ns, gk, gs);
                    payments[cell]++;
                    events[cell] += sl.events[i];
                    fen[cell] += sl.fen[i];
                    card[cell] += sl.cardFen[i];
                }
                if (hh.migrant().get((int) h)) migrant.add(head, sl, i);
                if (hh.model().get((int) h)) model.add(head, sl, i);
                keys[n++] = (head << 24) | ((long) g << 10) | ((long) k << 5) | s;
            }
        }
        Arrays.sort(keys, 0, n);
        int[] seen = new int[64];
        for (int i = 0; i < n; ) {
            long head = keys[i] >>> 24;
            int j = i;
            int m = 0;
            while (j < n && (keys[j] >>> 24) == head) {
                int g = (int) ((keys[j] >>> 10) & 0x3FFF), k = (int) ((keys[j] >>> 5) & 0x1F), s = (int) (keys[j] & 0x1F);
                for (int level : levels(grouped)) {
                    if (m == seen.length) seen = Arrays.copyOf(seen, m * 2);
                    seen[m++] = cell(level, g, k, s, ng, nk, ns, gk, gs);
                }
                j++;
            }
            Arrays.sort(seen, 0, m);
            for (int x = 0; x < m; x++) if (x == 0 || seen[x] != seen[x - 1]) households[seen[x]]++;
            i = j;
        }
        List<AidGroup> out = new ArrayList<>();
        for (int g = 0; g <= ng; g++) {
            for (int k = 0; k <= nk; k++) {
                for (int s = 0; s <= ns; s++) {
                    int cell = (g * gk + k) * gs + s;
                    if (households[cell] == 0) continue;
                    String group = g == ng ? null : hh.groups().get(g);
                    String kind = k == nk ? null : k < kinds.size() ? kinds.get(k) : "UNKNOWN";
                    String source = s == ns ? null : s == 0 ? "" : s - 1 < sources.size() ? sources.get(s - 1) : "UNKNOWN";
                    out.add(new AidGroup(group, kind, source, Among.ALL, households[cell], payments[cell], events[cell],
                            fen[cell], card[cell]));
                }
            }
        }
        for (OfWhich w : List.of(migrant, model)) if (w.payments > 0) out.add(w.total());
        return out;
    }

    /** The payments to the files of 农民工 or of 劳模, over the whole scope (the 其中 rows under the totals). */
    private static final class OfWhich {
        private final Among among;
        private long[] heads = new long[16];
        private long payments, events, fen, card;

        OfWhich(Among among) {
            this.among = among;
        }

        void add(long head, Slice sl, int i) {
            if (payments == heads.length) heads = Arrays.copyOf(heads, heads.length * 2);
            heads[(int) payments++] = head;
            events += sl.events[i];
            fen += sl.fen[i];
            card += sl.cardFen[i];
        }

        AidGroup total() {
            long[] sorted = Arrays.copyOf(heads, (int) payments);
            Arrays.sort(sorted);
            long distinct = 0;
            for (int x = 0; x < sorted.length; x++) if (x == 0 || sorted[x] != sorted[x - 1]) distinct++;
            return new AidGroup(null, null, null, among, distinct, payments, events, fen, card);
        }
    }

    private static final int[] PLAIN = {0, 1, 2, 3};
    private static final int[] GROUPED = {0, 1, 2, 3, 4, 5, 6};

    private static int[] levels(boolean grouped) {
        return grouped ? GROUPED : PLAIN;
    }

    /** The cell of a payment at a level: 0 kind×source, 1 kind, 2 source, 3 all, 4 group×kind, 5 group×source, 6 group. */
    private static int cell(int level, int g, int k, int s, int ng, int nk, int ns, int gk, int gs) {
        int lg = level >= 4 ? g : ng;
        int lk = level == 0 || level == 1 || level == 4 ? k : nk;
        int ls = level == 0 || level == 2 || level == 5 ? s : ns;
        return (lg * gk + lk) * gs + ls;
    }

    static boolean needsHouseholds(Scope s) {
        return s.by() != Breakdown.NONE || s.tier() != null || s.union() != null || s.region() != null;
    }
}
