package bangfu.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one file beyond those kept in full: how many of each code, and each one's cell, without its
 * message or value. A cell is one long in a primitive array, so a column filled down to row 1,048,576 (3.1
 * million findings) costs about 25 MB here, where full findings took 2.2 GB; the annotated copy can still fill
 * every cell.
 */
public final class UnlistedFindings {
    /** Nothing beyond what was kept in full. */
    public static final UnlistedFindings NONE = new Builder(0).build();

    private final int keptPerCode;
    private final List<Count> counts;
    private final Map<String, Cells> sheets;

    private UnlistedFindings(int keptPerCode, List<Count> counts, Map<String, Cells> sheets) {
        this.keptPerCode = keptPerCode;
        this.counts = List.copyOf(counts);
        this.sheets = Collections.unmodifiableMap(sheets);
    }

    /** How many findings of one code were counted but not kept in full. */
    public record Count(String code, Severity severity, long count) {
    }

    /** How many findings of each code were kept in full before the rest were only counted. */
    public int keptPerCode() {
        return keptPerCode;
    }

    /** Per code, in the order the codes first went beyond the limit. */
    public List<Count> counts() {
        return counts;
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    /** All findings not kept in full. */
    public long count() {
        return counts.stream().mapToLong(Count::count).sum();
    }

    public long count(Severity severity) {
        return counts.stream().filter(c -> c.severity() == severity).mapToLong(Count::count).sum();
    }

    /** Those of one sheet and severity. */
    public long count(String sheet, Severity severity) {
        Cells c = sheets.get(sheet);
        return c == null ? 0 : c.count(severity);
    }

    /** The cells, sheet by sheet in the order the sheets were read. */
    public Map<String, Cells> cells() {
        return sheets;
    }

    /**
     * One sheet's findings as cells, read in order of row, then column, errors before warnings within a cell.
     * Each is one long, {@code row << 32 | (column + 1) << 1 | warning}: the row as Excel shows it (0 for the
     * whole sheet), the column from 0 (-1 for the whole row). They are kept in blocks, each sorted on its own and
     * merged as they are read: one array grown by copying, or sorted into a second, would hold the cells twice.
     */
    public static final class Cells {
        private static final int BLOCK = 1 << 16;
        /** All of {@link #BLOCK} longs but the last; the first grows by doubling while it is the only one. */
        private final List<long[]> blocks = new ArrayList<>();
        /** How much of the last block is taken. */
        private int used;
        private int size;
        private long errors;

        public int size() {
            return size;
        }

        long count(Severity severity) {
            return severity == Severity.ERROR ? errors : size - errors;
        }

        /** The cells from the first, in order. */
        public Reader reader() {
            return new Reader(this);
        }

        private void add(int row, int column, Severity severity) {
            if (row < 0 || column < -1) throw new IllegalArgumentException("no such cell: row " + row + ", column " + column);
            long[] last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (last == null) {
                last = new long[16];
                blocks.add(last);
            } else if (used == last.length && last.length < BLOCK) {
                last = Arrays.copyOf(last, last.length * 2);
                blocks.set(0, last);
            } else if (used == last.length) {
                last = new long[BLOCK];
                blocks.add(last);
                used = 0;
            }
            last[used++] = (long) row << 32 | (long) (column + 1) << 1 | (severity == Severity.ERROR ? 0 : 1);
            size++;
            if (severity == Severity.ERROR) errors++;
        }

        private int length(int block) {
            return block == blocks.size() - 1 ? used : BLOCK;
        }

        private void seal() {
            for (int b = 0; b < blocks.size(); b++) Arrays.sort(blocks.get(b), 0, length(b));
        }
    }

    /** Reads one sheet's cells in order, merging its sorted blocks. */
    public static final class Reader {
        private final Cells cells;
        private final int[] next;
        /** The block holding the smallest cell not read yet, or -1 when all are read. */
        private int current = -1;

        private Reader(Cells cells) {
            this.cells = cells;
            this.next = new int[cells.blocks.size()];
            choose();
        }

        public boolean hasNext() {
            return current >= 0;
        }

        public int row() {
            return (int) (value() >>> 32);
        }

        public int column() {
            return (int) ((value() & 0xFFFF_FFFFL) >>> 1) - 1;
        }

        public Severity severity() {
            return (value() & 1) == 0 ? Severity.ERROR : Severity.WARNING;
        }

        public void advance() {
            value();
            next[current]++;
            choose();
        }

        private long value() {
            if (current < 0) throw new java.util.NoSuchElementException();
            return cells.blocks.get(current)[next[current]];
        }

        /** A few dozen blocks for millions of cells: a look at each is cheaper than a heap. */
        private void choose() {
            current = -1;
            long least = Long.MAX_VALUE;
            for (int b = 0; b < next.length; b++) {
                if (next[b] >= cells.length(b)) continue;
                long v = cells.blocks.get(b)[next[b]];
                if (current < 0 || v < least) {
                    least = v;
                    current = b;
                }
            }
        }
    }

    /** Collects the findings not kept in full, one at a time as they are found. */
    public static final class Builder {
        private final int keptPerCode;
        /** Code and severity: the policy could make one code an error in one place and a warning in another. */
        private final Map<Count, long[]> perCode = new LinkedHashMap<>();
        private final Map<String, Cells> sheets = new LinkedHashMap<>();
        private boolean built;

        public Builder(int keptPerCode) {
            this.keptPerCode = keptPerCode;
        }

        /** @param column from 0, or -1 for a finding about a whole row; {@code row} 0 for one about a whole sheet */
        public void add(String sheet, String code, Severity severity, int row, int column) {
            if (built) throw new IllegalStateException("already built");
            perCode.computeIfAbsent(new Count(code, severity, 0), k -> new long[1])[0]++;
            sheets.computeIfAbsent(sheet, k -> new Cells()).add(row, column, severity);
        }

        /** Sorts the cells in place and hands them over: the builder is spent. */
        public UnlistedFindings build() {
            built = true;
            List<Count> counts = new ArrayList<>();
            perCode.forEach((key, n) -> counts.add(new Count(key.code(), key.severity(), n[0])));
            for (Cells c : sheets.values()) c.seal();
            return new UnlistedFindings(keptPerCode, counts, sheets);
        }
    }
}
