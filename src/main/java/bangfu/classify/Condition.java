package bangfu.classify;

import bangfu.model.Tier;
import java.util.List;

/** One tier's condition for a household: the verdict and the tests that gave it, in the order made. */
public record Condition(Tier tier, Verdict verdict, List<Test> tests) {
    public Condition {
        tests = List.copyOf(tests);
    }
}
