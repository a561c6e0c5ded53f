package bangfu.store;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * What the yearly report needs to know of the households paid: which group each is counted under (-1: filtered
 * out), its head's first period, and which file periods are of 农民工 ({@code migrant}) and of 劳模 ({@code model}),
 * by household id.
 *
 * @param all every household counts, in the one group "" (no breakdown, no filter)
 */
public record PaidHouseholds(int[] groupOf, List<String> groups, Map<Long, Long> firstPeriod, boolean all, BitSet migrant,
                             BitSet model) {
    public int group(long household) {
        return household < groupOf.length ? groupOf[(int) household] : -1;
    }

    /** Later periods of a head filed more than once, sorted, so most payments are looked up without boxing. */
    public long[] refiled() {
        return firstPeriod.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
    }
}
