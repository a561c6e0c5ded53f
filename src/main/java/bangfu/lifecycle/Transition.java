package bangfu.lifecycle;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import java.time.LocalDate;

/**
 * One move of a file period between states, as the status history records it.
 *
 * @param from    the state before; null when the period was opened
 * @param on      the day it took effect, or null when nobody stated it (a roster without the date)
 * @param reason  the close reason of a move to 注销, else null
 * @param visitId the visit that decided it, or null
 * @param after   the period's state afterwards, which the store writes as it is
 */
public record Transition(FileStatus from, FileStatus to, LocalDate on, CloseReason reason, Long visitId, String note,
                         FileState after) {
}
