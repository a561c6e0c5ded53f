package bangfu.lifecycle;

import bangfu.model.Issue;

/** What {@link Lifecycle#decide} makes of a request: the move, or why it is refused. */
public sealed interface Decision permits Decision.Move, Decision.Refused {
    /** The request is allowed; {@code transition} is what to record. */
    record Move(Transition transition) implements Decision {
    }

    /** The request is not allowed; {@code issue} says why, in the issue catalogue's words. */
    record Refused(Issue issue) implements Decision {
    }
}
