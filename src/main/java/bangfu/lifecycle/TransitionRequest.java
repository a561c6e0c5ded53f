package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import java.time.LocalDate;

/**
 * A command's request to move one file period to another state: {@code visit advance} (from a follow-up's
 * outcome), {@code visit close} and {@code classify --apply} make these and hand them to
 * {@link Lifecycle#decide}; what is allowed, and the state afterwards, is decided there.
 *
 * @param to      the state asked for
 * @param on      the day it takes effect: the deciding visit's date, the closing date, the as-of date of a run
 * @param reason  the close reason; required for {@link FileStatus#CLOSED}, ignored otherwise
 * @param visitId the visit that decided it (recorded as the cause), or null
 * @param note    why, in a few words for the status history (e.g. a classify run's explanation), or null
 */
public record TransitionRequest(FileStatus to, LocalDate on, CloseReason reason, Long visitId, String note) {
    public TransitionRequest {
        requireNonNull(to, "to");
        requireNonNull(on, "on");
        if (to == FileStatus.CLOSED && reason == null) throw new IllegalArgumentException("closing needs a reason");
        if (to != FileStatus.CLOSED) reason = null;
    }

    public static TransitionRequest to(FileStatus to, LocalDate on) {
        return new TransitionRequest(to, on, null, null, null);
    }
}
