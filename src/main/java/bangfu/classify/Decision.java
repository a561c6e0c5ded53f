package bangfu.classify;

import bangfu.config.ClassifyPolicy.RegionalFigure;
import bangfu.model.Tier;
import java.util.List;
import java.util.Optional;

/**
 * The tier one household qualifies for under the policy on a day, with everything that decided it.
 *
 * @param tier       the tier that won; empty when none fits, or when the decision could not be made
 * @param decided    false when a missing input leaves the outcome open: then {@code missing} says what to add
 * @param rule       the rule that decided, in a stable form for scripts and audits
 *                   (e.g. {@code RELATIVE: per_capita <= 2 × dibao})
 * @param dibao      the 低保 figure used, when one was found
 * @param conditions each tier's condition in the order of precedence, up to the one that decided
 * @param missing    the inputs whose absence left the decision open
 */
public record Decision(Optional<Tier> tier, boolean decided, String rule, IncomeAccount income,
                       Optional<Figure> dibao, List<ExclusionCheck> exclusions, List<Condition> conditions,
                       List<Input> missing) {
    public Decision {
        exclusions = List.copyOf(exclusions);
        conditions = List.copyOf(conditions);
        missing = List.copyOf(missing);
    }

    /** A regional figure as used for one household: whether it is the household's own region's or a wider one's. */
    public record Figure(RegionalFigure figure, boolean inherited) {
    }
}
