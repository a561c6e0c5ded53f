package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads calendar dates in the forms Chinese spreadsheets use; an impossible date is reported, never guessed. */
public final class Dates {
    private static final String TIME = "(?:[T ]?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?";
    private static final List<Pattern> FULL = List.of(
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + TIME),
            Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号]?" + TIME),
            Pattern.compile("(\\d{4})(\\d{2})(\\d{2})"));
    private static final List<Pattern> MONTH = List.of(
            Pattern.compile("(\\d{4})[-/.](\\d{1,2})"),
            Pattern.compile("(\\d{4})年(\\d{1,2})(?:月份?)?"),
            Pattern.compile("(\\d{4})(\\d{2})"));
    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    private static final Pattern NUMBER_MONTH = Pattern.compile("(\\d{4})\\.(\\d{1,2})");
    private static final long LAST_SERIAL = 2_958_465; // 9999-12-31
    private static final LocalDate SERIAL_BASE = LocalDate.of(1899, 12, 30);
    /** No one on file was born, filed or paid before it: an earlier year is a digit missing or mistyped. */
    private static final int FIRST_YEAR = 1900;

    private Dates() {
    }

    /** A full date from a date cell, an Excel serial number or text such as 2024/6/2 or 2024年6月2日. */
    public static Parsed<LocalDate> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String text = Widths.compact(cell.text());
        Parsed<LocalDate> read = switch (cell.kind()) {
            case DATE -> {
                String day = text.length() >= 10 ? text.substring(0, 10) : text;
                yield isoLike(day) ? fromDigits(day, text) : fromText(day, text);
            }
            case NUMBER -> fromNumber(text);
            case TEXT -> isoLike(text) ? fromDigits(text, text) : fromText(text, text);
            default -> Parsed.fail(Issue.error("DATE_FORMAT", cell.text()));
        };
        // "00240506" read as the year 24, found by fuzzing: reported rather than stored.
        LocalDate day = read.valueOrNull();
        if (day != null && day.getYear() < FIRST_YEAR) {
            return Parsed.fail(Issue.error("DATE_TOO_EARLY", cell.text(), FIRST_YEAR));
        }
        return read;
    }

    /** A day read as a date of either kind: the same outcome, which holds nothing it could be changed through. */
    @SuppressWarnings("unchecked")
    private static Parsed<Temporal> widened(Parsed<? extends Temporal> day) {
        return (Parsed<Temporal>) day;
    }

    /**
     * A date under a 年月 header (建档年月, 出生年月): a full date as {@link #parse} reads it, or a month alone —
     * 2024.06, 2024年6月, 2024-06, 202406 — as a {@link YearMonth}. A number cell 2024.1 could be January or
     * October (2024.10 loses its 0 as a number), so it is refused rather than guessed.
     */
    public static Parsed<Temporal> parseMonthOrDay(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String text = Widths.compact(cell.text());
        if (cell.kind() == CellKind.NUMBER) {
            if (SIX_DIGITS.matcher(text).matches()) return month(text.substring(0, 4), text.substring(4), cell.text());
            Matcher m = NUMBER_MONTH.matcher(text);
            if (m.matches()) {
                if (m.group(2).equals("1")) return Parsed.fail(Issue.error("DATE_MONTH_AMBIGUOUS", cell.text()));
                return month(m.group(1), m.group(2), cell.text());
            }
        }
        Parsed<LocalDate> full = parse(cell);
        boolean unreadable = !full.issues().isEmpty()
                && full.issues().stream().allMatch(i -> i.code().equals("DATE_FORMAT"));
        if (!unreadable || cell.kind() != CellKind.TEXT) return widened(full);
        for (Pattern pattern : MONTH) {
            Matcher m = pattern.matcher(text);
            if (m.matches()) return month(m.group(1), m.group(2), cell.text());
        }
        return new Parsed<>(java.util.Optional.empty(), full.issues());
    }

    private static Parsed<Temporal> month(String year, String month, String shown) {
        int y = Integer.parseInt(year);
        int m = Integer.parseInt(month);
        if (m < 1 || m > 12 || y > 2100) return Parsed.fail(Issue.error("DATE_INVALID", shown));
        if (y < FIRST_YEAR) return Parsed.fail(Issue.error("DATE_TOO_EARLY", shown, FIRST_YEAR));
        return Parsed.ok(YearMonth.of(y, m));
    }

    private static Parsed<LocalDate> fromText(String text, String shown) {
        for (Pattern pattern : FULL) {
            Matcher m = pattern.matcher(text);
            if (!m.matches()) continue;
            try {
                return Parsed.ok(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            } catch (DateTimeException e) {
                return Parsed.fail(Issue.error("DATE_INVALID", shown));
            }
        }
        return Parsed.fail(Issue.error("DATE_FORMAT", shown));
    }

    /** "2024-06-02", "2024/06/02" or "2024.06.02" exactly: the first full pattern, read without a regex. */
    private static boolean isoLike(String text) {
        if (text.length() != 10) return false;
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' || c == '/' || c == '.' : c >= '0' && c <= '9';
            if (!ok) return false;
        }
        return true;
    }

    private static Parsed<LocalDate> fromDigits(String text, String shown) {
        try {
            return Parsed.ok(LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)));
        } catch (DateTimeException e) {
            return Parsed.fail(Issue.error("DATE_INVALID", shown));
        }
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (text.charAt(i) - '0');
        return n;
    }

    // Excel stores dates as numbers; a date column formatted as General shows the serial itself.
    private static Parsed<LocalDate> fromNumber(String text) {
        BigDecimal number;
        try {
            number = new BigDecimal(text);
        } catch (NumberFormatException e) {
            return Parsed.fail(Issue.error("DATE_FORMAT", text));
        }
        if (text.length() == 8 && text.chars().allMatch(Character::isDigit)) return fromText(text, text); // 20240602 typed as a number
        if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(LAST_SERIAL)) > 0) {
            return Parsed.fail(Issue.error("DATE_FORMAT", text));
        }
        long serial = number.longValue(); // a fraction is the time of day
        // A bare year (2024) typed into a date column would otherwise read as a day in 1905.
        if (serial >= 1900 && serial <= 2100) return Parsed.fail(Issue.error("DATE_FORMAT", text));
        // The 1900 date system counts a 29 February 1900 that never was (serial 60).
        if (serial == 60) return Parsed.fail(Issue.error("DATE_INVALID", text));
        return Parsed.ok(serial < 60 ? SERIAL_BASE.plusDays(serial + 1) : SERIAL_BASE.plusDays(serial));
    }
}
