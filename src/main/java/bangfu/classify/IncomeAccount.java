package bangfu.classify;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * How a household's per-capita monthly income was found: the roster's own figure, or the yearly income with
 * the items the policy adds and deducts, over 12 months and the household size — or neither.
 *
 * @param items    the yearly items, signed (deductions negative), when the income could be computed or partly so
 * @param computed the computed per-capita income, when every input was there
 * @param stated   the roster's 人均月收入
 * @param missing  inputs the computation lacks (only a problem when the roster states no per-capita income)
 * @param used     the figure the tiers are tested on: the roster's when it states one, else the computed one
 */
public record IncomeAccount(List<Item> items, Optional<PerCapita> computed, OptionalLong stated, List<Input> missing,
                            Optional<PerCapita> used) {
    public IncomeAccount {
        items = List.copyOf(items);
        missing = List.copyOf(missing);
        java.util.Objects.requireNonNull(used, "used");
    }

    /** The account, the figure the tiers are tested on made once: the roster's when it states one, else the computed one. */
    public IncomeAccount(List<Item> items, Optional<PerCapita> computed, OptionalLong stated, List<Input> missing) {
        this(items, computed, stated, missing, stated.isPresent() ? Optional.of(PerCapita.of(stated.getAsLong())) : computed);
    }

    /** One yearly income item, in fen; {@code detail} holds the figures it was made of, for the explanation. */
    public record Item(IncomeItem kind, long fen, List<String> detail) {
        public Item {
            detail = List.copyOf(detail);
        }
    }

    /** The roster's figure and the computed one differ by more than one fen per person and month. */
    public boolean disagrees() {
        if (stated.isEmpty() || computed.isEmpty()) return false;
        PerCapita c = computed.get();
        // |s − n/d| > 1  ⇔  |s × d − n| > d
        long diff = Math.abs(Math.subtractExact(Math.multiplyExact(stated.getAsLong(), c.denominator()), c.numerator()));
        return diff > c.denominator();
    }
}
