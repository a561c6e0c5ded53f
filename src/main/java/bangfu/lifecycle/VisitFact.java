package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import java.time.LocalDate;

/** One recorded visit as the lifecycle reads it; kind and outcome are null when the log did not say. */
public record VisitFact(long id, LocalDate on, VisitKind kind, VisitOutcome outcome, String visitor) {
    public VisitFact {
        requireNonNull(on, "on");
    }
}
