package bangfu.load;

import java.util.Arrays;

/**
 * The payments or visits one file has named so far, digest → value, laid out by household: a digest's place is
 * near its household's, so a file sorted by household (as ledgers are) walks the table's memory in order. Hashed at
 * random, as {@link LongTable} places keys, each of five million payments missed the processor's caches and that
 * lookup took longer than the payment's INSERT.
 *
 * <p>A digest is kept within {@link #WINDOW} slots of its household's place, or, where that window was full when it
 * came (a household with many rows, or households whose places wrap onto each other), in a {@link LongTable}, which
 * is asked only when the digest is not in its window: the window's copy, where there is one, is the later.
 */
final class EventsSeen {
    static final long ABSENT = LongTable.ABSENT;
    static final int WINDOW = 16;
    /** Slots a household's place is apart from the next household's: room for the few rows a household has in a file. */
    private static final int SPREAD = 8;

    private long[] keys = new long[1 << 12];
    private long[] values = new long[1 << 12];
    /** The household each slot's digest belongs to, cut to an int: only to place it again when the table grows. */
    private int[] households = new int[1 << 12];
    private int size;
    private final LongTable overflow = new LongTable();
    private boolean overflowed;

    EventsSeen() {
        Arrays.fill(keys, ABSENT);
    }

    long get(long household, long digest) {
        int mask = keys.length - 1;
        int home = home((int) household, digest, mask);
        for (int k = 0; k < WINDOW; k++) {
            int i = (home + k) & mask;
            if (keys[i] == digest) return values[i];
            if (keys[i] == ABSENT) break;
        }
        return overflowed ? overflow.get(digest) : ABSENT;
    }

    void put(long household, long digest, long value) {
        // Three quarters full at most, as LongTable: short windows, and a 5-million-payment ledger fits in 160 MB.
        if ((size + 1) * 4L > keys.length * 3L) grow();
        place((int) household, digest, value);
    }

    private void place(int household, long digest, long value) {
        int mask = keys.length - 1;
        int home = home(household, digest, mask);
        for (int k = 0; k < WINDOW; k++) {
            int i = (home + k) & mask;
            if (keys[i] == digest) {
                values[i] = value;
                return;
            }
            if (keys[i] == ABSENT) {
                keys[i] = digest;
                values[i] = value;
                households[i] = household;
                size++;
                return;
            }
        }
        overflow.put(digest, value);
        overflowed = true;
    }

    private static int home(int household, long digest, int mask) {
        return (household * SPREAD + (int) (digest & (SPREAD - 1))) & mask;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        int[] oldHouseholds = households;
        keys = new long[oldKeys.length * 2];
        values = new long[oldKeys.length * 2];
        households = new int[oldKeys.length * 2];
        Arrays.fill(keys, ABSENT);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != ABSENT) place(oldHouseholds[i], oldKeys[i], oldValues[i]);
        }
    }
}
