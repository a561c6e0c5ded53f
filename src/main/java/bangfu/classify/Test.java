package bangfu.classify;

import bangfu.model.Cause;
import bangfu.model.Exclusion;
import java.util.List;
import java.util.Set;

/** One part of a tier's condition as it was tested on a household, with the figures it compared. */
public sealed interface Test {
    /** Per-capita monthly income against {@code multiple} × 低保. */
    record Bound(PerCapita perCapita, long dibaoFen, Ratio multiple, boolean inclusive, boolean holds) implements Test {
    }

    /** The extra gate: per-capita income over a year below the region's 居民人均可支配收入. */
    record ResidentGate(PerCapita perCapita, long yearlyFen, boolean holds) implements Test {
    }

    /** 意外致困: costs less compensation against {@code share} × yearly household income. */
    record Costs(long costs, long compensation, long yearlyIncome, Ratio share, boolean inclusive, boolean holds)
            implements Test {
        public long net() {
            return Math.max(0, costs - compensation);
        }
    }

    /** 意外致困 needs one of these causes; {@code holds} when the household has one. */
    record Causes(Set<Cause> wanted, boolean holds) implements Test {
        public Causes {
            wanted = Set.copyOf(wanted);
        }
    }

    /** 意外致困 without recorded costs (and not filed as 意外致困): no sudden hardship claimed to weigh. */
    record NoCosts() implements Test {
    }

    /** The older rule's income cap for 意外致困: per-capita income within {@code max} × 低保. */
    record Cap(PerCapita perCapita, long dibaoFen, Ratio max, boolean holds) implements Test {
    }

    /** Inputs the condition needs and the file or policy lacks. */
    record Missing(List<Input> inputs) implements Test {
        public Missing {
            inputs = List.copyOf(inputs);
        }
    }

    /** The condition held, but an exclusion (不予建档) bars the tier. */
    record Barred(List<Exclusion> by) implements Test {
        public Barred {
            by = List.copyOf(by);
        }
    }

    /** The policy does not give the tier. */
    record Off() implements Test {
    }
}
