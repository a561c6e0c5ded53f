package bangfu.model;

/** An issue placed in a file; {@code value} is the cell as read, already masked when personal. */
public record Finding(Location where, Issue issue, String value) {
    public Severity severity() {
        return issue.severity();
    }
}
