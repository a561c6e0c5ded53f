package bangfu.validate;

import bangfu.model.Issue;

/**
 * An issue in one row, before the file and sheet are attached.
 *
 * @param column the column index, or -1 when the issue concerns the whole row
 * @param value  the cell as read, already masked when the field is personal
 */
public record CellIssue(int column, String header, Issue issue, String value) {
}
