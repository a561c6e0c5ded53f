package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Masks;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.util.Locale;
import java.util.regex.Pattern;

/** Reads bank card numbers (银行卡号) of real-name payments; messages only ever show them masked. */
public final class BankCards {
    /** Shortest and longest card numbers in use (ISO/IEC 7812; UnionPay debit cards are 16 to 19 digits). */
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 19;
    /** Digits Excel keeps of a number; the rest become zeros. */
    private static final int EXCEL_DIGITS = 15;
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");
    private static final Pattern DASHES = Pattern.compile("[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]");

    private BankCards() {
    }

    /**
     * The card number as digits only. Spaces and dashes between groups are dropped and full-width digits
     * folded. Errors: {@code CARD_FORMAT} (not 12–19 digits), {@code CARD_STORED_AS_NUMBER} (a number of
     * more than 15 digits, whose tail Excel replaced with zeros). A number that fails the Luhn check loads
     * with a warning {@code CARD_LUHN}: not every UnionPay card follows it.
     */
    public static Parsed<String> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String text = DASHES.matcher(Widths.compact(cell.text())).replaceAll("").toUpperCase(Locale.ROOT);
        // An apostrophe forces text in Excel; CSV exports sometimes keep it.
        if (text.startsWith("'") || text.startsWith("`")) text = text.substring(1);
        if (cell.kind() == CellKind.NUMBER && text.endsWith(".0")) text = text.substring(0, text.length() - 2);
        if ((cell.kind() == CellKind.NUMBER || cell.kind() == CellKind.TEXT) && SCIENTIFIC.matcher(text).matches()) {
            return Parsed.fail(Issue.error("CARD_STORED_AS_NUMBER", shown(text)));
        }
        if (cell.kind() != CellKind.NUMBER && cell.kind() != CellKind.TEXT) {
            return Parsed.fail(Issue.error("CARD_FORMAT", shown(text), text.length()));
        }
        boolean digits = DIGITS.matcher(text).matches();
        if (cell.kind() == CellKind.NUMBER && digits && text.length() > EXCEL_DIGITS) {
            return Parsed.fail(Issue.error("CARD_STORED_AS_NUMBER", shown(text)));
        }
        if (!digits || text.length() < MIN_LENGTH || text.length() > MAX_LENGTH) {
            return Parsed.fail(Issue.error("CARD_FORMAT", shown(text), text.length()));
        }
        if (!luhn(text)) return Parsed.warn(text, Issue.warning("CARD_LUHN", mask(text)));
        return Parsed.ok(text);
    }

    /**
     * True when the digits pass the Luhn (mod 10) check: doubling every second digit from the right,
     * the digit sum is a multiple of 10. False for an empty string or anything but ASCII digits.
     */
    public static boolean luhn(String digits) {
        if (digits.isEmpty()) return false;
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            char c = digits.charAt(i);
            if (c < '0' || c > '9') return false;
            int d = c - '0';
            if (twice) {
                d *= 2;
                if (d > 9) d -= 9;
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /**
     * The first four and last four characters with stars between, keeping the length:
     * 6222021234567891234 → 6222***********1234. Eight characters or fewer become all stars.
     */
    public static String mask(String card) {
        return Masks.middle(card); // a card's text is compacted before it gets here: nothing for middle to strip
    }

    /** A cell's text safe for a message: short texts (fewer than 10 characters) as written, longer ones masked. */
    private static String shown(String text) {
        return text.length() < 10 ? text : mask(text);
    }
}
