package bangfu.cli;

import java.io.PrintWriter;
import java.util.List;

/**
 * Writes CSV for spreadsheets: RFC 4180 quoting, and text that Excel would run as a formula (=, +, -, @,
 * tab, carriage return at the start) is prefixed with an apostrophe so it stays text.
 */
final class CsvLines {
    private final PrintWriter out;

    CsvLines(PrintWriter out) {
        this.out = out;
    }

    /** Excel opens UTF-8 CSV as the local code page unless it starts with a byte order mark. */
    CsvLines withByteOrderMark() {
        out.print('\uFEFF');
        return this;
    }

    void line(List<?> cells) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) s.append(',');
            Object cell = cells.get(i);
            s.append(cell instanceof Number ? cell.toString() : quote(cell == null ? "" : neutralise(cell.toString())));
        }
        out.print(s);
        out.print("\r\n");
    }

    static String neutralise(String text) {
        if (text.isEmpty()) return text;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r' ? "'" + text : text;
    }

    private static String quote(String text) {
        boolean needs = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return needs ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
