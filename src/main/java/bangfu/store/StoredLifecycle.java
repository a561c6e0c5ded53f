package bangfu.store;

import bangfu.lifecycle.FileState;
import bangfu.lifecycle.Tenure;
import bangfu.model.Values;
import java.time.LocalDate;

/**
 * How a file period's lifecycle state is stored on every engine, and the values of the columns derived from it
 * ({@code status_on}, {@code left_on}, {@code left_as}, {@code left_undated}, {@code filed_year}, {@code left_year}),
 * written from {@link Tenure}, the one rule, by each adapter's writers; SQL only reads them.
 */
public final class StoredLifecycle {
    /** The stored state, in the order the adapters read it. */
    public static final String STATE = "status, status_on, filed_on, phased_out_on, exited_on, closed_on, close_reason";
    /** The derived columns, in the order {@link #derived} gives their values. */
    public static final String[] DERIVED = {"status_on", "left_on", "left_as", "left_undated", "filed_year", "left_year"};

    private StoredLifecycle() {
    }

    /**
     * The values of {@link #DERIVED} for a state whose status date was {@code stated} as text (a filing month alone,
     * {@code 2016-05}, from 建档年月): {@code status_on} keeps that precision when it is the same day.
     */
    public static Object[] derived(FileState s, String stated) {
        Tenure t = Tenure.of(s);
        String statusOn = stated != null && s.statusOn() != null && s.statusOn().equals(date(stated)) ? stated
                : text(s.statusOn());
        return new Object[] {statusOn, text(t.leftOn()), t.leftAs() == null ? null : t.leftAs().name(),
            t.undated() ? 1 : 0, t.filedYear(), t.leftYear()};
    }

    /**
     * A stored date; a month-precision one ({@code 2024-06}) counts as the first day of its month. Read by hand:
     * the visit rounds read a few dates for each of a million files, and {@code LocalDate.parse} costs a formatter
     * run each time.
     */
    public static LocalDate date(String text) {
        if (text == null || text.isEmpty()) return null;
        if ((text.length() == 10 || text.length() == 7) && text.charAt(4) == '-') {
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = text.length() == 10 && text.charAt(7) == '-' ? digits(text, 8, 10) : text.length() == 7 ? 1 : -1;
            if (year >= 0 && month >= 1 && month <= 12 && day >= 1) return LocalDate.of(year, month, day);
        }
        return text.isBlank() ? null : LocalDate.parse(text);
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }

    public static String text(LocalDate d) {
        return d == null ? null : Values.text(d);
    }
}
