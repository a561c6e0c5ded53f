package bangfu.validate;

/** An issue that belongs to a row other than the one being read: a column's summary placed at its first row. */
public record RowIssue(int row, CellIssue issue) {
}
