package bangfu.store;

/**
 * Reads the values of a flat JSON array, as SQLite's {@code json_array} writes a row, one after another:
 * whole numbers straight into longs, strings unescaped, nulls as null. Reading many columns of a row as one
 * value saves a JNI call per column.
 */
final class JsonRow {
    /** What {@link #number} returns for null. */
    static final long NULL = Long.MIN_VALUE;

    private final String json;
    private int at = 1; // past '['

    JsonRow(String json) {
        this.json = json;
    }

    /** The next value, a whole number or null. */
    long number() {
        if (json.charAt(at) == 'n') {
            next(at + 4);
            return NULL;
        }
        boolean negative = json.charAt(at) == '-';
        int i = negative ? at + 1 : at;
        long v = 0;
        for (char c = json.charAt(i); c >= '0' && c <= '9'; c = json.charAt(++i)) v = v * 10 + (c - '0');
        next(i);
        return negative ? -v : v;
    }

    /** The next value as text: a string unescaped, a number as written, null as null. */
    String text() {
        char c = json.charAt(at);
        if (c == 'n') {
            next(at + 4);
            return null;
        }
        if (c != '"') {
            int end = at;
            while (json.charAt(end) != ',' && json.charAt(end) != ']') end++;
            String token = json.substring(at, end);
            next(end);
            return token;
        }
        int i = at + 1;
        int plain = i;
        while (json.charAt(plain) != '"' && json.charAt(plain) != '\\') plain++;
        if (json.charAt(plain) == '"') {
            next(plain + 1);
            return json.substring(i, plain);
        }
        StringBuilder s = new StringBuilder(json.length() - i);
        s.append(json, i, plain);
        i = plain;
        while (json.charAt(i) != '"') {
            char d = json.charAt(i++);
            if (d != '\\') {
                s.append(d);
                continue;
            }
            char e = json.charAt(i++);
            switch (e) {
                case 'n' -> s.append('\n');
                case 'r' -> s.append('\r');
                case 't' -> s.append('\t');
                case 'b' -> s.append('\b');
                case 'f' -> s.append('\f');
                case 'u' -> {
                    s.append((char) Integer.parseInt(json, i, i + 4, 16));
                    i += 4;
                }
                default -> s.append(e); // \" \\ \/
            }
        }
        next(i + 1);
        return s.toString();
    }

    /** Past the value that ends at {@code end} and its comma. */
    private void next(int end) {
        at = json.charAt(end) == ',' ? end + 1 : end;
    }
}
