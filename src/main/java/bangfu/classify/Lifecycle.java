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
    /** Today's rule (DESIGN §3): a file 在档 that no longer qualifies enters 渐退 on the day; any other stays. */
    Lifecycle PHASE_OUT = (status, on) -> status == FileStatus.ACTIVE
            ? Optional.of(new StatusMove(FileStatus.ACTIVE, FileStatus.PHASING_OUT, on, CloseReason.NOT_ELIGIBLE))
            : Optional.empty();

    /** The move a file in {@code status} makes when, as of {@code on}, it no longer qualifies; empty when it stays. */
    Optional<StatusMove> noLongerQualifies(FileStatus status, LocalDate on);
}
