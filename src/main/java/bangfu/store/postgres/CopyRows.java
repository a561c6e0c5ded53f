package bangfu.store.postgres;

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
                ensure(2);
                buffer[length++] = '\\';
                buffer[length++] = 'N';
            } else if (v instanceof String text) {
                putText(text);
            } else if (v instanceof Long l) {
                putLong(l);
            } else if (v instanceof Integer n) {
                putLong(n);
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

    // COPY's text format: backslash, tab, newline and carriage return are escaped; everything else is sent as UTF-8,
    // encoded here straight into the buffer (a lone surrogate as '?', as String.getBytes writes it).
    private void putText(String s) {
        int n = s.length();
        ensure(3 * n); // at most three bytes a char: an escape is two, a char of the BMP three, a surrogate pair four
        byte[] b = buffer;
        int at = length;
        for (int i = 0; i < n; i++) {
            char ch = s.charAt(i);
            if (ch < 0x80) {
                switch (ch) {
                    case '\\' -> { b[at++] = '\\'; b[at++] = '\\'; }
                    case '\t' -> { b[at++] = '\\'; b[at++] = 't'; }
                    case '\n' -> { b[at++] = '\\'; b[at++] = 'n'; }
                    case '\r' -> { b[at++] = '\\'; b[at++] = 'r'; }
                    default -> b[at++] = (byte) ch;
                }
            } else if (ch < 0x800) {
                b[at++] = (byte) (0xC0 | ch >> 6);
                b[at++] = (byte) (0x80 | ch & 0x3F);
            } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                int cp = Character.toCodePoint(ch, s.charAt(++i));
                b[at++] = (byte) (0xF0 | cp >> 18);
                b[at++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[at++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | cp & 0x3F);
            } else if (Character.isSurrogate(ch)) {
                b[at++] = '?';
            } else {
                b[at++] = (byte) (0xE0 | ch >> 12);
                b[at++] = (byte) (0x80 | ch >> 6 & 0x3F);
                b[at++] = (byte) (0x80 | ch & 0x3F);
            }
        }
        length = at;
    }

    /** A number's decimal digits, written without making its string. */
    private void putLong(long v) {
        if (v == Long.MIN_VALUE) {
            putAscii(Long.toString(v));
            return;
        }
        ensure(20);
        if (v < 0) {
            buffer[length++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long rest = v / 10; rest > 0; rest /= 10) digits++;
        int end = length + digits;
        for (int at = end - 1; at >= length; at--) {
            buffer[at] = (byte) ('0' + v % 10);
            v /= 10;
        }
        length = end;
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
