package bangfu.classify;

import static java.util.Objects.requireNonNull;

import bangfu.model.Cause;
import bangfu.model.FileStatus;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/**
 * What classify knows of one file period on record: its place, its current tier and status, and the figures
 * and flags the roster stated. Anything the roster did not state is empty, never zero.
 *
 * @param id        the file period's row id
 * @param headId    the head's 18-character ID number, in full (outputs mask it)
 * @param income    the income figures
 * @param flags     the exclusion flags
 * @param hardship  the causes and the costs of a sudden hardship
 */
public record Household(long id, String headId, String name, String union, Region region, Optional<Tier> tier,
                        FileStatus status, Income income, Flags flags, Hardship hardship) {
    public Household {
        requireNonNull(headId, "headId");
        requireNonNull(name, "name");
        requireNonNull(union, "union");
        requireNonNull(region, "region");
        requireNonNull(tier, "tier");
        requireNonNull(status, "status");
        requireNonNull(income, "income");
        requireNonNull(flags, "flags");
        requireNonNull(hardship, "hardship");
    }

    /** The same file as it stood with another tier and status (before a run changed them). */
    public Household as(Optional<Tier> otherTier, FileStatus otherStatus) {
        return new Household(id, headId, name, union, region, otherTier, otherStatus, income, flags, hardship);
    }

    /**
     * The income side of the roster, in fen.
     *
     * @param size          家庭人口
     * @param yearly        家庭年收入
     * @param monthly       家庭月总收入, per month as stated: counted twelve times where the roster gives no 家庭年收入
     * @param rigidTotal    刚性支出, the total as the roster states it
     * @param expenses      the rigid expenses item by item, those the roster states
     * @param compulsory    其中义务教育支出: the part of 因学 expenses for compulsory schooling
     * @param perCapita     人均月收入 as the roster states it
     * @param ableUnemployed members able to work but without work (有劳动能力未就业人数)
     * @param unionAid      union assistance paid in the 12 months up to the as-of date, of the kinds the policy
     *                      counts (from the assistance ledger; 0 when none)
     */
    public record Income(OptionalInt size, OptionalLong yearly, OptionalLong monthly, OptionalLong rigidTotal,
                         Map<RigidExpense, Long> expenses, OptionalLong compulsory, OptionalLong perCapita,
                         OptionalInt ableUnemployed, long unionAid) {
        public Income {
            requireNonNull(size, "size");
            requireNonNull(yearly, "yearly");
            requireNonNull(monthly, "monthly");
            requireNonNull(rigidTotal, "rigidTotal");
            expenses = expenses.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(new EnumMap<>(expenses));
            requireNonNull(compulsory, "compulsory");
            requireNonNull(perCapita, "perCapita");
            requireNonNull(ableUnemployed, "ableUnemployed");
            if (unionAid < 0) throw new IllegalArgumentException("negative aid");
        }

        /** The year's income: 家庭年收入, or else twelve months of 家庭月总收入; empty when the roster states neither. */
        public OptionalLong year() {
            if (yearly.isPresent() || monthly.isEmpty()) return yearly;
            return OptionalLong.of(Math.multiplyExact(monthly.getAsLong(), 12L));
        }
    }

    /**
     * The exclusion flags (不予建档).
     *
     * @param hasVehicle      有无车辆, the yes/no column; it settles the vehicle exclusion where stated
     * @param vehicle         车辆情况 as written, free text, read only where 有无车辆 is not stated
     * @param mobilityVehicle the vehicle is a disabled person's functional mobility vehicle (功能性代步)
     * @param homes           住房套数
     * @param homeArea        住房总面积, m²
     */
    public record Flags(Optional<Boolean> hasVehicle, Optional<String> vehicle, Optional<Boolean> mobilityVehicle,
                        OptionalInt homes, Optional<BigDecimal> homeArea, Optional<Boolean> business,
                        Optional<Boolean> privateSchool, Optional<Boolean> refusedCheck) {
        public static final Flags NONE = new Flags(Optional.empty(), Optional.empty(), Optional.empty(), OptionalInt.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        public Flags {
            requireNonNull(hasVehicle, "hasVehicle");
            requireNonNull(vehicle, "vehicle");
            requireNonNull(mobilityVehicle, "mobilityVehicle");
            requireNonNull(homes, "homes");
            requireNonNull(homeArea, "homeArea");
            requireNonNull(business, "business");
            requireNonNull(privateSchool, "privateSchool");
            requireNonNull(refusedCheck, "refusedCheck");
        }
    }

    /**
     * The hardship: causes (main and secondary), and the costs of a sudden one with what compensation and
     * insurance paid back, in fen.
     */
    public record Hardship(Set<Cause> causes, OptionalLong costs, OptionalLong compensation) {
        public static final Hardship NONE = new Hardship(Set.of(), OptionalLong.empty(), OptionalLong.empty());

        public Hardship {
            causes = Set.copyOf(causes);
            requireNonNull(costs, "costs");
            requireNonNull(compensation, "compensation");
        }
    }
}
