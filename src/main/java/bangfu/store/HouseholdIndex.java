package bangfu.store;

import java.util.Arrays;

/**
 * Every head's latest file period, keyed by the ID packed into a long: one lookup per row costs a few
 * array reads instead of a query. A slot's five longs sit side by side, so that a look-up in a table far larger than
 * the cache misses once or twice, not once per field. About 80 bytes a household (80 MB for a million).
 */
public final class HouseholdIndex {
    private static final long EMPTY = Long.MIN_VALUE;
    /** A date the file does not state, as an epoch day. */
    public static final int NO_DATE = Integer.MIN_VALUE;
    /** Longs per slot: head, row id, digest, period and status, filing day and last payable day. */
    private static final int STRIDE = 5;

    private long[] slots;
    private int capacity;
    private int size;

    public HouseholdIndex(int expected) {
        allocate(Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1);
    }

    private void allocate(int capacity) {
        this.capacity = capacity;
        slots = new long[capacity * STRIDE];
        for (int at = 0; at < slots.length; at += STRIDE) slots[at] = EMPTY;
    }

    /** The latest period of this head's file, or null when the head has none. */
    public Entry find(long head) {
        int at = slot(head);
        if (slots[at] == EMPTY) return null;
        long periodStatus = slots[at + 3];
        long days = slots[at + 4];
        return new Entry(slots[at + 1], (int) (periodStatus >> 8), (byte) periodStatus, slots[at + 2],
                (int) (days >> 32), (int) days);
    }

    public boolean contains(long head) {
        return slots[slot(head)] != EMPTY;
    }

    public int size() {
        return size;
    }

    public void put(long head, long rowId, int period, byte status, long hash) {
        put(head, rowId, period, status, hash, NO_DATE, NO_DATE);
    }

    public void put(long head, long rowId, int period, byte status, long hash, int filed, int ended) {
        if ((size + 1) * 2 > capacity) grow();
        int at = slot(head);
        if (slots[at] == EMPTY) {
            slots[at] = head;
            size++;
        }
        slots[at + 1] = rowId;
        slots[at + 2] = hash;
        slots[at + 3] = ((long) period << 8) | (status & 0xff);
        slots[at + 4] = ((long) filed << 32) | (ended & 0xffffffffL);
    }

    /** The place of the head's slot in {@link #slots}, or of the empty slot where it would go. */
    private int slot(long key) {
        int mask = capacity - 1;
        int i = (int) (mix(key) & mask);
        while (slots[i * STRIDE] != EMPTY && slots[i * STRIDE] != key) i = (i + 1) & mask;
        return i * STRIDE;
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        return k;
    }

    private void grow() {
        long[] old = slots;
        allocate(capacity * 2);
        size = 0;
        for (int at = 0; at < old.length; at += STRIDE) {
            if (old[at] == EMPTY) continue;
            long periodStatus = old[at + 3];
            long days = old[at + 4];
            put(old[at], old[at + 1], (int) (periodStatus >> 8), (byte) periodStatus, old[at + 2],
                    (int) (days >> 32), (int) days);
        }
    }

    public record Entry(long rowId, int period, byte status, long hash, int filedOn, int endedOn) {
    }
}
