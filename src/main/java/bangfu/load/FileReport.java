package bangfu.load;

import bangfu.model.Counts;
import bangfu.model.Finding;
import bangfu.model.RecordKind;
import bangfu.model.Severity;
import bangfu.model.UnlistedFindings;
import bangfu.model.ValueReading;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What importing one file did. Its counts of findings are the only ones: they take in those kept in full and
 * those only counted alike, so no output counts the listed findings alone.
 *
 * @param alreadyImported the same content was imported before; nothing was read or written
 * @param committed       false for --dry-run or when nothing was written
 * @param findings        the findings kept in full, at most {@link FindingList#PER_CODE} of each code
 * @param unlisted        the findings beyond those, counted per code, with their cells
 * @param readings        what values were read as, where not their official word: one per mapping
 */
public record FileReport(String file, String sha256, boolean alreadyImported, boolean committed,
                         List<SheetReport> sheets, Counts totals, List<Finding> findings, UnlistedFindings unlisted,
                         List<ValueReading> readings) {
    public FileReport {
        sheets = List.copyOf(sheets);
        findings = List.copyOf(findings);
        java.util.Objects.requireNonNull(unlisted, "unlisted");
        readings = List.copyOf(readings);
    }

    /** All errors, listed or not. */
    public long errors() {
        return count(Severity.ERROR);
    }

    /** All findings of a severity, listed or not. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count() + unlisted.count(severity);
    }

    /** All findings of a severity in one sheet, listed or not. */
    public long count(String sheet, Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity && f.where().sheet().equals(sheet)).count()
                + unlisted.count(sheet, severity);
    }

    /** All findings, listed or not. */
    public long findingCount() {
        return findings.size() + unlisted.count();
    }

    /** All findings of a severity per code, listed or not: the most frequent first, then by code. */
    public Map<String, Long> codes(Severity severity) {
        Map<String, Long> counted = new TreeMap<>();
        for (Finding f : findings) if (f.severity() == severity) counted.merge(f.issue().code(), 1L, Long::sum);
        for (UnlistedFindings.Count u : unlisted.counts()) if (u.severity() == severity) counted.merge(u.code(), u.count(), Long::sum);
        Map<String, Long> sorted = new LinkedHashMap<>();
        counted.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEachOrdered(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    /** The same report, marked as not committed: what a rehearsal reports. */
    FileReport uncommitted() {
        return new FileReport(file, sha256, false, false, sheets, totals, findings, unlisted, readings);
    }

    /** One sheet whose header was recognised and whose rows were read. */
    public record SheetReport(String sheet, RecordKind kind, int headerRow, Counts counts) {
    }
}
