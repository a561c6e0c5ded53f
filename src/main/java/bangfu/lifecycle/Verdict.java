package bangfu.lifecycle;

/** What a 渐退 period's visits decide, as {@link Lifecycle#advance} reads them. */
public sealed interface Verdict permits Verdict.Exit, Verdict.Return, Verdict.Waiting {
    /** 脱困 on the day of {@code lastFollowUp}, the visit that completed the follow-ups. */
    record Exit(VisitFact lastFollowUp) implements Verdict {
    }

    /** Back to 在档 on the day of {@code hardship}, the first visit that found new hardship. */
    record Return(VisitFact hardship) implements Verdict {
    }

    /** Nothing to decide yet: {@code why}, about {@code followUp} where there is one. */
    record Waiting(Why why, FollowUp followUp) implements Verdict {
    }

    /** Why a 渐退 period waits. */
    enum Why {
        /** no 渐退日期: no follow-up can be scheduled */
        UNDATED,
        /** a follow-up is not done yet */
        FOLLOW_UP_PENDING,
        /** a follow-up is done but its visit states no outcome, or one that is neither stable nor new hardship */
        OUTCOME_UNSTATED
    }
}
