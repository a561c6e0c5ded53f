package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

import bangfu.model.FileStatus;
import java.time.LocalDate;

/**
 * One row of a file period's status history: {@code from} is null where the period was opened; {@code on} null
 * where nobody stated the day. Rows are ordered by {@code id}, the order they were recorded in.
 */
public record StatusEntry(long id, FileStatus from, FileStatus to, LocalDate on) {
    public StatusEntry {
        requireNonNull(to, "to");
    }
}
