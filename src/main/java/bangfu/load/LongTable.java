package bangfu.load;

import java.util.Arrays;

/**
 * An open-addressing map from long to long on one primitive array: what one file has seen, per head or per
 * payment, without a boxed object per row (16 bytes a slot instead of ~80). A key and its value sit side by
 * side, so that a look-up in a table far larger than the cache misses once, not once per array.
 */
final class LongTable {
    static final long ABSENT = Long.MIN_VALUE;
    /** Key at an even place, its value right after it. */
    private long[] slots = new long[2 << 12];
    private int size;

    LongTable() {
        Arrays.fill(slots, ABSENT);
    }

    long get(long key) {
        int at = place(key);
        return slots[at] == ABSENT ? ABSENT : slots[at + 1];
    }

    void put(long key, long value) {
        int at = claim(key); // before naming the array: claiming may grow it
        slots[at + 1] = value;
    }

    /** The value of {@code key}, or ABSENT after putting {@code value} there when it had none: one look-up for both. */
    long putIfAbsent(long key, long value) {
        int at = place(key);
        if (slots[at] != ABSENT) return slots[at + 1];
        at = claim(key);
        slots[at + 1] = value;
        return ABSENT;
    }

    private int claim(long key) {
        int at = place(key);
        if (slots[at] == ABSENT) {
            // Three quarters full at most: a 5-million-payment ledger then fits in 128 MB, growing included.
            if ((size + 1) * 8L > slots.length * 3L) {
                grow();
                at = place(key);
            }
            slots[at] = key;
            size++;
        }
        return at;
    }

    private int place(long key) {
        int mask = (slots.length >> 1) - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (slots[2 * i] != ABSENT && slots[2 * i] != key) i = (i + 1) & mask;
        return 2 * i;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        Arrays.fill(slots, ABSENT);
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i] != ABSENT) put(old[i], old[i + 1]);
        }
    }
}
