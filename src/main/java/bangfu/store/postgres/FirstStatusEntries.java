package bangfu.store.postgres;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * The first status entry of every household a file creates, kept on the client and sent with the file's other COPYs
 * at its commit: the status, its date and close reason each household row holds then. The server would otherwise
 * scan the whole households table again and insert a million rows one by one ({@code INSERT … SELECT}, the second
 * slowest step of a first import). Exact because the sink writes these three columns only two ways, and both pass
 * through here: the COPY of a new row ({@link #created}) and the UPDATE of a row ({@link #assigned}, the same values
 * in the same order as that statement's SET list).
 */
final class FirstStatusEntries {
    private static final List<String> KEPT = List.of("status", "status_on", "close_reason");
    /** Where each kept column sits in a new household row. */
    private static final int[] IN_ROW = KEPT.stream().mapToInt(FirstStatusEntries::columnOf).toArray();
    private static final int STATUS_ON = KEPT.indexOf("status_on");
    /** Marks a month alone (2024-06) among the packed dates. */
    private static final int MONTH = 1 << 30;

    private long[] ids = new long[1024];
    /**
     * status, status_on, close_reason of the household at {@code ids[i]}: three texts from {@code 3 * i}. The status
     * and the reason are the names of their constants; a date of status_on is kept as digits in {@link #dates}
     * instead (a million households would otherwise hold a million strings of ten characters until the commit).
     */
    private String[] texts = new String[3 * 1024];
    /** status_on as YYYYMMDD + 1 (2024-06-02), or YYYYMM with {@link #MONTH} (2024-06); 0: the text in texts. */
    private int[] dates = new int[1024];
    private int size;
    private boolean ascending = true;

    /** A new household row as it was queued for COPY (in the order of {@code ImportRecords.HOUSEHOLD_COLUMNS}). */
    void created(long id, Object[] row) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            texts = Arrays.copyOf(texts, texts.length * 2);
            dates = Arrays.copyOf(dates, size * 2);
        }
        if (size > 0 && id <= ids[size - 1]) ascending = false;
        ids[size] = id;
        for (int k = 0; k < IN_ROW.length; k++) keep(size, k, row[IN_ROW[k]]);
        size++;
    }

    /**
     * An UPDATE of household {@code id} setting {@code columns[i] = values[i]}: when the file created that household,
     * the kept columns it sets replace what was kept, as the statement replaces them in the row.
     */
    void assigned(long id, List<String> columns, Object[] values) {
        int at = find(id);
        if (at < 0) return;
        for (int i = 0; i < columns.size(); i++) {
            int k = KEPT.indexOf(columns.get(i));
            if (k >= 0) keep(at, k, values[i]);
        }
    }

    /**
     * Queues the entries in household order (the order the server's {@code ORDER BY id} gave them their ids in):
     * {@code rows} takes household_id, from_status, to_status, changed_on, reason, command, import_id, recorded_at.
     */
    void writeTo(CopyRows rows, long importId, String recordedAt) throws SQLException {
        Integer[] order = null;
        if (!ascending) {
            order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Long.compare(ids[a], ids[b]));
        }
        for (int n = 0; n < size; n++) {
            int i = order == null ? n : order[n];
            String statusOn = dates[i] == 0 ? texts[3 * i + STATUS_ON] : date(dates[i]);
            rows.add(ids[i], null, texts[3 * i], statusOn, texts[3 * i + 2], "import", importId, recordedAt);
            if (rows.full()) rows.write();
        }
        rows.write();
    }

    private int find(long id) {
        if (ascending) return Math.max(-1, Arrays.binarySearch(ids, 0, size, id));
        for (int i = 0; i < size; i++) if (ids[i] == id) return i;
        return -1;
    }

    /** The text the column holds once the value is stored: COPY and a parameter both send it as its string. */
    private void keep(int at, int k, Object v) {
        String text = v == null ? null : v.toString();
        if (k == STATUS_ON) {
            dates[at] = packed(text);
            if (dates[at] != 0) text = null;
        }
        texts[3 * at + k] = text;
    }

    /** 2024-06-02 → 20240603, 2024-06 → 202406 | MONTH; any other text → 0. */
    static int packed(String text) {
        if (text == null || (text.length() != 10 && text.length() != 7) || text.charAt(4) != '-') return 0;
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i == 4 || i == 7) {
                if (c != '-') return 0;
            } else if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
            } else {
                return 0;
            }
        }
        return text.length() == 10 ? value + 1 : value | MONTH;
    }

    /** The text {@link #packed} was given. */
    static String date(int packed) {
        boolean month = (packed & MONTH) != 0;
        int v = month ? packed & ~MONTH : packed - 1;
        char[] out = month ? new char[7] : new char[10];
        int i = out.length - 1;
        if (!month) {
            out[i--] = (char) ('0' + v % 10);
            out[i--] = (char) ('0' + v / 10 % 10);
            out[i--] = '-';
            v /= 100;
        }
        out[i--] = (char) ('0' + v % 10);
        out[i--] = (char) ('0' + v / 10 % 10);
        out[i--] = '-';
        v /= 100;
        for (; i >= 0; i--, v /= 10) out[i] = (char) ('0' + v % 10);
        return new String(out);
    }

    private static int columnOf(String column) {
        int at = bangfu.store.jdbc.ImportRecords.HOUSEHOLD_COLUMNS.indexOf(column);
        if (at < 0) throw new IllegalStateException("households has no column " + column);
        return at;
    }
}
