package bangfu.store;

import java.util.Map;

/** Writes a flat text map as a JSON object, for the extra and raw columns; readable with sqlite3's json functions. */
public final class JsonText {
    private JsonText() {
    }

    public static String encode(Map<String, String> map) {
        if (map.isEmpty()) return null;
        StringBuilder s = new StringBuilder("{");
        map.forEach((k, v) -> {
            if (s.length() > 1) s.append(',');
            quote(s, k).append(':');
            quote(s, v);
        });
        return s.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder s, String text) {
        s.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n' -> s.append("\\n");
                case '\r' -> s.append("\\r");
                case '\t' -> s.append("\\t");
                default -> {
                    if (c < 0x20) s.append(String.format("\\u%04x", (int) c));
                    else s.append(c);
                }
            }
        }
        return s.append('"');
    }
}
