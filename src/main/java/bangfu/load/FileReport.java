package bangfu.load;

import bangfu.model.Counts;
import bangfu.model.Finding;
import bangfu.model.RecordKind;
import bangfu.model.Severity;
import java.util.List;

/**
 * What importing one file did.
 *
 * @param alreadyImported the same content was imported before; nothing was read or written
 * @param committed       false for --dry-run or when nothing was written
 * @param findings        the findings listed, at most {@link FindingList#PER_CODE} of each code
 * @param unlisted        how many more of a code there were, beyond those listed
 */
public record FileReport(String file, String sha256, boolean alreadyImported, boolean committed,
                         List<SheetReport> sheets, Counts totals, List<Finding> findings, List<Unlisted> unlisted) {
    public FileReport {
        sheets = List.copyOf(sheets);
        findings = List.copyOf(findings);
        unlisted = List.copyOf(unlisted);
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
