package bangfu.validate;

import bangfu.model.Field;
import bangfu.model.Issue;
import bangfu.model.RecordKind;
import java.util.List;
import java.util.Optional;

/**
 * Where a sheet's header is and what each column means.
 *
 * @param headerRows the Excel row numbers the header spans (one, or two for a group row over sub-headers)
 */
public record SheetLayout(RecordKind kind, List<Integer> headerRows, List<Column> columns) {
    public SheetLayout {
        headerRows = List.copyOf(headerRows);
        columns = List.copyOf(columns);
    }

    public int lastHeaderRow() {
        return headerRows.get(headerRows.size() - 1);
    }

    public Optional<Column> column(String field) {
        return columns.stream().filter(c -> c.field().filter(field::equals).isPresent()).findFirst();
    }

    /** An issue about a field, placed at its column (or named by the field when the sheet lacks it). */
    public CellIssue issueAt(Field f, Issue issue, String value) {
        return column(f.key()).map(c -> new CellIssue(c.index(), c.header(), issue, value))
                .orElse(new CellIssue(-1, f.zh(), issue, value));
    }

    /** A column of the sheet; {@code field} is empty when bangfu does not know the header. */
    public record Column(int index, String header, Optional<String> field) {
        public String letter() {
            return letters(index);
        }

        public static String letters(int index) {
            StringBuilder s = new StringBuilder();
            for (int i = index + 1; i > 0; i = (i - 1) / 26) s.insert(0, (char) ('A' + (i - 1) % 26));
            return s.toString();
        }
    }
}
