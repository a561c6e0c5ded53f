package bangfu.visit;

import static java.util.Objects.requireNonNull;

import bangfu.lifecycle.FilePeriod;
import java.time.LocalDate;

/**
 * One thing a cadre owes a household as of a day: visits still short of the yearly minimum, or one 渐退 follow-up.
 *
 * @param followUpMonth for a follow-up, its months after entering 渐退 (3 or 6 by default); else null
 * @param dueOn         the follow-up's due day, or 31 December for the yearly minimum
 * @param overdueDays   days past {@code dueOn}, 0 when not overdue
 * @param visitsThisYear the household's visits from 1 January to the as-of day
 * @param owed          visits still owed for this item: the yearly minimum's shortfall, 1 for a follow-up
 */
public record Due(FilePeriod file, Reason reason, Integer followUpMonth, LocalDate dueOn, long overdueDays,
                  int visitsThisYear, int owed) {
    public Due {
        requireNonNull(file, "file");
        requireNonNull(reason, "reason");
        requireNonNull(dueOn, "dueOn");
    }

    /** Why a household is on the list. */
    public enum Reason {
        /** fewer visits this year than the policy's minimum */
        YEARLY_MINIMUM,
        /** a 渐退 follow-up due (within the days asked for) or overdue */
        FOLLOW_UP
    }
}
