package bangfu.lifecycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * One scheduled 渐退 follow-up (动态回访), as of a day.
 *
 * @param months     months after entering 渐退 (3, 6 …, from the policy)
 * @param opensAfter a visit counts for it only after this day: the previous follow-up's due day, or the day the
 *                   file entered 渐退
 * @param dueOn      entering day + months, kept within the month (31 August + 3 months is 30 November)
 * @param visit      the visit that did it, for {@link State#DONE}
 */
public record FollowUp(int months, LocalDate opensAfter, LocalDate dueOn, State state, VisitFact visit) {
    /** Where a follow-up stands. */
    public enum State {
        /** a visit did it (on time or late) */
        DONE,
        /** due or overdue, not done, the file still in 渐退 */
        OUTSTANDING,
        /** not due yet, the file still in 渐退 */
        UPCOMING,
        /** it fell due, was not done, and the file has left 渐退 since */
        MISSED,
        /** the file left 渐退 before it fell due: it is not owed */
        DROPPED
    }

    /** Done by its due day. */
    public boolean onTime() {
        return state == State.DONE && !visit.on().isAfter(dueOn);
    }

    /** Whether it is owed at all by {@code day}: due by then, and not dropped. */
    public boolean dueBy(LocalDate day) {
        return state != State.DROPPED && !dueOn.isAfter(day);
    }

    /** Days past its due day, 0 when not yet overdue. */
    public long overdueDays(LocalDate asOf) {
        return Math.max(0, ChronoUnit.DAYS.between(dueOn, asOf));
    }
}
