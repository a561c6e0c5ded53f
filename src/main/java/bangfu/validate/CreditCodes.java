package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads an organisation's 统一社会信用代码 (GB 32100-2015): 18 characters from 0–9 and the capitals without
 * I, O, Z, S and V, the last a check character over the first 17 (weights 3^(i−1) mod 31).
 */
public final class CreditCodes {
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCodes() {
    }

    /**
     * The code in a cell, upper case without spaces. A wrong length, character or check character is a warning
     * without a value: the employer's code is not what the household's file stands on, so the row still loads,
     * and the text is kept with the record's unrecognised columns.
     */
    public static Parsed<String> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String code = Widths.compact(cell.text()).toUpperCase(Locale.ROOT);
        if (code.length() != 18 || !code.chars().allMatch(c -> CHARS.indexOf(c) >= 0)) {
            return refused(Issue.warning("CREDIT_CODE_FORMAT", cell.text().strip(), code.length()));
        }
        char expected = checkChar(code.substring(0, 17));
        if (code.charAt(17) != expected) return refused(Issue.warning("CREDIT_CODE_CHECK", code, expected));
        return Parsed.ok(code);
    }

    private static Parsed<String> refused(Issue warning) {
        return new Parsed<>(Optional.empty(), List.of(warning));
    }

    /** The check character of the first 17 characters. */
    public static char checkChar(String first17) {
        if (first17.length() != 17) throw new IllegalArgumentException("need 17 characters");
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CHARS.indexOf(first17.charAt(i));
            if (value < 0) throw new IllegalArgumentException("not a credit-code character: " + first17.charAt(i));
            sum += value * WEIGHTS[i];
        }
        return CHARS.charAt((31 - sum % 31) % 31);
    }
}
