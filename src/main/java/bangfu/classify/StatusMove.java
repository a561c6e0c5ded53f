package bangfu.classify;

import static java.util.Objects.requireNonNull;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import java.time.LocalDate;

/** A move of a file between states of its lifecycle, on the day it takes effect, for the reason given. */
public record StatusMove(FileStatus from, FileStatus to, LocalDate on, CloseReason reason) {
    public StatusMove {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(on, "on");
        requireNonNull(reason, "reason");
    }
}
