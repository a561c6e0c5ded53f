package bangfu.store.postgres;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows queued for one table and written with {@code COPY … FROM STDIN} in PostgreSQL's text format: a file of a
 * million rows costs a few round trips instead of a million. The connection cannot run other statements while a
 * COPY is open, so rows are encoded into a buffer and each {@link #write} hands it to a {@link CopyQueue} as one COPY.
 */
final class CopyRows {
    /** About this many bytes are sent per COPY; a roster row is some 300 bytes. */
    private static final int FLUSH_BYTES = 4 << 20;
    /** …or this many rows, whichever comes first: a read of the table after them waits for no more. */
    private static final int FLUSH_ROWS = 10_000;

    private final CopyQueue queue;
    private final String copy;
    private final int width;
    private byte[] buffer = new byte[64 << 10];
    private int length;
    private int rows;

    /** Rows written in line on {@code connection}: each {@link #write} has ended when it returns. */
    CopyRows(Connection connection, String table, String... columns) {
        this(CopyQueue.inLine(connection), table, columns);
    }

    /** @param table the table, or a temporary staging table; @param columns its columns in the order of each row */
    CopyRows(CopyQueue queue, String table, String... columns) {
        this.queue = queue;
        this.copy = "COPY " + table + " (" + String.join(", ", columns) + ") FROM STDIN";
        this.width = columns.length;
    }

    /** Queues one row: Long, Integer, String, Boolean (as 1/0) or null for each column. */
    void add(Object... values) throws SQLException {
        if (values.length != width) throw new IllegalArgumentException(values.length + " values for " + width + " columns");
        for (int i = 0; i < values.length; i++) {
            if (i > 0) put((byte) '\t');
            Object v = values[i];
            if (v == null) {
                put((byte) '\\');
                put((byte) 'N');
            } else if (v instanceof Boolean b) {
                put((byte) (b ? '1' : '0'));
            } else if (v instanceof Number) {
                putAscii(v.toString());
            } else {
                putText(v.toString());
            }
        }
        put((byte) '\n');
        rows++;
    }

    /**
     * True when enough is queued to be worth a COPY. The caller writes, not this class: a table whose rows refer to
     * another's must wait until the other's are written, or its foreign keys fail.
     */
    boolean full() {
        return length >= FLUSH_BYTES || rows >= FLUSH_ROWS;
    }

    /** Rows queued and not yet written. */
    int queued() {
        return rows;
    }

    /** Sends the queued rows as one COPY (ended by the time the queue's connection is next asked for); returns how many. */
    int write() throws SQLException {
        if (rows == 0) return 0;
        byte[] sent = buffer;
        int sentLength = length;
        int written = rows;
        // the queue owns the sent buffer until its COPY ends: the next rows go into a new one
        buffer = new byte[buffer.length];
        rows = 0;
        length = 0;
        queue.send(copy, sent, sentLength);
        return written;
    }

    // COPY's text format: backslash, tab, newline and carriage return are escaped; everything else is sent as UTF-8.
    private void putText(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> { put((byte) '\\'); put((byte) '\\'); }
                case '\t' -> { put((byte) '\\'); put((byte) 't'); }
                case '\n' -> { put((byte) '\\'); put((byte) 'n'); }
                case '\r' -> { put((byte) '\\'); put((byte) 'r'); }
                default -> {
                    if (ch < 0x80) {
                        put((byte) ch);
                    } else {
                        int end = i + 1;
                        while (end < s.length() && s.charAt(end) >= 0x80) end++;
                        byte[] utf8 = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
                        ensure(utf8.length);
                        System.arraycopy(utf8, 0, buffer, length, utf8.length);
                        length += utf8.length;
                        i = end - 1;
                    }
                }
            }
        }
    }

    private void putAscii(String s) {
        ensure(s.length());
        for (int i = 0; i < s.length(); i++) buffer[length++] = (byte) s.charAt(i);
    }

    private void put(byte b) {
        ensure(1);
        buffer[length++] = b;
    }

    private void ensure(int more) {
        if (length + more <= buffer.length) return;
        byte[] bigger = new byte[Math.max(buffer.length * 2, length + more)];
        System.arraycopy(buffer, 0, bigger, 0, length);
        buffer = bigger;
    }
}
