package bangfu.classify;

import bangfu.config.ClassifyPolicy;
import bangfu.config.ClassifyPolicy.Accident;
import bangfu.config.ClassifyPolicy.Band;
import bangfu.config.ClassifyPolicy.Exclusions;
import bangfu.config.ClassifyPolicy.IncomeRules;
import bangfu.config.ClassifyPolicy.RegionalFigure;
import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.Exclusion;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Policies for the classifier's tests, built in code: the defaults bangfu.yaml has, then what a test changes.
 * Immutable: every change returns a new one, so rows of a table may share a base policy.
 */
final class Policies {
    private final List<RegionalFigure> dibao = new ArrayList<>();
    private final List<RegionalFigure> minWage = new ArrayList<>();
    private final List<RegionalFigure> resident = new ArrayList<>();
    private final Map<Tier, Band> bands = new EnumMap<>(Tier.class);
    private Optional<Accident> accident = Optional.empty();
    private List<Tier> precedence = List.of(Tier.DEEP, Tier.RELATIVE, Tier.ACCIDENT, Tier.GENERAL);
    private IncomeRules income = new IncomeRules(EnumSet.allOf(RigidExpense.class), false, Set.of(), false);
    private Exclusions exclusions = new Exclusions(Set.of(), 2, BigDecimal.ZERO, EnumSet.allOf(Tier.class), false);

    private Policies() {
        bands.put(Tier.DEEP, new Band(BigDecimal.ONE, true, false));
        bands.put(Tier.RELATIVE, new Band(BigDecimal.valueOf(2), true, false));
    }

    /** No 低保 figure yet: add them with {@link #and}. */
    static Policies none() {
        return new Policies();
    }

    private Policies copy() {
        Policies p = new Policies();
        p.dibao.addAll(dibao);
        p.minWage.addAll(minWage);
        p.resident.addAll(resident);
        p.bands.clear();
        p.bands.putAll(bands);
        p.accident = accident;
        p.precedence = precedence;
        p.income = income;
        p.exclusions = exclusions;
        return p;
    }

    /** 低保 {@code yuan} in {@code region} from 2024-01-01, the defaults otherwise (1× and 2×, both ≤). */
    static Policies dibao(String region, String yuan) {
        return none().and(region, "2024-01-01", yuan);
    }

    /** Another 低保 figure. */
    Policies and(String region, String from, String yuan) {
        Policies p = copy();
        p.dibao.add(figure(region, from, yuan));
        return p;
    }

    Policies minWage(String region, String yuan) {
        Policies p = copy();
        p.minWage.add(figure(region, "2024-01-01", yuan));
        return p;
    }

    Policies residentIncome(String region, String yuanPerYear) {
        Policies p = copy();
        p.resident.add(figure(region, "2024-01-01", yuanPerYear));
        return p;
    }

    Policies band(Tier tier, String multiple, boolean inclusive) {
        Policies p = copy();
        p.bands.put(tier, new Band(new BigDecimal(multiple), inclusive, false));
        return p;
    }

    Policies gate(Tier tier) {
        Policies p = copy();
        Band b = p.bands.get(tier);
        p.bands.put(tier, new Band(b.multiple(), b.inclusive(), true));
        return p;
    }

    Policies off(Tier tier) {
        Policies p = copy();
        p.bands.remove(tier);
        return p;
    }

    Policies strict() {
        return band(Tier.DEEP, "1", false).band(Tier.RELATIVE, "2", false);
    }

    Policies accident(String share, boolean inclusive, Set<Cause> causes, String maxMultiple) {
        Policies p = copy();
        p.accident = Optional.of(new Accident(new BigDecimal(share), inclusive, causes,
                maxMultiple == null ? Optional.empty() : Optional.of(new BigDecimal(maxMultiple))));
        return p;
    }

    Policies precedence(Tier... order) {
        Policies p = copy();
        p.precedence = List.of(order);
        return p;
    }

    Policies income(Set<RigidExpense> deducted, boolean withoutCompulsory, Set<AssistanceKind> aid, boolean impute) {
        Policies p = copy();
        p.income = new IncomeRules(deducted, withoutCompulsory, aid, impute);
        return p;
    }

    Policies exclusions(Set<Exclusion> checked, String areaPerPerson, Set<Tier> tiers, boolean unrecordedIsMissing) {
        Policies p = copy();
        p.exclusions = new Exclusions(checked, 2, new BigDecimal(areaPerPerson), tiers, unrecordedIsMissing);
        return p;
    }

    ClassifyPolicy build() {
        return new ClassifyPolicy("test", "0".repeat(64), dibao, minWage, resident, bands, accident, precedence, income,
                exclusions);
    }

    private static RegionalFigure figure(String region, String from, String yuan) {
        return new RegionalFigure(region, LocalDate.parse(from), new BigDecimal(yuan).movePointRight(2).longValueExact(), 1);
    }
}
