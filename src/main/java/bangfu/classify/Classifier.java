package bangfu.classify;

import bangfu.classify.ExclusionCheck.Result;
import bangfu.classify.IncomeAccount.Item;
import bangfu.config.ClassifyPolicy;
import bangfu.config.ClassifyPolicy.Accident;
import bangfu.config.ClassifyPolicy.Band;
import bangfu.config.ClassifyPolicy.IncomeRules;
import bangfu.model.Exclusion;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides each household's tier under one policy: the per-capita income (the roster's, or computed by the
 * policy's income rules), the 低保 of the household's region on the day, the exclusions, then each tier's
 * condition in the order of precedence — the first that holds wins. A missing input makes a condition
 * unknown, and an unknown condition before the winner leaves the decision open: nothing is guessed.
 */
public final class Classifier {
    private static final List<Test> OFF = List.of(new Test.Off());
    // 有无车辆 as stated: the same three answers for a million files.
    private static final ExclusionCheck NO_VEHICLE = ExclusionCheck.of(Exclusion.VEHICLE, Result.CLEAR);
    private static final ExclusionCheck VEHICLE = ExclusionCheck.of(Exclusion.VEHICLE, Result.EXCLUDED);
    private static final ExclusionCheck MOBILITY_VEHICLE = ExclusionCheck.of(Exclusion.VEHICLE, Result.EXEMPT);
    private final ClassifyPolicy policy;
    private final RegionalTable dibao;
    private final RegionalTable minWage;
    private final RegionalTable residentIncome;
    private final Map<Tier, Ratio> multiples = new EnumMap<>(Tier.class);
    private final Optional<Ratio> costShare;
    private final Optional<Ratio> accidentCap;
    private final boolean anyExclusion;
    private final boolean[] enabled = new boolean[Tier.values().length];
    private final Map<Tier, String> winning;
    private final String noTier;

    public Classifier(ClassifyPolicy policy) {
        this.policy = policy;
        this.dibao = new RegionalTable(policy.dibao());
        this.minWage = new RegionalTable(policy.minWage());
        this.residentIncome = new RegionalTable(policy.residentIncome());
        policy.bands().forEach((tier, band) -> multiples.put(tier, Ratio.of(band.multiple())));
        this.costShare = policy.accident().map(a -> Ratio.of(a.costShare()));
        this.accidentCap = policy.accident().flatMap(Accident::maxMultiple).map(Ratio::of);
        this.anyExclusion = !policy.exclusions().checked().isEmpty();
        for (Tier t : Tier.values()) enabled[t.ordinal()] = policy.enabled(t);
        this.winning = winningRules(policy);
        this.noTier = noTierRule(policy);
    }

    public ClassifyPolicy policy() {
        return policy;
    }

    public Decision decide(Household h, LocalDate asOf) {
        IncomeAccount income = income(h, asOf);
        Optional<Decision.Figure> figure = h.region().known() ? dibao.find(h.region(), asOf) : Optional.empty();
        List<ExclusionCheck> exclusions = anyExclusion ? exclusions(h) : List.of();
        List<Condition> conditions = new ArrayList<>(policy.precedence().size());
        for (Tier t : policy.precedence()) conditions.add(condition(t, h, income, figure, exclusions, asOf));

        Set<Input> missing = new LinkedHashSet<>();
        Optional<Tier> won = Optional.empty();
        for (Condition c : conditions) {
            if (c.verdict() == Verdict.YES) {
                won = Optional.of(c.tier());
                break;
            }
            if (c.verdict() == Verdict.UNKNOWN) {
                for (Test t : c.tests()) if (t instanceof Test.Missing m) missing.addAll(m.inputs());
            }
        }
        boolean decided = missing.isEmpty();
        if (!decided) won = Optional.empty();
        String rule = decided ? rule(won, conditions) : "undecided: missing "
                + missing.stream().map(Input::code).collect(Collectors.joining(", "));
        return new Decision(won, decided, rule, income, figure, exclusions, conditions, List.copyOf(missing));
    }

    // ---- income ----

    private IncomeAccount income(Household h, LocalDate asOf) {
        Household.Income in = h.income();
        IncomeRules rules = policy.income();
        List<Input> missing = new ArrayList<>(2);
        List<Item> items = new ArrayList<>(4);
        if (in.yearly().isPresent()) {
            items.add(new Item(IncomeItem.YEARLY, in.yearly().getAsLong(), List.of()));
        } else if (in.monthly().isPresent()) {
            items.add(new Item(IncomeItem.MONTHLY, in.year().getAsLong(), List.of(Long.toString(in.monthly().getAsLong()))));
        } else {
            missing.add(Input.YEARLY_INCOME);
        }
        if (in.size().isEmpty()) missing.add(Input.HOUSEHOLD_SIZE);
        if (!rules.unionAid().isEmpty()) {
            items.add(new Item(IncomeItem.UNION_AID, in.unionAid(), List.of(asOf.minusYears(1).plusDays(1).toString(),
                    asOf.toString())));
        }
        if (rules.imputeMinWage()) imputed(h, asOf, in.ableUnemployed(), items, missing);
        deductions(in, rules, items, missing);
        if (!missing.isEmpty() || in.size().isEmpty()) return new IncomeAccount(items, Optional.empty(), in.perCapita(), missing);
        long net = 0;
        for (Item i : items) net = Math.addExact(net, i.fen());
        return new IncomeAccount(items, Optional.of(new PerCapita(net, 12L * in.size().getAsInt())), in.perCapita(), missing);
    }

    private void imputed(Household h, LocalDate asOf, OptionalInt able, List<Item> items, List<Input> missing) {
        if (able.isEmpty()) {
            missing.add(Input.ABLE_UNEMPLOYED);
            return;
        }
        if (able.getAsInt() == 0) return;
        if (!h.region().known()) {
            missing.add(Input.REGION);
            return;
        }
        Optional<Decision.Figure> wage = minWage.find(h.region(), asOf);
        if (wage.isEmpty()) {
            missing.add(Input.MIN_WAGE);
            return;
        }
        long monthly = wage.get().figure().fen();
        items.add(new Item(IncomeItem.IMPUTED, Math.multiplyExact(Math.multiplyExact(monthly, 12L), able.getAsInt()),
                List.of(Integer.toString(able.getAsInt()), Long.toString(monthly), wage.get().figure().region(),
                        wage.get().figure().from().toString())));
    }

    private static void deductions(Household.Income in, IncomeRules rules, List<Item> items, List<Input> missing) {
        boolean itemised = !in.expenses().isEmpty();
        if (itemised) {
            for (RigidExpense e : RigidExpense.values()) {
                Long stated = in.expenses().get(e);
                if (stated == null || !rules.deducted().contains(e)) continue;
                long fen = stated;
                List<String> detail = List.of();
                if (e == RigidExpense.SCHOOLING && rules.schoolingExcludesCompulsory()) {
                    long compulsory = Math.min(fen, in.compulsory().orElse(0));
                    detail = List.of(Long.toString(fen), Long.toString(compulsory));
                    fen -= compulsory;
                }
                items.add(new Item(IncomeItem.of(e), -fen, detail));
            }
            return;
        }
        if (in.rigidTotal().isEmpty()) return;
        // A total can stand for the items only when the policy deducts them all, whole.
        if (rules.deducted().size() == RigidExpense.values().length && !rules.schoolingExcludesCompulsory()) {
            items.add(new Item(IncomeItem.RIGID_TOTAL, -in.rigidTotal().getAsLong(), List.of()));
        } else {
            missing.add(Input.EXPENSE_ITEMS);
        }
    }

    // ---- conditions ----

    private Condition condition(Tier tier, Household h, IncomeAccount income, Optional<Decision.Figure> figure,
                                List<ExclusionCheck> exclusions, LocalDate asOf) {
        if (!enabled[tier.ordinal()]) return new Condition(tier, Verdict.OFF, OFF);
        List<Test> tests = new ArrayList<>(3);
        Verdict v = tier == Tier.ACCIDENT ? accident(h, income, figure, tests) : band(tier, h, income, figure, asOf, tests);
        if (v == Verdict.YES && policy.exclusions().tiers().contains(tier)) v = barred(exclusions, tests);
        return new Condition(tier, v, tests);
    }

    private Verdict band(Tier tier, Household h, IncomeAccount income, Optional<Decision.Figure> figure, LocalDate asOf,
                         List<Test> tests) {
        Band band = policy.bands().get(tier);
        if (!comparable(h, income, figure, tests)) return Verdict.UNKNOWN;
        PerCapita pc = income.used().orElseThrow();
        long dibaoFen = figure.orElseThrow().figure().fen();
        int cmp = pc.compareTo(multiples.get(tier), dibaoFen);
        boolean holds = band.inclusive() ? cmp <= 0 : cmp < 0;
        tests.add(new Test.Bound(pc, dibaoFen, multiples.get(tier), band.inclusive(), holds));
        if (!holds) return Verdict.NO;
        if (!band.belowResidentIncome()) return Verdict.YES;
        Optional<Decision.Figure> resident = residentIncome.find(h.region(), asOf);
        if (resident.isEmpty()) {
            tests.add(new Test.Missing(List.of(Input.RESIDENT_INCOME)));
            return Verdict.UNKNOWN;
        }
        long yearly = resident.get().figure().fen();
        // n/d × 12 < y  ⇔  n × 12 < y × d
        boolean below = Exact.compare(pc.numerator(), 12, yearly, pc.denominator()) < 0;
        tests.add(new Test.ResidentGate(pc, yearly, below));
        return below ? Verdict.YES : Verdict.NO;
    }

    /** Whether a per-capita income and a 低保 are there to compare; when not, the test says what is missing. */
    private static boolean comparable(Household h, IncomeAccount income, Optional<Decision.Figure> figure, List<Test> tests) {
        List<Input> missing = new ArrayList<>(2);
        if (income.used().isEmpty()) missing.addAll(income.missing());
        if (!h.region().known()) missing.add(Input.REGION);
        else if (figure.isEmpty()) missing.add(Input.DIBAO);
        if (missing.isEmpty()) return true;
        tests.add(new Test.Missing(missing));
        return false;
    }

    private Verdict accident(Household h, IncomeAccount income, Optional<Decision.Figure> figure, List<Test> tests) {
        Accident a = policy.accident().orElseThrow();
        if (!a.causes().isEmpty()) {
            boolean suddenCause = h.hardship().causes().stream().anyMatch(a.causes()::contains);
            tests.add(new Test.Causes(a.causes(), suddenCause));
            if (!suddenCause) return Verdict.NO;
        }
        if (h.hardship().costs().isEmpty()) {
            // Costs left blank claim none — but a file filed as 意外致困 cannot be judged without them.
            if (h.tier().orElse(null) == Tier.ACCIDENT) {
                tests.add(new Test.Missing(List.of(Input.HARDSHIP_COSTS)));
                return Verdict.UNKNOWN;
            }
            tests.add(new Test.NoCosts());
            return Verdict.NO;
        }
        if (h.income().year().isEmpty()) {
            tests.add(new Test.Missing(List.of(Input.YEARLY_INCOME)));
            return Verdict.UNKNOWN;
        }
        long costs = h.hardship().costs().getAsLong();
        long compensation = h.hardship().compensation().orElse(0);
        long yearly = h.income().year().getAsLong();
        Ratio share = costShare.orElseThrow();
        int cmp = share.compare(Math.max(0, costs - compensation), yearly);
        boolean holds = a.inclusive() ? cmp >= 0 : cmp > 0;
        tests.add(new Test.Costs(costs, compensation, yearly, share, a.inclusive(), holds));
        if (!holds) return Verdict.NO;
        if (accidentCap.isEmpty()) return Verdict.YES;
        if (!comparable(h, income, figure, tests)) return Verdict.UNKNOWN;
        PerCapita pc = income.used().orElseThrow();
        long dibaoFen = figure.orElseThrow().figure().fen();
        boolean within = pc.compareTo(accidentCap.get(), dibaoFen) <= 0;
        tests.add(new Test.Cap(pc, dibaoFen, accidentCap.get(), within));
        return within ? Verdict.YES : Verdict.NO;
    }

    // ---- exclusions ----

    private List<ExclusionCheck> exclusions(Household h) {
        ClassifyPolicy.Exclusions rules = policy.exclusions();
        Household.Flags f = h.flags();
        List<ExclusionCheck> out = new ArrayList<>(rules.checked().size());
        for (Exclusion e : Exclusion.values()) {
            if (!rules.checked().contains(e)) continue;
            out.add(switch (e) {
                case VEHICLE -> vehicle(f);
                case HOMES -> homes(f, h.income().size(), rules);
                case BUSINESS -> flag(e, f.business(), Input.OWNS_BUSINESS);
                case PRIVATE_SCHOOL -> flag(e, f.privateSchool(), Input.PRIVATE_SCHOOL);
                case REFUSED_CHECK -> flag(e, f.refusedCheck(), Input.REFUSED_CHECK);
            });
        }
        return out;
    }

    /**
     * 有无车辆 where the roster states it (no evidence: the column is yes or no); else the free text of 车辆情况,
     * read only where its words are clear.
     */
    private static ExclusionCheck vehicle(Household.Flags f) {
        if (f.hasVehicle().isPresent()) {
            if (!f.hasVehicle().get()) return NO_VEHICLE;
            return f.mobilityVehicle().orElse(false) ? MOBILITY_VEHICLE : VEHICLE;
        }
        if (f.vehicle().isEmpty()) return ExclusionCheck.open(Exclusion.VEHICLE, Result.UNRECORDED, Input.HAS_VEHICLE);
        String text = f.vehicle().get();
        Optional<Boolean> owns = VehicleText.read(text);
        if (owns.isEmpty()) return ExclusionCheck.open(Exclusion.VEHICLE, Result.UNREADABLE, Input.VEHICLE, text);
        if (!owns.get()) return ExclusionCheck.of(Exclusion.VEHICLE, Result.CLEAR, text);
        boolean aid = f.mobilityVehicle().orElse(false);
        return ExclusionCheck.of(Exclusion.VEHICLE, aid ? Result.EXEMPT : Result.EXCLUDED, text);
    }

    private static ExclusionCheck homes(Household.Flags f, OptionalInt size, ClassifyPolicy.Exclusions rules) {
        if (f.homes().isEmpty()) return ExclusionCheck.open(Exclusion.HOMES, Result.UNRECORDED, Input.HOMES);
        String homes = Integer.toString(f.homes().getAsInt());
        String from = Integer.toString(rules.homesFrom());
        if (f.homes().getAsInt() < rules.homesFrom()) return ExclusionCheck.of(Exclusion.HOMES, Result.CLEAR, homes, from);
        if (f.homeArea().isEmpty()) return ExclusionCheck.open(Exclusion.HOMES, Result.UNRECORDED, Input.HOME_AREA, homes, from);
        if (size.isEmpty()) return ExclusionCheck.open(Exclusion.HOMES, Result.UNRECORDED, Input.HOUSEHOLD_SIZE, homes, from);
        BigDecimal area = f.homeArea().get();
        // area ÷ size > limit  ⇔  area > limit × size, in exact decimals
        boolean above = area.compareTo(rules.areaPerPerson().multiply(BigDecimal.valueOf(size.getAsInt()))) > 0;
        return ExclusionCheck.of(Exclusion.HOMES, above ? Result.EXCLUDED : Result.CLEAR, homes, from,
                area.toPlainString(), Integer.toString(size.getAsInt()), rules.areaPerPerson().toPlainString());
    }

    private static ExclusionCheck flag(Exclusion e, Optional<Boolean> stated, Input input) {
        if (stated.isEmpty()) return ExclusionCheck.open(e, Result.UNRECORDED, input);
        return ExclusionCheck.of(e, stated.get() ? Result.EXCLUDED : Result.CLEAR);
    }

    /** A tier whose condition held: barred by an exclusion that applies, open when one cannot be told. */
    private Verdict barred(List<ExclusionCheck> checks, List<Test> tests) {
        List<Exclusion> by = new ArrayList<>();
        List<Input> open = new ArrayList<>();
        for (ExclusionCheck c : checks) {
            if (c.result() == Result.EXCLUDED) by.add(c.exclusion());
            boolean unknown = c.result() == Result.UNREADABLE
                    || (c.result() == Result.UNRECORDED && policy.exclusions().unrecordedIsMissing());
            if (unknown) open.add(c.lacking().orElseThrow());
        }
        if (!by.isEmpty()) {
            tests.add(new Test.Barred(by));
            return Verdict.NO;
        }
        if (!open.isEmpty()) {
            tests.add(new Test.Missing(open));
            return Verdict.UNKNOWN;
        }
        return Verdict.YES;
    }

    // ---- the rule, for scripts and audits ----

    private String rule(Optional<Tier> won, List<Condition> conditions) {
        if (won.isPresent()) return winning.get(won.get());
        Set<Exclusion> barring = EnumSet.noneOf(Exclusion.class);
        for (Condition c : conditions) for (Test t : c.tests()) if (t instanceof Test.Barred b) barring.addAll(b.by());
        if (barring.isEmpty()) return noTier;
        return "none: excluded (" + barring.stream().map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")) + ")";
    }

    /** The rule of each tier when it wins: made of policy figures alone, so written once per run, not per file. */
    private static Map<Tier, String> winningRules(ClassifyPolicy policy) {
        Map<Tier, String> rules = new EnumMap<>(Tier.class);
        policy.bands().forEach((tier, band) -> rules.put(tier, tier.name() + ": per_capita " + (band.inclusive() ? "<=" : "<")
                + " " + plain(band.multiple()) + " × dibao" + (band.belowResidentIncome() ? " and per_capita × 12 < resident_income" : "")));
        policy.accident().ifPresent(a -> rules.put(Tier.ACCIDENT, "ACCIDENT: " + (a.causes().isEmpty() ? "" : "sudden cause and ")
                + "costs - compensation " + (a.inclusive() ? ">=" : ">") + " " + plain(a.costShare()) + " × yearly_income"
                + a.maxMultiple().map(m -> " and per_capita <= " + plain(m) + " × dibao").orElse("")));
        return rules;
    }

    /** The rule when no tier fits and nothing bars one: above the widest band. */
    private static String noTierRule(ClassifyPolicy policy) {
        Optional<Band> widest = policy.bands().values().stream().max((a, b) -> a.multiple().compareTo(b.multiple()));
        return widest.map(b -> "none: per_capita " + (b.inclusive() ? ">" : ">=") + " " + plain(b.multiple()) + " × dibao")
                .orElse("none: no tier fits");
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }
}
