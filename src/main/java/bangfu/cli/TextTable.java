package bangfu.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain terminal table whose columns line up with Chinese text, which takes two cells per character. */
final class TextTable {
    private final List<String> headers;
    private final boolean[] right;
    private final List<List<String>> rows = new ArrayList<>();

    TextTable(List<String> headers) {
        this(headers, new boolean[headers.size()]);
    }

    /** {@code rightAligned[i]} puts column i flush right, as numbers are read. */
    TextTable(List<String> headers, boolean[] rightAligned) {
        if (rightAligned.length != headers.size()) throw new IllegalArgumentException("one alignment per column");
        this.headers = List.copyOf(headers);
        this.right = rightAligned.clone();
    }

    void add(List<String> row) {
        rows.add(List.copyOf(row));
    }

    void print(PrintWriter out) {
        int[] widths = new int[headers.size()];
        for (int i = 0; i < widths.length; i++) widths[i] = width(headers.get(i));
        for (List<String> r : rows) for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], width(r.get(i)));
        line(out, headers, widths);
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        out.println(rule);
        for (List<String> r : rows) line(out, r, widths);
    }

    private void line(PrintWriter out, List<String> cells, int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - width(c));
            if (i > 0) s.append("  ");
            if (right[i]) s.append(pad).append(c);
            else s.append(c).append(i < widths.length - 1 ? pad : "");
        }
        out.println(s.toString().stripTrailing());
    }

    /** Display width: East Asian wide and full-width characters count two. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += wide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
