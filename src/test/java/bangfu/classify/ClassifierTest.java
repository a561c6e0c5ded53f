package bangfu.classify;

import static bangfu.classify.Households.earning;
import static bangfu.classify.Households.stating;
import static bangfu.classify.Policies.dibao;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.Exclusion;
import bangfu.model.Lang;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The tier rules, one row per boundary, every expected tier worked out by hand in the row's comment. 低保 is
 * 760.00 元 unless a row says otherwise, so 2 × 低保 is 1520.00 元 and 3 × is 2280.00 元.
 */
class ClassifierTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final Set<Tier> ALL_TIERS = EnumSet.allOf(Tier.class);
    static final Set<RigidExpense> ALL_EXPENSES = EnumSet.allOf(RigidExpense.class);

    static Policies beijing() {
        return dibao("北京市", "760");
    }

    static Arguments row(String name, Policies policy, Households household, String expected) {
        return Arguments.of(name, policy, household, AS_OF, expected);
    }

    static Arguments row(String name, Policies policy, Households household, String asOf, String expected) {
        return Arguments.of(name, policy, household, LocalDate.parse(asOf), expected);
    }

    static Stream<Arguments> boundaries() {
        return Stream.of(
                // ≤ (inclusive): exactly at 低保 is 深度, one fen above is 相对, one fen below 深度
                row("≤ at 1× 低保", beijing(), stating("760.00"), "DEEP"),
                row("≤ one fen above 1×", beijing(), stating("760.01"), "RELATIVE"),
                row("≤ one fen below 1×", beijing(), stating("759.99"), "DEEP"),
                // 2 × 760.00 = 1520.00
                row("≤ at 2× 低保", beijing(), stating("1520.00"), "RELATIVE"),
                row("≤ one fen above 2×", beijing(), stating("1520.01"), "none"),
                row("≤ one fen below 2×", beijing(), stating("1519.99"), "RELATIVE"),
                // < (strict, Qingdao): exactly at a bound no longer qualifies for that tier
                row("< at 1× 低保", beijing().strict(), stating("760.00"), "RELATIVE"),
                row("< one fen below 1×", beijing().strict(), stating("759.99"), "DEEP"),
                row("< one fen above 1×", beijing().strict(), stating("760.01"), "RELATIVE"),
                row("< at 2× 低保", beijing().strict(), stating("1520.00"), "none"),
                row("< one fen below 2×", beijing().strict(), stating("1519.99"), "RELATIVE"),
                row("< one fen above 2×", beijing().strict(), stating("1520.01"), "none"),
                // computed: 27,360.00 ÷ 12 ÷ 3 = 760.00 exactly
                row("computed exactly at 1×", beijing(), earning("27360.00", 3), "DEEP"),
                // 27,360.01 ÷ 36 = 760.000277… : rounds to 760.00 but is above the bound
                row("computed a fraction of a fen above 1×", beijing(), earning("27360.01", 3), "RELATIVE"),
                // 27,359.99 ÷ 36 = 759.99972…: below 760.00, so 深度 even under <
                row("< computed a fraction of a fen below 1×", beijing().strict(), earning("27359.99", 3), "DEEP"),
                row("< computed exactly at 1×", beijing().strict(), earning("27360.00", 3), "RELATIVE"),
                // 1.5 × 620.33 = 930.495: 930.49 is within, 930.50 is not
                row("1.5× within by half a fen", dibao("北京市", "620.33").band(Tier.RELATIVE, "1.5", true),
                        stating("930.49"), "RELATIVE"),
                row("1.5× above by half a fen", dibao("北京市", "620.33").band(Tier.RELATIVE, "1.5", true),
                        stating("930.50"), "none"),
                // 3 × 760 = 2280.00: the 4th tier on and off
                row("一般困难 on, within 3×", beijing().band(Tier.GENERAL, "3", true), stating("2000.00"), "GENERAL"),
                row("一般困难 on, at 3×", beijing().band(Tier.GENERAL, "3", true), stating("2280.00"), "GENERAL"),
                row("一般困难 on, one fen above 3×", beijing().band(Tier.GENERAL, "3", true), stating("2280.01"), "none"),
                row("一般困难 off", beijing(), stating("2000.00"), "none"),
                row("一般困难 on does not take 相对's households", beijing().band(Tier.GENERAL, "3", true),
                        stating("1500.00"), "RELATIVE"));
    }

    static Stream<Arguments> regions() {
        Policies yunnan = dibao("云南省", "700").and("云南省/红河州/弥勒市", "2024-01-01", "760");
        Policies codes = dibao("530000", "700").and("532500", "2024-01-01", "720").and("532526", "2024-01-01", "760");
        return Stream.of(
                // a county's own figure: 760 ≥ 740 → 深度; the province's 700 would say 相对
                row("county's own figure by names", yunnan, stating("740").in("云南省", "红河州", "弥勒市"), "DEEP"),
                row("names written without 省/州/市", yunnan, stating("740").in("云南", "红河", "弥勒"), "DEEP"),
                // an autonomous prefecture by its full name or its short one, in the roster or in the policy
                row("红河哈尼族彝族自治州 is 红河州", dibao("云南省", "700").and("云南省/红河州", "2024-01-01", "720"),
                        stating("720").in("云南省", "红河哈尼族彝族自治州", "个旧市"), "DEEP"),
                row("红河州 is 红河哈尼族彝族自治州", dibao("云南省", "700").and("云南省/红河哈尼族彝族自治州", "2024-01-01", "720"),
                        stating("720").in("云南省", "红河州", "个旧市"), "DEEP"),
                row("巴音郭楞蒙古自治州 is 巴音郭楞州", dibao("新疆维吾尔自治区", "600").and("新疆/巴音郭楞州", "2024-01-01", "720"),
                        stating("720").in("新疆维吾尔自治区", "巴音郭楞蒙古自治州", "库尔勒市"), "DEEP"),
                // a banner named for one people alone: 鄂温克族自治旗 is 鄂温克旗
                row("鄂温克族自治旗 is 鄂温克旗", dibao("内蒙古自治区", "600").and("内蒙古/呼伦贝尔市/鄂温克旗", "2024-01-01", "720"),
                        stating("720").in("内蒙古自治区", "呼伦贝尔市", "鄂温克族自治旗"), "DEEP"),
                // 蒙自市 has no figure, 红河州 neither: 云南省's 700 < 740 → 相对
                row("county inherits the province's figure", yunnan, stating("740").in("云南省", "红河州", "蒙自市"), "RELATIVE"),
                row("county by code", codes, stating("740").code("532526"), "DEEP"),
                // 个旧市 532501 has no figure: 红河州 532500's 720 applies, not 云南's 700
                row("county inherits its city's figure by code", codes, stating("720").code("532501"), "DEEP"),
                row("county inherits its city's figure by code, a fen above", codes, stating("720.01").code("532501"), "RELATIVE"),
                row("county inherits its province's figure by code", codes, stating("700").code("530102"), "DEEP"),
                row("code-only file finds a figure under its province's name", yunnan, stating("700").code("530102"), "DEEP"),
                // a county figure not yet in force leaves the city's to apply
                row("a county figure from next year is not in force", dibao("532500", "720")
                        .and("532526", "2025-01-01", "800"), stating("760").code("532526"), "RELATIVE"),
                row("no figure for the region", yunnan, stating("700").in("四川省", "成都市", "武侯区"), "undecided"),
                row("no region at all", yunnan, stating("700").in("", "", ""), "undecided"));
    }

    static Stream<Arguments> years() {
        Policies beijing = Policies.none().and("北京市", "2023-09-01", "1395").and("北京市", "2024-09-01", "1450");
        return Stream.of(
                // 1,400.00: above 1,395.00 until 31 August 2024, within 1,450.00 from 1 September
                row("the day before the new figure", beijing, stating("1400.00"), "2024-08-31", "RELATIVE"),
                row("the day the new figure applies", beijing, stating("1400.00"), "2024-09-01", "DEEP"),
                row("before any figure", beijing, stating("1400.00"), "2023-08-31", "undecided"),
                row("across a year boundary: 31 December", beijing, stating("1400.00"), "2023-12-31", "RELATIVE"),
                row("across a year boundary: 1 January", beijing, stating("1400.00"), "2024-01-01", "RELATIVE"));
    }

    static Stream<Arguments> exclusions() {
        Policies all = beijing().exclusions(EnumSet.allOf(Exclusion.class), "40", ALL_TIERS, false);
        Policies strict = beijing().exclusions(EnumSet.allOf(Exclusion.class), "40", ALL_TIERS, true);
        Policies deepOnly = beijing().exclusions(EnumSet.of(Exclusion.VEHICLE), "40", EnumSet.of(Tier.DEEP), false);
        return Stream.of(
                row("no vehicle", all, stating("700").vehicle("无", null), "DEEP"),
                row("a vehicle bars every tier", all, stating("700").vehicle("有（小轿车）", null), "none"),
                row("a mobility vehicle for a disability is exempt", all, stating("700").vehicle("有（残疾人机动轮椅车）", true), "DEEP"),
                row("a vehicle, mobility flag no", all, stating("700").vehicle("有", false), "none"),
                row("vehicle text that says nothing clear", all, stating("700").vehicle("电动车", null), "undecided"),
                row("vehicle not recorded, pass", all, stating("700"), "DEEP"),
                row("vehicle not recorded, missing", strict, stating("700").homes(1, "50").flags(false, false, false), "undecided"),
                // 2 homes, 81 m² ÷ 2 people = 40.5 > 40 → barred; 80 m² ÷ 2 = 40, not above → clear
                row("two homes above the area per person", all, stating("700").size(2).homes(2, "81"), "none"),
                row("two homes exactly at the area per person", all, stating("700").size(2).homes(2, "80"), "DEEP"),
                row("one large home", all, stating("700").size(2).homes(1, "500"), "DEEP"),
                row("two homes, area not recorded, missing", strict.exclusions(EnumSet.of(Exclusion.HOMES), "40", ALL_TIERS, true),
                        stating("700").size(2).homes(2, null), "undecided"),
                row("a business bars", all, stating("700").flags(true, false, false), "none"),
                row("no business", all, stating("700").flags(false, false, false), "DEEP"),
                row("a child at a high-fee private school bars", all, stating("700").flags(false, true, false), "none"),
                row("refusing verification bars", all, stating("700").flags(false, false, true), "none"),
                row("everything recorded and clear, missing", strict, stating("700").size(2).homes(1, "50")
                        .vehicle("无", null).flags(false, false, false), "DEEP"),
                // 有无车辆 settles it where stated; 车辆情况 is read only without it
                row("有无车辆 no, whatever 车辆情况 says", all, stating("700").hasVehicle(false).vehicle("有（小轿车）", null), "DEEP"),
                row("有无车辆 yes bars", all, stating("700").hasVehicle(true), "none"),
                row("有无车辆 yes, a mobility vehicle for a disability", all, stating("700").hasVehicle(true)
                        .vehicle(null, true), "DEEP"),
                row("有无车辆 yes settles an unclear 车辆情况", all, stating("700").hasVehicle(true).vehicle("电动车", null), "none"),
                // barred from 深度 only: 相对 still fits 700 ≤ 1520
                row("exclusion for 深度 only leaves 相对", deepOnly, stating("700").vehicle("有", null), "RELATIVE"));
    }

    static Stream<Arguments> income() {
        Policies impute = beijing().minWage("北京市", "1900").income(ALL_EXPENSES, false, Set.of(), true);
        Policies withoutCompulsory = beijing().income(ALL_EXPENSES, true, Set.of(), false);
        Policies medicalOnly = beijing().income(EnumSet.of(RigidExpense.MEDICAL), false, Set.of(), false);
        Policies aid = beijing().income(ALL_EXPENSES, false, EnumSet.of(AssistanceKind.LIVING), false);
        return Stream.of(
                // 18,000 ÷ 36 = 500 → 深度; with 1 able member: (18,000 + 1,900 × 12) ÷ 36 = 40,800 ÷ 36 = 1,133.33 → 相对
                row("no able member without work", impute, earning("18000", 3).able(0), "DEEP"),
                row("one able member at the minimum wage", impute, earning("18000", 3).able(1), "RELATIVE"),
                // (18,000 + 2 × 22,800) ÷ 36 = 1,766.67 → above 2×
                row("two able members at the minimum wage", impute, earning("18000", 3).able(2), "none"),
                row("able members not recorded", impute, earning("18000", 3), "undecided"),
                row("no minimum wage for the region", impute.minWage("天津市", "2000"), earning("18000", 3).able(1)
                        .in("天津市", "天津市", "和平区"), "undecided"),
                // (30,000 − 3,000) ÷ 36 = 750 → 深度; without deduction 833.33 → 相对
                row("rigid expenses total deducted", beijing(), earning("30000", 3).rigid("3000"), "DEEP"),
                row("medical expenses deducted", beijing(), earning("30000", 3).expense(RigidExpense.MEDICAL, "3000"), "DEEP"),
                // housing is not deducted under medicalOnly: 30,000 ÷ 36 = 833.33 → 相对
                row("housing not deducted when the policy deducts medical only", medicalOnly, earning("30000", 3)
                        .expense(RigidExpense.HOUSING, "3000"), "RELATIVE"),
                row("a total cannot stand for a subset of items", medicalOnly, earning("30000", 3).rigid("3000"), "undecided"),
                // 因学 3,000 of which 义务教育 2,000: only 1,000 deducted → 29,000 ÷ 36 = 805.56 → 相对; all of it → 深度
                row("compulsory schooling not deducted", withoutCompulsory, earning("30000", 3)
                        .expense(RigidExpense.SCHOOLING, "3000").compulsory("2000"), "RELATIVE"),
                row("compulsory schooling deducted", beijing(), earning("30000", 3)
                        .expense(RigidExpense.SCHOOLING, "3000").compulsory("2000"), "DEEP"),
                // 27,000 ÷ 36 = 750 → 深度; + 1,200 aid → 28,200 ÷ 36 = 783.33 → 相对
                row("union aid counted as income", aid, earning("27000", 3).aid("1200"), "RELATIVE"),
                row("union aid not counted", beijing(), earning("27000", 3).aid("1200"), "DEEP"),
                row("no income and no per-capita figure", beijing(), new Households().size(3), "undecided"),
                row("income but no household size", beijing(), new Households().yearly("27000"), "undecided"),
                // 家庭月总收入 where there is no 家庭年收入: 2,280.00 × 12 ÷ 36 = 760.00, exactly at 1×
                row("twelve months of monthly income, at 1×", beijing(), new Households().size(3).monthly("2280"), "DEEP"),
                // 2,280.01 × 12 = 27,360.12 ÷ 36 = 760.0033…: above by a third of a fen
                row("twelve months of monthly income, a fen above", beijing(), new Households().size(3).monthly("2280.01"),
                        "RELATIVE"),
                row("yearly income wins over monthly", beijing(), earning("60000", 3).monthly("2280"), "none"),
                row("the roster's figure wins over the computed one", beijing(), earning("60000", 3).stated("700"), "DEEP"));
    }

    static Stream<Arguments> accidents() {
        Policies eighty = beijing().accident("0.8", false, Set.of(), null);
        Policies eightyInclusive = beijing().accident("0.8", true, Set.of(), null);
        Policies onlyAccidents = beijing().accident("0.8", false, EnumSet.of(Cause.ACCIDENT), null);
        Policies capped = beijing().accident("0.8", false, Set.of(), "3");
        Set<Cause> hurt = EnumSet.of(Cause.ACCIDENT);
        // yearly income 50,000 for 1 person: 4,166.67 a month, far above 2 × 低保; 80 % of it is 40,000.00
        return Stream.of(
                row("costs exactly 80 % (超过 needed)", eighty, earning("50000", 1).hardship(hurt, "50000", "10000"), "none"),
                row("costs one fen above 80 %", eighty, earning("50000", 1).hardship(hurt, "50000", "9999.99"), "ACCIDENT"),
                row("costs one fen below 80 %", eighty, earning("50000", 1).hardship(hurt, "49999.99", "10000"), "none"),
                row("costs exactly 80 %, ≥ allowed", eightyInclusive, earning("50000", 1).hardship(hurt, "40000", null), "ACCIDENT"),
                row("compensation larger than the costs", eighty, earning("50000", 1).hardship(hurt, "10000", "20000"), "none"),
                row("costs without the cause the policy wants", onlyAccidents, earning("50000", 1)
                        .hardship(EnumSet.of(Cause.LAID_OFF), "60000", null), "none"),
                row("costs with the cause the policy wants", onlyAccidents, earning("50000", 1).hardship(hurt, "60000", null), "ACCIDENT"),
                row("filed as 意外致困 without costs", eighty, earning("50000", 1).tier(Tier.ACCIDENT), "undecided"),
                row("filed as 深度 without costs", eighty, earning("50000", 1), "none"),
                // the older rule: within 3 × 低保 = 2,280.00 a month
                row("costs above 80 %, income within 3×", capped, stating("2280.00").yearly("27360")
                        .hardship(hurt, "30000", null), "ACCIDENT"),
                row("costs above 80 %, income a fen above 3×", capped, stating("2280.01").yearly("27360.12")
                        .hardship(hurt, "30000", null), "none"),
                // 4,166.67 × 12 = 50,000.04; 80 % of it is 40,000.032
                row("costs above 80 % of twelve months of monthly income", eighty, new Households().size(1).monthly("4166.67")
                        .hardship(hurt, "40000.04", null), "ACCIDENT"),
                row("costs within 80 % of twelve months of monthly income", eighty, new Households().size(1).monthly("4166.67")
                        .hardship(hurt, "40000.03", null), "none"),
                row("意外致困 off", beijing(), earning("50000", 1).hardship(hurt, "60000", null), "none"));
    }

    static Stream<Arguments> precedence() {
        Policies accidentFirst = beijing().accident("0.8", false, Set.of(), null)
                .precedence(Tier.DEEP, Tier.ACCIDENT, Tier.RELATIVE, Tier.GENERAL);
        Policies relativeFirst = beijing().accident("0.8", false, Set.of(), null);
        Set<Cause> hurt = EnumSet.of(Cause.ACCIDENT);
        // 12,000 a year for 1: 1,000 a month, 相对 by income; costs 11,000 > 9,600 → also 意外致困
        return Stream.of(
                row("相对 before 意外 (the default)", relativeFirst, earning("12000", 1).hardship(hurt, "11000", null), "RELATIVE"),
                row("意外 before 相对", accidentFirst, earning("12000", 1).hardship(hurt, "11000", null), "ACCIDENT"),
                // 意外致困 cannot be decided (filed so, no costs) and comes before 相对: the outcome is open
                row("an open tier before the one that fits", accidentFirst, earning("12000", 1).tier(Tier.ACCIDENT), "undecided"),
                // ... but after a tier that fits it does not matter
                row("an open tier after the one that fits", relativeFirst, earning("12000", 1).tier(Tier.ACCIDENT), "RELATIVE"),
                row("深度 fits before anything open", accidentFirst, earning("9000", 1).tier(Tier.ACCIDENT), "DEEP"));
    }

    static Stream<Arguments> gates() {
        Policies anqing = beijing().residentIncome("北京市", "9200").gate(Tier.DEEP).gate(Tier.RELATIVE);
        return Stream.of(
                // 760 × 12 = 9,120 < 9,200 → 深度; a gate at 9,120 is not passed (below is needed), and 相对 is ungated
                row("below the residents' income", anqing, stating("760"), "DEEP"),
                row("at the residents' income", beijing().residentIncome("北京市", "9120").gate(Tier.DEEP), stating("760"), "RELATIVE"),
                row("no residents' income for the region", beijing().residentIncome("上海市", "9999").gate(Tier.DEEP),
                        stating("760"), "undecided"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource({"boundaries", "regions", "years", "exclusions", "income", "accidents", "precedence", "gates"})
    void decides(String name, Policies policy, Households household, LocalDate asOf, String expected) {
        Decision d = new Classifier(policy.build()).decide(household.build(), asOf);
        String got = !d.decided() ? "undecided" : d.tier().map(Enum::name).orElse("none");
        assertThat(got).as("%s — %s; missing %s", name, d.rule(), d.missing()).isEqualTo(expected);
        if (!d.decided()) assertThat(d.missing()).isNotEmpty();
    }

    @Test
    void anUnstatedVehicleAsksFor有无车辆() {
        Policies strict = beijing().exclusions(EnumSet.of(Exclusion.VEHICLE), "40", ALL_TIERS, true);
        Decision d = new Classifier(strict.build()).decide(stating("700").build(), LocalDate.of(2024, 12, 31));
        assertThat(d.missing()).containsExactly(Input.HAS_VEHICLE);
        assertThat(d.missing().get(0).code()).isEqualTo("has_vehicle");
        // an unclear 车辆情况 asks for it to be written clearly
        d = new Classifier(strict.build()).decide(stating("700").vehicle("电动车", null).build(), LocalDate.of(2024, 12, 31));
        assertThat(d.missing()).containsExactly(Input.VEHICLE);
    }

    @Test
    void neitherYearlyNorMonthlyIncomeIsOneMissingInput() {
        Decision d = new Classifier(beijing().build()).decide(new Households().size(3).build(), LocalDate.of(2024, 12, 31));
        assertThat(d.missing()).containsExactly(Input.YEARLY_INCOME);
        assertThat(Reasons.missing(d.missing(), Lang.ZH)).contains("家庭年收入（或家庭月总收入）");
    }
}
