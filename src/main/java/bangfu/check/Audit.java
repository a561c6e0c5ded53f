package bangfu.check;

import bangfu.model.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code verify} found in the database: the year the yearly checks looked at (and whether the clerk
 * chose it or it was the latest year with payments or visits), the day the checks counted from, and the
 * findings, grouped by household.
 */
public record Audit(int year, boolean yearChosen, LocalDate today, List<HouseholdFinding> findings) {
    public Audit {
        findings = List.copyOf(findings);
    }

    public Map<String, Integer> countsByCode() {
        Map<String, Integer> counts = new TreeMap<>();
        for (HouseholdFinding f : findings) counts.merge(f.code(), 1, Integer::sum);
        return counts;
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count();
    }

    public long households() {
        return findings.stream().mapToLong(HouseholdFinding::householdId).distinct().count();
    }

    /** Errors fail the run; with {@code strict} so do warnings. */
    public boolean fails(boolean strict) {
        return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }
}
