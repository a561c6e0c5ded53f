package bangfu.classify;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The lifecycle rule classify needs: where a file goes when it no longer qualifies for any tier. Kept behind
 * this one interface so that classify never holds a second copy of the lifecycle's rules.
 */
public interface Lifecycle {
    /** The lifecycle's own rule ({@link bangfu.lifecycle.Lifecycle#whenNoLongerQualifying}), dated by the as-of day. */
    Lifecycle PHASE_OUT = (status, on) -> bangfu.lifecycle.Lifecycle.whenNoLongerQualifying(status)
            .map(to -> new StatusMove(status, to, on, CloseReason.NOT_ELIGIBLE));

    /** The move a file in {@code status} makes when, as of {@code on}, it no longer qualifies; empty when it stays. */
    Optional<StatusMove> noLongerQualifies(FileStatus status, LocalDate on);
}
