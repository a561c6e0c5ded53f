package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads amounts of money exactly, in fen (分); never through floating point. */
public final class Money {
    private static final Pattern AMOUNT = Pattern.compile(
            "(?:￥|¥|RMB|人民币)?([-−]?)((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)(万元|万|元整|元|圆)?");
    private static final BigDecimal FEN_PER_YUAN = BigDecimal.valueOf(100);

    private Money() {
    }

    /**
     * The amount in fen. A unit written in the cell ("0.35万元") wins over {@code defaultUnit}, which
     * comes from the column header.
     */
    public static Parsed<Long> parse(Cell cell, MoneyUnit defaultUnit) {
        if (cell.isBlank()) return Parsed.empty();
        String shown = cell.text().strip();
        if (cell.kind() != CellKind.TEXT && cell.kind() != CellKind.NUMBER) {
            return Parsed.fail(Issue.error("MONEY_FORMAT", shown));
        }
        String compact = Widths.compact(cell.text());
        if (defaultUnit == MoneyUnit.YUAN) {
            long fen = plainYuanInFen(compact);
            if (fen >= 0) return Parsed.ok(fen);
        }
        Matcher m = AMOUNT.matcher(compact.toUpperCase(Locale.ROOT));
        if (!m.matches()) return Parsed.fail(Issue.error("MONEY_FORMAT", shown));
        MoneyUnit unit = m.group(3) == null ? defaultUnit
                : m.group(3).startsWith("万") ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
        BigDecimal yuan = new BigDecimal(m.group(2).replace(",", "")).multiply(unit.inYuan());
        if (!m.group(1).isEmpty() && yuan.signum() != 0) return Parsed.fail(Issue.error("MONEY_NEGATIVE", shown));
        if (yuan.stripTrailingZeros().scale() > 2) return Parsed.fail(Issue.error("MONEY_PRECISION", shown));
        try {
            return Parsed.ok(yuan.multiply(FEN_PER_YUAN).longValueExact());
        } catch (ArithmeticException e) {
            return Parsed.fail(Issue.error("MONEY_FORMAT", shown));
        }
    }

    /**
     * The common case without BigDecimal: up to 15 ASCII digits, optionally a point and one or two
     * decimals ("1578.33", "94700"). -1 for anything else, which the general path reads.
     */
    static long plainYuanInFen(String text) {
        int n = text.length();
        int point = text.indexOf('.');
        int intEnd = point < 0 ? n : point;
        if (intEnd == 0 || intEnd > 15) return -1;
        long yuan = 0;
        for (int i = 0; i < intEnd; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            yuan = yuan * 10 + (c - '0');
        }
        if (point < 0) return yuan * 100;
        int decimals = n - point - 1;
        if (decimals < 1 || decimals > 2) return -1;
        long fen = 0;
        for (int i = point + 1; i < n; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            fen = fen * 10 + (c - '0');
        }
        return yuan * 100 + (decimals == 1 ? fen * 10 : fen);
    }
}
