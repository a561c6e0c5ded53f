package bangfu.report;

import bangfu.store.PaidHouseholds;
import bangfu.store.PaymentRows;
import bangfu.store.YearlyFigures.AidGroup;
import bangfu.store.YearlyFigures.Among;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Payments of the period summed at every level the report shows, with 户数 counted as distinct heads of
 * household, instead of one {@code count(DISTINCT …)} query per level with a join to the households for each
 * payment. A head filed once is counted where its bit is first set in the set of heads of each level; as such a
 * head has one group, its group's level is counted with it. Heads filed more than once (their periods may be under
 * different groups) are counted by sorting one (head, group, kind, source) key per payment. Any number of groups:
 * a group's cells are only its kinds, its sources and its total, and the key packs group, kind and source into as
 * many bits as each needs.
 */
final class AidTally {
    /** Household ids below this are counted in bit sets (8 MB each at most); beyond, by sorting. */
    private static final long PLAIN_IDS = 1L << 26;

    private AidTally() {
    }

    /**
     * Sums and distinct heads at the levels kind × source, kind, source and all; and, when grouped, group × kind,
     * group × source and group. A null in the result means "all" for that dimension.
     */
    static List<AidGroup> tally(List<PaymentRows> slices, PaidHouseholds hh, boolean grouped, List<String> kinds,
                                List<String> sources) {
        Cells cells = new Cells(hh.groups().size(), kinds.size() + 1, sources.size() + 2);
        int ng = cells.ng, nk = cells.nk, ns = cells.ns;
        int n = cells.size();
        long[] households = new long[n], payments = new long[n], events = new long[n], fen = new long[n], card = new long[n];
        OfWhich migrant = new OfWhich(Among.MIGRANT_WORKERS), model = new OfWhich(Among.MODEL_WORKERS);
        // group, kind and source packed below the head in as many bits as each needs
        int sb = bitsFor(ns), kb = bitsFor(nk), bits = bitsFor(ng) + kb + sb;
        int sMask = (1 << sb) - 1, kMask = (1 << kb) - 1;
        long[] keys = new long[1024];
        long[] refiled = hh.refiled();
        BitSet refiledIds = new BitSet();
        for (long r : refiled) if (r < PLAIN_IDS) refiledIds.set((int) r);
        // the heads seen at the levels without a group, by cell: set where a head filed once is first paid
        BitSet[] headsAt = new BitSet[cells.size()];
        int[] at = new int[7];
        int levels = grouped ? 7 : 4;
        int m = 0;
        for (PaymentRows sl : slices) {
            for (int i = 0; i < sl.size(); i++) {
                long h = sl.household(i);
                int g = 0;
                if (!hh.all()) {
                    g = hh.group(h);
                    if (g < 0) continue; // filtered out
                }
                int k = sl.kind(i);
                int s = sl.source(i) + 1; // -1 (not filled) → 0
                cells.of(g, k, s, at);
                for (int l = 0; l < levels; l++) {
                    int cell = at[l];
                    payments[cell]++;
                    events[cell] += sl.events(i);
                    fen[cell] += sl.fen(i);
                    card[cell] += sl.cardFen(i);
                }
                boolean once = h < PLAIN_IDS && !refiledIds.get((int) h);
                long head = once ? h : Arrays.binarySearch(refiled, h) >= 0 ? hh.firstPeriod().get(h) : h;
                if (hh.migrant().get((int) h)) migrant.add(head, sl, i);
                if (hh.model().get((int) h)) model.add(head, sl, i);
                if (once) {
                    int id = (int) h;
                    for (int l = 0; l < 4; l++) {
                        BitSet heads = headsAt[at[l]];
                        if (heads == null) heads = headsAt[at[l]] = new BitSet();
                        if (heads.get(id)) continue;
                        heads.set(id);
                        households[at[l]]++;
                        // kind, source and all: the same head's first payment in its group's kind, source and total
                        if (grouped && l > 0) households[at[l + 3]]++;
                    }
                    continue;
                }
                if (head >>> (63 - bits) != 0) {
                    throw new IllegalStateException("household id " + head + " too large for a breakdown into " + ng + " groups");
                }
                if (m == keys.length) keys = Arrays.copyOf(keys, m * 2);
                keys[m++] = (head << bits) | ((long) g << (kb + sb)) | ((long) k << sb) | s;
            }
        }
        Arrays.sort(keys, 0, m);
        int[] seen = new int[64];
        for (int i = 0; i < m; ) {
            long head = keys[i] >>> bits;
            int j = i;
            int x = 0;
            while (j < m && (keys[j] >>> bits) == head) {
                long key = keys[j];
                cells.of((int) ((key >>> (kb + sb)) & ((1L << (bits - kb - sb)) - 1)), (int) (key >>> sb) & kMask,
                        (int) key & sMask, at);
                for (int l = 0; l < levels; l++) {
                    if (x == seen.length) seen = Arrays.copyOf(seen, x * 2);
                    seen[x++] = at[l];
                }
                j++;
            }
            Arrays.sort(seen, 0, x);
            for (int y = 0; y < x; y++) if (y == 0 || seen[y] != seen[y - 1]) households[seen[y]]++;
            i = j;
        }
        List<AidGroup> out = new ArrayList<>();
        for (int g = 0; g <= ng; g++) {
            for (int k = 0; k <= nk; k++) {
                for (int s = 0; s <= ns; s++) {
                    int cell = cells.at(g, k, s);
                    if (cell < 0 || households[cell] == 0) continue;
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

    /** Bits that hold the numbers 0 … n - 1. */
    private static int bitsFor(int n) {
        return 32 - Integer.numberOfLeadingZeros(Math.max(1, n - 1));
    }

    /**
     * Where each level's figures are kept. All groups together: kind × source, with "all" (index nk or ns) for
     * either. Each group: its kinds, its sources and its total only — the report shows no group × kind × source,
     * so a province's hundred thousand unions take a few dozen cells each, not a grid.
     */
    private static final class Cells {
        final int ng, nk, ns;
        private final int gs, overall, perGroup;

        /** @param ng groups, nk kinds, ns sources: each count without the "all" */
        Cells(int ng, int nk, int ns) {
            this.ng = ng;
            this.nk = nk;
            this.ns = ns;
            gs = ns + 1;
            overall = (nk + 1) * gs;
            perGroup = nk + ns + 1;
            if ((long) overall + (long) ng * perGroup > Integer.MAX_VALUE) {
                throw new IllegalStateException("too many groups for one report: " + ng);
            }
        }

        int size() {
            return overall + ng * perGroup;
        }

        /** The cell of group g (ng: all), kind k (nk: all), source s (ns: all), or -1 for a level the report lacks. */
        int at(int g, int k, int s) {
            if (g == ng) return k * gs + s;
            int base = overall + g * perGroup;
            if (k == nk && s == ns) return base + nk + ns;
            if (s == ns) return base + k;
            return k == nk ? base + nk + s : -1;
        }

        /** A payment's cells: 0 kind×source, 1 kind, 2 source, 3 all, 4 group×kind, 5 group×source, 6 group. */
        void of(int g, int k, int s, int[] at) {
            at[0] = k * gs + s;
            at[1] = k * gs + ns;
            at[2] = nk * gs + s;
            at[3] = nk * gs + ns;
            int base = overall + g * perGroup;
            at[4] = base + k;
            at[5] = base + nk + s;
            at[6] = base + nk + ns;
        }
    }

    /** The payments to the files of 农民工 or of 劳模, over the whole scope (the 其中 rows under the totals). */
    private static final class OfWhich {
        private final Among among;
        private long[] heads = new long[16];
        private long payments, events, fen, card;

        OfWhich(Among among) {
            this.among = among;
        }

        void add(long head, PaymentRows sl, int i) {
            if (payments == heads.length) heads = Arrays.copyOf(heads, heads.length * 2);
            heads[(int) payments++] = head;
            events += sl.events(i);
            fen += sl.fen(i);
            card += sl.cardFen(i);
        }

        AidGroup total() {
            long[] sorted = Arrays.copyOf(heads, (int) payments);
            Arrays.sort(sorted);
            long distinct = 0;
            for (int x = 0; x < sorted.length; x++) if (x == 0 || sorted[x] != sorted[x - 1]) distinct++;
            return new AidGroup(null, null, null, among, distinct, payments, events, fen, card);
        }
    }
}
