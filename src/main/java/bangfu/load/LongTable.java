package bangfu.load;

import java.util.Arrays;

/**
 * An open-addressing map from long to long on primitive arrays: what one file has seen, per head or per
 * payment, without a boxed object per row (16 bytes a slot instead of ~80).
 */
final class LongTable {
    static final long ABSENT = Long.MIN_VALUE;
    private long[] keys = new long[1 << 12];
    private long[] values = new long[1 << 12];
    private int size;

    LongTable() {
        Arrays.fill(keys, ABSENT);
    }

    long get(long key) {
        int slot = slot(key);
        return keys[slot] == ABSENT ? ABSENT : values[slot];
    }

    void put(long key, long value) {
        int slot = slot(key);
        if (keys[slot] == ABSENT) {
            // Three quarters full at most: a 5-million-payment ledger then fits in 128 MB, growing included.
            if ((size + 1) * 4L > keys.length * 3L) {
                grow();
                slot = slot(key);
            }
            keys[slot] = key;
            size++;
        }
        values[slot] = value;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h ^ (h >>> 32)) & mask;
        while (keys[i] != ABSENT && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        Arrays.fill(keys, ABSENT);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != ABSENT) put(oldKeys[i], oldValues[i]);
        }
    }
}
