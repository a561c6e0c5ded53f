package bangfu.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/** Turns Excel's stored numbers into the text a person sees, shared by the .xlsx and .xls readers. */
final class ExcelValues {
    private static final MathContext EXCEL_DIGITS = new MathContext(15, RoundingMode.HALF_UP);
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    /** 9999-12-31, the last day Excel can show. */
    private static final double MAX_SERIAL = 2958465.99999;

    private ExcelValues() {
    }

    /**
     * Text as Excel shows it: Office stores characters XML cannot hold as {@code _xHHHH_} (a line break in a
     * cell is {@code _x000D_}), and a literal "_x" sequence with its underscore escaped as {@code _x005F_}.
     */
    static String unescape(String text) {
        int at = text.indexOf("_x");
        if (at < 0) return text;
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= text.length() && text.charAt(at + 6) == '_' && isHex(text, at + 2, at + 6)) {
                out.append(text, from, at).append((char) Integer.parseInt(text.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = text.indexOf("_x", from);
            } else {
                at = text.indexOf("_x", at + 1);
            }
        }
        return out.append(text, from, text.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) if (Character.digit(s.charAt(i), 16) < 0) return false;
        return true;
    }

    /** A stored number as a plain decimal with Excel's 15 significant digits, e.g. "0.3", "110101199003078000". */
    static String number(double value) {
        if (value == 0) return "0";
        if (value == Math.rint(value) && Math.abs(value) < 1e15) return Long.toString((long) value);
        // The shortest decimal that reads back as this double, as .xlsx files store it, so that
        // .xls and .xlsx round alike.
        return plain(BigDecimal.valueOf(value));
    }

    /** The same for a number as written in the XML; null when it is not a number at all. */
    static String number(String xml) {
        int len = xml.length();
        if (len == 0) return null;
        // Fast path: a short integer, by far the most common stored value.
        if (len <= 15) {
            int i = xml.charAt(0) == '-' ? 1 : 0;
            boolean digits = i < len;
            for (int j = i; j < len && digits; j++) {
                char ch = xml.charAt(j);
                digits = ch >= '0' && ch <= '9';
            }
            if (digits && (len - i == 1 || xml.charAt(i) != '0')) return "-0".equals(xml) ? "0" : xml;
        }
        String simple = simpleDecimal(xml);
        if (simple != null) return simple;
        BigDecimal exact;
        try {
            exact = new BigDecimal(xml.trim());
        } catch (NumberFormatException e) {
            return null;
        }
        return plain(exact);
    }

    /**
     * A decimal without exponent and with at most 15 significant digits needs no rounding, only
     * trailing zeros (and leading ones) dropped; null when the text is anything else.
     */
    private static String simpleDecimal(String s) {
        int len = s.length();
        int i = 0;
        boolean negative = s.charAt(0) == '-';
        if (negative) i++;
        int intStart = i;
        while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
        int intEnd = i;
        int fracEnd = i;
        if (i < len) {
            if (s.charAt(i) != '.') return null;
            i++;
            while (i < len && s.charAt(i) >= '0' && s.charAt(i) <= '9') i++;
            if (i < len) return null;
            fracEnd = len;
        }
        if (intEnd == intStart && fracEnd <= intEnd + 1) return null;
        while (intStart < intEnd - 1 && s.charAt(intStart) == '0') intStart++;
        int fracStart = intEnd + 1;
        while (fracEnd > fracStart && s.charAt(fracEnd - 1) == '0') fracEnd--;
        boolean intZero = intEnd == intStart || (intEnd - intStart == 1 && s.charAt(intStart) == '0');
        int significant;
        if (!intZero) {
            significant = (intEnd - intStart) + Math.max(0, fracEnd - fracStart);
        } else {
            int firstNonZero = fracStart;
            while (firstNonZero < fracEnd && s.charAt(firstNonZero) == '0') firstNonZero++;
            significant = fracEnd - firstNonZero;
        }
        if (significant > 15) return null;
        if (intZero && fracEnd <= fracStart) return "0";
        // Already in its plain form (1578.33): the stored text itself, not a copy of it.
        boolean noneStripped = intStart == (negative ? 1 : 0) && intEnd > intStart;
        if (noneStripped && (intEnd == len || (fracEnd == len && fracEnd > fracStart))) return s;
        StringBuilder out = new StringBuilder(len);
        if (negative) out.append('-');
        if (intEnd == intStart) out.append('0');
        else out.append(s, intStart, intEnd);
        if (fracEnd > fracStart) out.append('.').append(s, fracStart, fracEnd);
        return out.toString();
    }

    private static String plain(BigDecimal exact) {
        if (exact.signum() == 0) return "0";
        return exact.round(EXCEL_DIGITS).stripTrailingZeros().toPlainString();
    }

    /** Whether a cell with this number format shows its number as a date or time. */
    static boolean isDateFormat(int formatId, String formatCode) {
        if (isBuiltInDate(formatId)) return true;
        String code = formatCode != null ? formatCode : BuiltinFormats.getBuiltinFormat(formatId);
        if (code == null) return false;
        try {
            return DateUtil.isADateFormat(formatId, code);
        } catch (RuntimeException e) {
            return false; // an odd format code is not worth failing the file over
        }
    }

    // POI knows 14–22 and 45–47; 27–36 and 50–58 are the built-in formats of Chinese Excel
    // (e.g. 31 = yyyy"年"m"月"d"日"), which POI does not list.
    static boolean isBuiltInDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47)
                || (id >= 50 && id <= 58);
    }

    /** A date serial as ISO text, or null when Excel could not show it as a date either. */
    static String date(double serial, boolean date1904) {
        if (!(serial >= 0) || serial > MAX_SERIAL) return null;
        long days = (long) Math.floor(serial);
        long seconds = Math.round((serial - days) * 86_400);
        if (seconds >= 86_400) {
            days++;
            seconds -= 86_400;
        }
        LocalDate day;
        if (date1904) {
            day = EPOCH_1904.plusDays(days);
        } else {
            // Excel counts a 29 February 1900 that never was: serials before it are off by one.
            day = days < 61 ? EPOCH_1900.plusDays(days + 1) : EPOCH_1900.plusDays(days);
        }
        if (seconds == 0) return day.toString();
        long h = seconds / 3600;
        long m = (seconds / 60) % 60;
        long s = seconds % 60;
        StringBuilder out = new StringBuilder(19).append(day).append('T');
        two(out, h).append(':');
        two(out, m);
        if (s != 0) two(out.append(':'), s);
        return out.toString();
    }

    private static StringBuilder two(StringBuilder out, long v) {
        if (v < 10) out.append('0');
        return out.append(v);
    }

    /** An ISO date stored directly (t="d"), normalised like a serial date; null when unreadable. */
    static String isoDate(String xml) {
        String s = xml.trim();
        try {
            if (s.length() <= 10) return LocalDate.parse(s).toString();
            LocalDateTime t = LocalDateTime.parse(s.endsWith("Z") ? s.substring(0, s.length() - 1) : s);
            if (t.toLocalTime().toSecondOfDay() == 0) return t.toLocalDate().toString();
            String iso = t.withNano(0).toString(); // yyyy-MM-ddTHH:mm[:ss]
            return iso;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
