package bangfu.visit;

import bangfu.lifecycle.Decision;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.TransitionRequest;
import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import bangfu.store.Storage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * {@code visit close}: closes (注销) a head's current file period with its reason and date, recorded like every
 * move of the lifecycle — in the status history with the run that made it. Nothing is deleted.
 */
public final class Closing {
    /** The file and what the lifecycle made of the request: the move written, or why it was refused. */
    public record Outcome(FilePeriod file, Decision decision) {
        public boolean closed() {
            return decision instanceof Decision.Move;
        }
    }

    private Closing() {
    }

    /** Empty when the head has no file. */
    public static Optional<Outcome> close(Storage db, String headId, CloseReason reason, LocalDate on, String arguments,
                                          Clock clock) {
        FileMoves.Request request = new FileMoves.Request(headId, new TransitionRequest(FileStatus.CLOSED, on, reason, null, null));
        FileMoves.Outcome o = FileMoves.apply(db, "visit close", arguments, on, List.of(request), true, clock).get(0);
        return o.file().map(f -> new Outcome(f, o.decision()));
    }
}
