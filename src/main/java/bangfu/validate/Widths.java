package bangfu.validate;

/** Folds full-width forms, which Chinese input methods type by default, to their ASCII equivalents. */
public final class Widths {
    private Widths() {
    }

    /** Full-width ASCII (U+FF01–U+FF5E) to half-width, the ideographic space U+3000 to a plain space. */
    public static String toHalfWidth(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char folded = fold(c);
            if (folded != c && out == null) out = new StringBuilder(text.length()).append(text, 0, i);
            if (out != null) out.append(folded);
        }
        return out == null ? text : out.toString();
    }

    private static char fold(char c) {
        if (c >= '\uFF01' && c <= '\uFF5E') return (char) (c - 0xFEE0);
        if (c == '\u3000') return ' ';
        return c;
    }

    /** True for ASCII whitespace, the ideographic space, no-break spaces and other Unicode spaces. */
    static boolean isSpace(char c) {
        if (c < 128) return c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }

    /** The text without any spaces of any width. */
    static String withoutSpaces(String text) {
        int first = 0;
        while (first < text.length() && !isSpace(text.charAt(first))) first++;
        if (first == text.length()) return text;
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) out.append(c);
        }
        return out.toString();
    }

    /** Half-width, without spaces of any width: the form in which short codes and numbers are compared. */
    static String compact(String text) {
        return withoutSpaces(toHalfWidth(text));
    }
}
