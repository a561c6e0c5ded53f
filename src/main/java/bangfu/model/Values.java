package bangfu.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.stream.Collectors;

/** The one text form of a field value: what the database stores, what audits compare and log. */
public final class Values {
    private Values() {
    }

    public static String canonical(Field field, Object value) {
        return switch (field.type()) {
            case ID -> ((IdNumber) value).value();
            case YES_NO -> ((Boolean) value) ? "1" : "0";
            case CHOICE -> ((Enum<?>) value).name();
            case AREA -> ((java.math.BigDecimal) value).toPlainString();
            case CHOICES -> ((List<?>) value).stream().map(v -> ((Enum<?>) v).name()).collect(Collectors.joining(","));
            default -> value.toString();
        };
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
