package bangfu.validate;

import bangfu.model.ValueReading;
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

    /**
     * The end of a recognised sheet: what its values were read as ({@code readings}, one per mapping) and the
     * issues only the whole sheet shows (a term stored as 其他, once with its count; values outside the table),
     * each placed at its row.
     */
    record Ended(String sheet, List<ValueReading> readings, List<RowIssue> issues) implements SheetEvent {
        public Ended {
            readings = List.copyOf(readings);
            issues = List.copyOf(issues);
        }
    }
}
