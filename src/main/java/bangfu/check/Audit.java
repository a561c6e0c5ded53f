package bangfu.check;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code verify} found in the database, in numbers: the year the yearly checks looked at (and whether
 * the clerk chose it or it was the latest ended year with payments or visits), the day the checks counted from,
 * and the findings counted by code and severity. The findings themselves went to the caller as they came.
 */
public record Audit(int year, boolean yearChosen, LocalDate today, Map<String, Integer> countsByCode, long findings,
                    long errors, long warnings, long households) {
    public Audit {
        countsByCode = java.util.Collections.unmodifiableMap(new TreeMap<>(countsByCode));
    }

    /** Errors fail the run; with {@code strict} so do warnings. */
    public boolean fails(boolean strict) {
        return errors > 0 || (strict && warnings > 0);
    }
}
