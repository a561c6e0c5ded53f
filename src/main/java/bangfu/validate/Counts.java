package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads whole counts such as household size ("3", "3人", "3.0", "三口"). */
public final class Counts {
    private static final Pattern COUNT = Pattern.compile("(\\d+(?:\\.0+)?|[一二两三四五六七八九十]|十[一二三四五六七八九])(?:人|口|个|名|户|次)?");
    private static final String NUMERALS = "零一二三四五六七八九";

    private Counts() {
    }

    public static Parsed<Integer> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String shown = cell.text().strip();
        if (cell.kind() != CellKind.TEXT && cell.kind() != CellKind.NUMBER) {
            return Parsed.fail(Issue.error("COUNT_FORMAT", shown));
        }
        String compact = Widths.compact(cell.text());
        int plain = plainDigits(compact);
        if (plain >= 0) return Parsed.ok(plain);
        Matcher m = COUNT.matcher(compact);
        if (!m.matches()) return Parsed.fail(Issue.error("COUNT_FORMAT", shown));
        String n = m.group(1);
        if (Character.isDigit(n.charAt(0))) {
            try {
                return Parsed.ok(new BigDecimal(n).intValueExact());
            } catch (ArithmeticException e) {
                return Parsed.fail(Issue.error("COUNT_FORMAT", shown));
            }
        }
        return Parsed.ok(chinese(n));
    }

    /** "3", "12": the common case, without the regex; -1 for anything else. */
    private static int plainDigits(String text) {
        int n = text.length();
        if (n == 0 || n > 9) return -1;
        int v = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static int chinese(String n) {
        if (n.equals("两")) return 2;
        if (n.equals("十")) return 10;
        if (n.startsWith("十")) return 10 + NUMERALS.indexOf(n.charAt(1));
        return NUMERALS.indexOf(n.charAt(0));
    }
}
