package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Masks;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads mobile and landline numbers into one written form; anything else loads with a warning. */
public final class Phones {
    private static final Pattern MOBILE = Pattern.compile("(?:\\+?86)?(1[3-9]\\d{9})");
    // Area codes are 010 and 02x (three digits) or four digits from 03xx on; the prefix decides the split.
    private static final Pattern LANDLINE = Pattern.compile(
            "\\(?(010|02\\d|0[3-9]\\d{2})\\)?-?(\\d{7,8})(?:(?:-|转|#|EXT\\.?|分机)(\\d{1,6}))?");

    private Phones() {
    }

    /** A mobile as 13812345678, a landline as 010-12345678 or 0571-87654321-123 (extension last). */
    public static Parsed<String> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String text = Widths.compact(cell.text()).toUpperCase(Locale.ROOT);
        if (text.endsWith(".0")) text = text.substring(0, text.length() - 2);
        // Nearly every roster states mobiles plainly: taken as they are, without a matcher for each cell.
        if (isPlainMobile(text)) return Parsed.ok(text);
        Matcher mobile = MOBILE.matcher(text.replace("-", ""));
        if (mobile.matches()) return Parsed.ok(mobile.group(1));
        Matcher landline = LANDLINE.matcher(text);
        if (landline.matches()) {
            String number = landline.group(1) + "-" + landline.group(2);
            return Parsed.ok(landline.group(3) == null ? number : number + "-" + landline.group(3));
        }
        String kept = cell.text().strip();
        return Parsed.warn(kept, Issue.warning("PHONE_FORMAT", Masks.phone(kept)));
    }

    /** Eleven ASCII digits, 1 then 3 to 9: what {@link #MOBILE} matches without a prefix, and gives back whole. */
    private static boolean isPlainMobile(String text) {
        if (text.length() != 11 || text.charAt(0) != '1' || text.charAt(1) < '3' || text.charAt(1) > '9') return false;
        for (int i = 2; i < 11; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

}
