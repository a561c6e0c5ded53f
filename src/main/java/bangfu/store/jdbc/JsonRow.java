package bangfu.store.jdbc;

import java.nio.charset.StandardCharsets;

/**
 * Reads the values of a flat JSON array, as SQLite's {@code json_array} writes a row (or PostgreSQL's
 * {@code json_build_array}, a space after each comma), one after another, from its UTF-8 bytes: whole numbers
 * straight into longs, strings unescaped, nulls as null. Reading many columns of a row as one value saves a JNI call
 * per column, and reading the bytes saves decoding the row into a String only to take it apart again. In UTF-8 the
 * bytes of {@code "} and {@code \} never occur inside another character, so a string's end is found byte by byte.
 */
final class JsonRow {
    /** What {@link #number} returns for null. */
    static final long NULL = Long.MIN_VALUE;

    private final byte[] json;
    private int at = 1; // past '['

    JsonRow(byte[] json) {
        this.json = json;
    }

    JsonRow(String json) {
        this(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The next value, a whole number or null. */
    long number() {
        if (json[at] == 'n') {
            next(at + 4);
            return NULL;
        }
        boolean negative = json[at] == '-';
        int i = negative ? at + 1 : at;
        long v = 0;
        for (byte c = json[i]; c >= '0' && c <= '9'; c = json[++i]) v = v * 10 + (c - '0');
        next(i);
        return negative ? -v : v;
    }

    /** The next value as text: a string unescaped, a number as written, null as null. */
    String text() {
        byte c = json[at];
        if (c == 'n') {
            next(at + 4);
            return null;
        }
        if (c != '"') {
            int end = at;
            while (json[end] != ',' && json[end] != ']') end++;
            String token = new String(json, at, end - at, StandardCharsets.US_ASCII);
            next(end);
            return token;
        }
        int i = at + 1;
        int plain = i;
        while (json[plain] != '"' && json[plain] != '\\') plain++;
        if (json[plain] == '"') {
            next(plain + 1);
            return new String(json, i, plain - i, StandardCharsets.UTF_8);
        }
        StringBuilder s = new StringBuilder(json.length - i);
        while (json[i] != '"') {
            int run = i;
            while (json[run] != '"' && json[run] != '\\') run++;
            s.append(new String(json, i, run - i, StandardCharsets.UTF_8));
            i = run;
            if (json[i] == '"') break;
            byte e = json[i + 1];
            i += 2;
            switch (e) {
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'u' -> {
                    s.append((char) Integer.parseInt(new String(json, i, 4, StandardCharsets.US_ASCII), 16));
                    i += 4;
                }
                default -> s.append((char) e); // \" \\ \/
            }
        }
        next(i + 1);
        return s.toString();
    }

    /**
     * The next {@code n} values, looked up in {@code known} by their bytes as written and made by {@code make} (from
     * a reader of just those values) only the first time: the same few regions, tiers and causes recur in a
     * million rows, and equal values are written with equal bytes.
     */
    <V> V known(int n, java.util.Map<Key, V> known, java.util.function.Function<JsonRow, V> make) {
        int start = at;
        int end = start;
        for (int k = 0; k < n; k++) {
            if (k > 0) end = past(end + 1); // the comma between two values
            end = endOf(end);
        }
        Key key = new Key(json, start, end);
        V v = known.get(key);
        if (v == null) {
            v = make.apply(new JsonRow(json, start));
            known.put(key.copy(), v);
        }
        next(end);
        return v;
    }

    private JsonRow(byte[] json, int at) {
        this.json = json;
        this.at = at;
    }

    /** Where the value starting at {@code i} ends (its closing quote included). */
    private int endOf(int i) {
        if (json[i] != '"') {
            while (json[i] != ',' && json[i] != ']') i++;
            return i;
        }
        i++;
        while (json[i] != '"') i += json[i] == '\\' ? 2 : 1;
        return i + 1;
    }

    /** A string's bytes within a row, as a map key; {@link #copy} keeps them beyond the row. */
    static final class Key {
        private final byte[] bytes;
        private final int from;
        private final int to;
        private final int hash;

        Key(byte[] bytes, int from, int to) {
            this.bytes = bytes;
            this.from = from;
            this.to = to;
            int h = 1;
            for (int i = from; i < to; i++) h = 31 * h + bytes[i];
            this.hash = h;
        }

        Key copy() {
            return new Key(java.util.Arrays.copyOfRange(bytes, from, to), 0, to - from);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Arrays.equals(bytes, from, to, k.bytes, k.from, k.to);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Past the value that ends at {@code end} and its comma. */
    private void next(int end) {
        at = json[end] == ',' ? past(end + 1) : end;
    }

    /** Past the spaces from {@code i}. */
    private int past(int i) {
        while (json[i] == ' ') i++;
        return i;
    }
}
