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
 * @param readings        what values were read as, where not their official word: one per mapping
 */
public record FileReport(String file, String sha256, boolean alreadyImported, boolean committed,
                         List<SheetReport> sheets, Counts totals, List<Finding> findings, List<ValueReading> readings) {
    public FileReport {
        sheets = List.copyOf(sheets);
        findings = List.copyOf(findings);
        readings = List.copyOf(readings);
    }

    public long errors() {
        return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    }

    /** One sheet whose header was recognised and whose rows were read. */
    public record SheetReport(String sheet, RecordKind kind, int headerRow, Counts counts) {
    }
}
