package bangfu.cli;

import bangfu.model.DisplayWidth;
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
        for (int i = 0; i < widths.length; i++) widths[i] = DisplayWidth.of(headers.get(i));
        for (List<String> r : rows) for (int i = 0; i < widths.length; i++) widths[i] = Math.max(widths[i], DisplayWidth.of(r.get(i)));
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
            String pad = " ".repeat(widths[i] - DisplayWidth.of(c));
            if (i > 0) s.append("  ");
            if (right[i]) s.append(pad).append(c);
            else s.append(c).append(i < widths.length - 1 ? pad : "");
        }
        out.println(s.toString().stripTrailing());
    }

}
