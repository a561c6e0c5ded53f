package bangfu.validate;

import java.util.List;

/** What interpreting a workbook yields, in file order. */
public sealed interface SheetEvent {
    /** A sheet whose header was recognised; {@code issues} concern the whole sheet (unknown columns …). */
    record Started(String sheet, SheetLayout layout, List<CellIssue> issues) implements SheetEvent {
    }

    /** A sheet without a recognisable header; {@code seen} holds some of its first texts. */
    record Skipped(String sheet, List<String> seen) implements SheetEvent {
    }

    record Row(String sheet, ParsedRow row) implements SheetEvent {
    }

    /** The end of a sheet; {@code issues} concern rows from {@code issuesRow} on (values outside the table …). */
    record Ended(String sheet, int issuesRow, List<CellIssue> issues) implements SheetEvent {
        public Ended {
            issues = List.copyOf(issues);
        }
    }
}
