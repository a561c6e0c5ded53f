package bangfu.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

/** The one text form of a field value: what the database stores, what audits compare and log. */
public final class Values {
    /** The days whose text is kept once made: a million-row file names a few thousand distinct days. */
    private static final LocalDate FIRST_KEPT = LocalDate.of(1900, 1, 1);
    private static final int KEPT_DAYS = (int) (LocalDate.of(2100, 1, 1).toEpochDay() - FIRST_KEPT.toEpochDay());
    private static final long FIRST_KEPT_DAY = FIRST_KEPT.toEpochDay();
    // Shared by the reading and writing threads without a lock: a String is safe to publish by a race, and
    // two threads making the same day's text at once make equal texts.
    private static final String[] DAY_TEXTS = new String[KEPT_DAYS];

    private Values() {
    }

    public static String canonical(Field field, Object value) {
        return switch (field.type()) {
            case ID -> ((IdNumber) value).value();
            case YES_NO -> ((Boolean) value) ? "1" : "0";
            case CHOICE -> ((Enum<?>) value).name();
            case AREA -> ((java.math.BigDecimal) value).toPlainString();
            case CHOICES -> ((List<?>) value).stream().map(v -> ((Enum<?>) v).name()).collect(Collectors.joining(","));
            default -> value instanceof LocalDate d ? text(d) : value.toString();
        };
    }

    /** A day as stored, 2024-06-02 ({@link LocalDate#toString}), made once per distinct day of this century and the last. */
    public static String text(LocalDate day) {
        long at = day.toEpochDay() - FIRST_KEPT_DAY;
        if (at < 0 || at >= KEPT_DAYS) return day.toString();
        String kept = DAY_TEXTS[(int) at];
        if (kept == null) {
            kept = day.toString();
            DAY_TEXTS[(int) at] = kept;
        }
        return kept;
    }

    /**
     * The day a date value stands for wherever dates are compared: the date itself, or for a month alone
     * (建档年月 2024-06) the first day of that month.
     */
    public static LocalDate firstDay(Object date) {
        if (date instanceof LocalDate d) return d;
        if (date instanceof YearMonth m) return m.atDay(1);
        throw new IllegalArgumentException("not a date: " + date);
    }

    /** {@link #firstDay(Object)} of a stored date, 2024-06-02 or 2024-06. */
    public static LocalDate firstDay(String stored) {
        return firstDay(date(stored));
    }

    /** A stored date as it was stated: a LocalDate, or a YearMonth for a month alone. */
    public static Temporal date(String stored) {
        return stored.length() == 7 ? YearMonth.parse(stored) : LocalDate.parse(stored);
    }
}
