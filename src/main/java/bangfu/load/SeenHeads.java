package bangfu.load;

import java.util.Arrays;

/**
 * The heads one file has named so far, each with the sheet and row that first named it and whether that
 * row was rejected. Primitive arrays: a million-row roster costs about 32 MB instead of ~100 MB of boxes.
 */
final class SeenHeads {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys = new long[1 << 12];
    private long[] places = new long[1 << 12];
    private int size;

    SeenHeads() {
        Arrays.fill(keys, EMPTY);
    }

    /** Remembers where a head first appeared; returns the earlier place, or -1 when this is the first. */
    long firstSeen(long head, int sheetIndex, int row) {
        int slot = slot(head);
        if (keys[slot] != EMPTY) return places[slot];
        if ((size + 1) * 2 > keys.length) {
            grow();
            slot = slot(head);
        }
        keys[slot] = head;
        places[slot] = ((long) sheetIndex << 33) | ((long) row << 1);
        size++;
        return -1;
    }

    /** Marks a head whose first row was rejected; a rejected repeat leaves the first row's mark alone. */
    void markRejected(long head, int sheetIndex, int row) {
        if (firstSeen(head, sheetIndex, row) < 0) places[slot(head)] |= 1;
    }

    boolean rejected(long head) {
        int slot = slot(head);
        return keys[slot] != EMPTY && (places[slot] & 1) != 0;
    }

    static int sheetOf(long place) {
        return (int) (place >>> 33);
    }

    static int rowOf(long place) {
        return (int) ((place >>> 1) & 0xffffffffL);
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        long h = key * 0x9E3779B97F4A7C15L;
        int i = (int) (h >>> 40) & mask;
        while (keys[i] != EMPTY && keys[i] != key) i = (i + 1) & mask;
        return i;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldPlaces = places;
        keys = new long[oldKeys.length * 2];
        places = new long[oldKeys.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] == EMPTY) continue;
            int slot = slot(oldKeys[i]);
            keys[slot] = oldKeys[i];
            places[slot] = oldPlaces[i];
        }
    }
}
