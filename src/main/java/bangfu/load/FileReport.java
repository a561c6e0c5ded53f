package bangfu.load;

import bangfu.model.Counts;
import bangfu.model.Finding;
import bangfu.model.RecordKind;
import bangfu.model.Severity;
import bangfu.model.ValueReading;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param alreadyImported the same content was imported before; nothing was read or written
 * @param committed       false for --dry-run or when nothing was written
 * @param findings        the findings listed, at most {@link FindingList#PER_CODE} of each code
 * @param unlisted        how many more of a code there were, beyond those listed
 * @param readings        what values were read as, where not their official word: one per mapping
 */
public record FileReport(String file, String sha256, boolean alreadyImported, boolean committed,
                         List<SheetReport> sheets, Counts totals, List<Finding> findings, List<Unlisted> unlisted,
                         List<ValueReading> readings) {
    public FileReport {
        sheets = List.copyOf(sheets);
        findings = List.copyOf(findings);
        unlisted = List.copyOf(unlisted);
        readings = List.copyOf(readings);
    }

    /** All errors, listed or not. */
    public long errors() {
        return count(Severity.ERROR);
    }

    /** All findings of a severity, listed or not. */
    public long count(Severity severity) {
        return findings.stream().filter(f -> f.severity() == severity).count() + FindingList.count(unlisted, severity);
    }

    /** All findings, listed or not. */
    public long findingCount() {
        return findings.size() + unlisted.stream().mapToLong(Unlisted::count).sum();
    }

    /** Findings of one code beyond those listed. */
    public record Unlisted(String code, Severity severity, long count) {
    }

    /** One sheet whose header was recognised and whose rows were read. */
    public record SheetReport(String sheet, RecordKind kind, int headerRow, Counts counts) {
    }
}
