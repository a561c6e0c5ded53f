package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Severity;
import java.util.List;

/**
 * An issue in one row, before the file and sheet are attached.
 *
 * @param column the column index, or -1 when the issue concerns the whole row
 * @param value  the cell as read, already masked when the field is personal
 */
public record CellIssue(int column, String header, Issue issue, String value) {
    /** True when one of {@code issues} is an error. A plain loop: this runs twice for each of a million rows. */
    public static boolean anyError(List<CellIssue> issues) {
        for (int i = 0; i < issues.size(); i++) {
            if (issues.get(i).issue().severity() == Severity.ERROR) return true;
        }
        return false;
    }
}
