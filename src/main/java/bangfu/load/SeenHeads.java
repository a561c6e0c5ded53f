package bangfu.load;

/**
 * The heads one file has named so far, each with the sheet and row that first named it and whether that
 * row was rejected.
 */
final class SeenHeads {
    private final LongTable places = new LongTable();

    /** Remembers where a head first appeared; returns the earlier place, or -1 when this is the first. */
    long firstSeen(long head, int sheetIndex, int row) {
        long earlier = places.putIfAbsent(head, ((long) sheetIndex << 33) | ((long) row << 1));
        return earlier != LongTable.ABSENT ? earlier : -1;
    }

    /** Marks a head whose first row was rejected; a rejected repeat leaves the first row's mark alone. */
    void markRejected(long head, int sheetIndex, int row) {
        if (firstSeen(head, sheetIndex, row) < 0) places.put(head, places.get(head) | 1);
    }

    boolean rejected(long head) {
        long place = places.get(head);
        return place != LongTable.ABSENT && (place & 1) != 0;
    }

    static int sheetOf(long place) {
        return (int) (place >>> 33);
    }

    static int rowOf(long place) {
        return (int) ((place >>> 1) & 0xffffffffL);
    }
}
