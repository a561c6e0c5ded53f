package bangfu.config;

import static java.util.Objects.requireNonNull;

import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.Exclusion;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code classify:} section of bangfu.yaml: the local rules by which a household's tier is decided, as
 * data — the 低保 standard and the other figures per region and date, each tier's bound, the income rules and
 * the exclusions (不予建档). Money is exact, in fen.
 *
 * @param version        the section's own label (e.g. "青岛市2017"), empty when it has none
 * @param digest         SHA-256 of the section's content, hex: the same rules give the same digest whatever
 *                       the comments, spacing or key order
 * @param dibao          低保标准 per person and month
 * @param minWage        最低工资标准 per month, for imputed incomes
 * @param residentIncome 居民人均可支配收入 per person and year, for the optional extra gate
 * @param bands          the income tiers switched on (DEEP, RELATIVE, GENERAL) with their bound
 * @param accident       the 意外致困 rule when switched on
 * @param precedence     the order in which tiers are tried; the first that fits wins
 * @param income         how the per-capita monthly income is computed from the roster's figures
 * @param exclusions     which exclusions are checked, and for which tiers
 */
public record ClassifyPolicy(String version, String digest, List<RegionalFigure> dibao, List<RegionalFigure> minWage,
                             List<RegionalFigure> residentIncome, Map<Tier, Band> bands, Optional<Accident> accident,
                             List<Tier> precedence, IncomeRules income, Exclusions exclusions) {
    public ClassifyPolicy {
        requireNonNull(version, "version");
        requireNonNull(digest, "digest");
        dibao = List.copyOf(dibao);
        minWage = List.copyOf(minWage);
        residentIncome = List.copyOf(residentIncome);
        bands = bands.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(bands));
        requireNonNull(accident, "accident");
        precedence = List.copyOf(precedence);
        requireNonNull(income, "income");
        requireNonNull(exclusions, "exclusions");
        if (dibao.isEmpty()) throw new IllegalArgumentException("no 低保 figure");
        if (bands.containsKey(Tier.ACCIDENT)) throw new IllegalArgumentException("意外致困 is not an income band");
    }

    /** Whether the tier can be given at all under this policy. */
    public boolean enabled(Tier tier) {
        return tier == Tier.ACCIDENT ? accident.isPresent() : bands.containsKey(tier);
    }

    /**
     * A figure in force in one region from a date until that region's next figure.
     *
     * @param region a 6-digit 行政区划代码, or a name path 省[/市[/县]]
     * @param fen    the amount, in fen
     * @param line   the line of the entry in its file, for messages
     */
    public record RegionalFigure(String region, LocalDate from, long fen, int line) {
        public RegionalFigure {
            requireNonNull(region, "region");
            requireNonNull(from, "from");
            if (fen < 0) throw new IllegalArgumentException("negative figure");
        }
    }

    /**
     * An income tier: the per-capita monthly income against {@code multiple} × 低保.
     *
     * @param inclusive           {@code ≤} (most places) rather than {@code <} (e.g. Qingdao)
     * @param belowResidentIncome also requires the per-capita income, over a year, below the region's
     *                            居民人均可支配收入 (e.g. Anqing)
     */
    public record Band(BigDecimal multiple, boolean inclusive, boolean belowResidentIncome) {
        public Band {
            if (multiple.signum() <= 0) throw new IllegalArgumentException("multiple must be positive");
        }
    }

    /**
     * 意外致困: the costs of a sudden hardship, less compensation and insurance received, above a share of the
     * household's yearly income.
     *
     * @param costShare   the share, between 0 and 1 (0.8 for 80 %)
     * @param inclusive   whether costs exactly at the share qualify ({@code ≥}) or must exceed it ({@code >}, 超过)
     * @param causes      the causes a household must have (main or secondary); empty for any
     * @param maxMultiple an income cap in multiples of 低保 (the older 3倍以内 rule), when given
     */
    public record Accident(BigDecimal costShare, boolean inclusive, Set<Cause> causes, Optional<BigDecimal> maxMultiple) {
        public Accident {
            if (costShare.signum() < 0 || costShare.compareTo(BigDecimal.ONE) > 0) {
                throw new IllegalArgumentException("cost share must be between 0 and 1");
            }
            causes = Set.copyOf(causes);
            requireNonNull(maxMultiple, "maxMultiple");
        }
    }

    /**
     * How the per-capita monthly income is computed when the roster does not state it.
     *
     * @param deducted                    the rigid expenses subtracted from the yearly income
     * @param schoolingExcludesCompulsory 因学 expenses count without their 义务教育 part
     * @param unionAid                    kinds of union assistance paid in the 12 months up to the as-of date that
     *                                    count as income; empty for none
     * @param imputeMinWage               each able member without work counts as earning the local 最低工资标准
     */
    public record IncomeRules(Set<RigidExpense> deducted, boolean schoolingExcludesCompulsory,
                              Set<AssistanceKind> unionAid, boolean imputeMinWage) {
        public IncomeRules {
            deducted = Set.copyOf(deducted);
            unionAid = Set.copyOf(unionAid);
        }
    }

    /**
     * The exclusions (不予建档) checked.
     *
     * @param checked             the exclusions switched on
     * @param homesFrom           how many homes count as several (2 for 2套(含)以上)
     * @param areaPerPerson       the local floor area per person (m²) the homes must exceed
     * @param tiers               the tiers an exclusion bars
     * @param unrecordedIsMissing a flag the roster does not state makes the tier undecided (a finding)
     *                            instead of counting as not excluded
     */
    public record Exclusions(Set<Exclusion> checked, int homesFrom, BigDecimal areaPerPerson, Set<Tier> tiers,
                             boolean unrecordedIsMissing) {
        public Exclusions {
            checked = Set.copyOf(checked);
            tiers = Set.copyOf(tiers);
            requireNonNull(areaPerPerson, "areaPerPerson");
        }
    }
}
