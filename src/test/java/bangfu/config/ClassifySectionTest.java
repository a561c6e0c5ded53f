package bangfu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.config.ClassifyPolicy.RegionalFigure;
import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.Exclusion;
import bangfu.model.Lang;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The classify: section is read as strictly as the rest of bangfu.yaml, and into exact figures. */
class ClassifySectionTest {
    /** The minimum shape users' files and scripts rely on, as the documentation gives it. */
    static final String MINIMUM = """
            classify:
              dibao:                        # 低保标准, 元 per person per month
                - region: 云南省
                  from: 2024-01-01
                  monthly: 700
                - region: 云南省/红河州/弥勒市
                  from: 2024-01-01
                  monthly: 760
              tiers:
                DEEP:     {multiple: 1, inclusive: true}
                RELATIVE: {multiple: 2, inclusive: true}
            """;

    @TempDir Path dir;

    @Test
    void theMinimumShapeLoadsWithTheDefaults() throws Exception {
        ClassifyPolicy p = load(MINIMUM);
        assertThat(p.dibao()).containsExactly(
                new RegionalFigure("云南省", LocalDate.of(2024, 1, 1), 70_000, 3),
                new RegionalFigure("云南省/红河州/弥勒市", LocalDate.of(2024, 1, 1), 76_000, 6));
        assertThat(p.bands().keySet()).containsExactly(Tier.DEEP, Tier.RELATIVE);
        assertThat(p.bands().get(Tier.RELATIVE).multiple()).isEqualByComparingTo("2");
        assertThat(p.accident()).isEmpty();
        assertThat(p.enabled(Tier.GENERAL)).isFalse();
        assertThat(p.precedence()).containsExactly(Tier.DEEP, Tier.RELATIVE, Tier.ACCIDENT, Tier.GENERAL);
        assertThat(p.income().deducted()).isEqualTo(EnumSet.allOf(RigidExpense.class));
        assertThat(p.income().unionAid()).isEmpty();
        assertThat(p.income().imputeMinWage()).isFalse();
        assertThat(p.exclusions().checked()).isEmpty();
        assertThat(p.version()).isEmpty();
        assertThat(p.digest()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void withoutTiersDeepIsOnceAndRelativeTwiceTheDibaoInclusive() throws Exception {
        ClassifyPolicy p = load("classify:\n  dibao:\n    - {region: 北京市, from: 2024-09-01, monthly: 1450.5}\n");
        assertThat(p.dibao().get(0).fen()).isEqualTo(145_050);
        assertThat(p.bands().get(Tier.DEEP).multiple()).isEqualByComparingTo("1");
        assertThat(p.bands().get(Tier.DEEP).inclusive()).isTrue();
        assertThat(p.bands().get(Tier.RELATIVE).multiple()).isEqualByComparingTo("2");
    }

    @Test
    void everyRuleOfTheSectionIsRead() throws Exception {
        ClassifyPolicy p = load("""
                classify:
                  version: 测试2024
                  dibao: [{region: 532526, from: 2024-01-01, monthly: 760}]
                  min_wage: [{region: 云南省, from: 2023-10-01, monthly: 1990}]
                  resident_income: [{region: 云南省, from: 2024-01-01, yearly: 28421}]
                  tiers:
                    DEEP: {multiple: 1, inclusive: false, below_resident_income: true}
                    RELATIVE: {multiple: 1.5}
                    ACCIDENT: {cost_share: 0.8, inclusive: true, causes: [accident, SERIOUS_ILLNESS], max_multiple: 3}
                    GENERAL: {multiple: 3}
                  precedence: [DEEP, ACCIDENT, RELATIVE, GENERAL]
                  income:
                    deduct: [medical, schooling]
                    schooling_excludes_compulsory: true
                    union_aid: [living, medical]
                    impute_min_wage: true
                  exclusions:
                    vehicle: true
                    homes: {count: 3, area_per_person: 35.5}
                    business: false
                    private_school: true
                    tiers: [DEEP]
                    unrecorded: missing
                """);
        assertThat(p.version()).isEqualTo("测试2024");
        assertThat(p.dibao().get(0).region()).isEqualTo("532526");
        assertThat(p.minWage().get(0).fen()).isEqualTo(199_000);
        assertThat(p.residentIncome().get(0).fen()).isEqualTo(2_842_100);
        assertThat(p.bands().get(Tier.DEEP).inclusive()).isFalse();
        assertThat(p.bands().get(Tier.DEEP).belowResidentIncome()).isTrue();
        assertThat(p.bands().get(Tier.RELATIVE).multiple()).isEqualByComparingTo(new BigDecimal("1.5"));
        // a band without inclusive: is inclusive, as most places count
        assertThat(p.bands().get(Tier.RELATIVE).inclusive()).isTrue();
        assertThat(p.bands().get(Tier.GENERAL).multiple()).isEqualByComparingTo("3");
        ClassifyPolicy.Accident a = p.accident().orElseThrow();
        assertThat(a.costShare()).isEqualByComparingTo("0.8");
        assertThat(a.inclusive()).isTrue();
        assertThat(a.causes()).containsExactlyInAnyOrder(Cause.ACCIDENT, Cause.SERIOUS_ILLNESS);
        assertThat(a.maxMultiple()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("3"));
        assertThat(p.precedence()).containsExactly(Tier.DEEP, Tier.ACCIDENT, Tier.RELATIVE, Tier.GENERAL);
        assertThat(p.income().deducted()).containsExactlyInAnyOrder(RigidExpense.MEDICAL, RigidExpense.SCHOOLING);
        assertThat(p.income().schoolingExcludesCompulsory()).isTrue();
        assertThat(p.income().unionAid()).containsExactlyInAnyOrder(AssistanceKind.LIVING, AssistanceKind.MEDICAL);
        assertThat(p.income().imputeMinWage()).isTrue();
        assertThat(p.exclusions().checked()).containsExactlyInAnyOrder(Exclusion.VEHICLE, Exclusion.HOMES, Exclusion.PRIVATE_SCHOOL);
        assertThat(p.exclusions().homesFrom()).isEqualTo(3);
        assertThat(p.exclusions().areaPerPerson()).isEqualByComparingTo("35.5");
        assertThat(p.exclusions().tiers()).containsExactly(Tier.DEEP);
        assertThat(p.exclusions().unrecordedIsMissing()).isTrue();
    }

    @Test
    void aTierSwitchedOffIsNotGiven() throws Exception {
        ClassifyPolicy p = load(MINIMUM.replace("RELATIVE: {multiple: 2, inclusive: true}", "RELATIVE: {enabled: false}")
                + "    ACCIDENT: {cost_share: 0.8, enabled: false}\n    GENERAL: {multiple: 3, enabled: false}\n");
        assertThat(p.bands().keySet()).containsExactly(Tier.DEEP);
        assertThat(p.accident()).isEmpty();
    }

    @Test
    void theDigestIgnoresCommentsSpacingKeyOrderAndHowANumberIsWritten() throws Exception {
        String digest = load(MINIMUM).digest();
        String reordered = """
                classify:
                  # the same rules, written otherwise
                  tiers: {RELATIVE: {inclusive: true, multiple: 2.0}, DEEP: {inclusive: true, multiple: 1}}
                  dibao:
                    - {from: 2024-01-01, monthly: 700.00, region: 云南省}
                    - {monthly: 760, region: 云南省/红河州/弥勒市, from: 2024-01-01}
                """;
        assertThat(load(reordered).digest()).isEqualTo(digest);
        assertThat(load(MINIMUM.replace("monthly: 760", "monthly: 760.01")).digest()).isNotEqualTo(digest);
        assertThat(load(MINIMUM.replace("inclusive: true}\n    RELATIVE", "inclusive: false}\n    RELATIVE")).digest())
                .isNotEqualTo(digest);
    }

    @Test
    void unknownKeysNameTheLineAndTheKeyPath() throws Exception {
        assertProblem(MINIMUM.replace("DEEP:     {multiple: 1, inclusive: true}", "DEEP:     {multipel: 1}"),
                "line 10", "classify.tiers.DEEP.multipel", "multiple, inclusive, enabled, below_resident_income");
        assertProblem(MINIMUM + "  levels: 3\n", "line 12", "classify.levels");
        assertProblem(MINIMUM.replace("      monthly: 760", "      monthly: 760\n      month: 1"),
                "line 9", "classify.dibao[2].month");
        assertProblem(MINIMUM.replace("    DEEP:", "    SPECIAL: {multiple: 1}\n    DEEP:"), "line 10", "classify.tiers.SPECIAL");
    }

    @Test
    void wrongTypesNameTheLineAndTheKeyPath() throws Exception {
        // quoted figures are text: refused, not guessed
        assertProblem(MINIMUM.replace("monthly: 760", "monthly: \"760\""), "line 8", "classify.dibao[2].monthly", "yuan");
        assertProblem(MINIMUM.replace("monthly: 760", "monthly: 760.005"), "line 8", "classify.dibao[2].monthly");
        assertProblem(MINIMUM.replace("from: 2024-01-01\n      monthly: 760", "from: 2024-02-30\n      monthly: 760"),
                "line 7", "classify.dibao[2].from", "YYYY-MM-DD");
        assertProblem(MINIMUM.replace("region: 云南省/红河州/弥勒市", "region: 53252"), "line 6", "classify.dibao[2].region");
        assertProblem(MINIMUM.replace("region: 云南省/红河州/弥勒市", "region: 云南省//弥勒市"), "line 6", "classify.dibao[2].region");
        assertProblem(MINIMUM.replace("inclusive: true}\n    RELATIVE", "inclusive: \"true\"}\n    RELATIVE"), "line 10",
                "classify.tiers.DEEP.inclusive", "true or false");
        assertProblem(MINIMUM.replace("{multiple: 2, inclusive: true}", "{multiple: -2}"), "line 11",
                "classify.tiers.RELATIVE.multiple");
        assertProblem(MINIMUM + "  precedence: [DEEP, DEEP]\n", "line 12", "classify.precedence");
        assertProblem(MINIMUM + "  income: {deduct: [medical, food]}\n", "line 12", "classify.income.deduct", "food");
        assertProblem(MINIMUM + "  exclusions: {unrecorded: maybe}\n", "line 12", "classify.exclusions.unrecorded", "pass, missing");
        assertProblem(MINIMUM + "  tiers2: 1\n", "line 12", "classify.tiers2");
        assertProblem(MINIMUM.replace("    ACC", "").replace("RELATIVE: {multiple: 2, inclusive: true}",
                "RELATIVE: {multiple: 2, inclusive: true}\n    ACCIDENT: {cost_share: 1.5}"), "line 12",
                "classify.tiers.ACCIDENT.cost_share");
    }

    @Test
    void aKeyGivenTwiceIsRefused() throws Exception {
        assertProblem(MINIMUM.replace("      monthly: 760", "      monthly: 760\n      monthly: 770"), "line 9", "monthly");
    }

    @Test
    void missingAndInconsistentRulesAreRefused() throws Exception {
        assertProblem("classify:\n  tiers: {DEEP: {multiple: 1}}\n", "line 1", "classify", "dibao");
        assertProblem("classify:\n  dibao: []\n", "line 2", "classify.dibao");
        assertProblem("classify:\n  dibao:\n    - {region: 北京市, monthly: 1450}\n", "line 3", "classify.dibao[1]", "from");
        assertProblem(MINIMUM.replace("region: 云南省/红河州/弥勒市", "region: 云南省"), "line 6", "classify.dibao[2]", "云南省");
        assertProblem(MINIMUM + "  income: {impute_min_wage: true}\n", "line 12", "classify.income.impute_min_wage",
                "classify.min_wage");
        assertProblem(MINIMUM.replace("DEEP:     {multiple: 1, inclusive: true}",
                "DEEP:     {multiple: 1, below_resident_income: true}"), "line 9", "classify.tiers", "classify.resident_income");
        assertProblem(MINIMUM + "  exclusions: {homes: {count: 2}}\n", "line 12", "classify.exclusions.homes", "area_per_person");
        assertProblem(MINIMUM.replace("RELATIVE: {multiple: 2, inclusive: true}", "RELATIVE: {multiple: 2}\n    ACCIDENT: {causes: []}"),
                "line 12", "classify.tiers.ACCIDENT", "cost_share");
    }

    @Test
    void aBadClassifySectionStopsEveryCommandThatReadsTheFile() throws Exception {
        Path file = write(MINIMUM.replace("monthly: 760", "monthly: 七百六"));
        assertThatThrownBy(() -> MappingFile.load(file, false)).isInstanceOf(ConfigException.class);
    }

    @Test
    void theExamplePoliciesLoad() {
        for (String name : List.of("bangfu.yaml", "classify-青岛-2017.yaml", "classify-青岛.yaml")) {
            ClassifyPolicy p = MappingFile.loadClassifyPolicy(Path.of("examples", name), false).orElseThrow();
            assertThat(p.dibao()).as(name).isNotEmpty();
            assertThat(p.version()).as(name).isNotEmpty();
        }
        ClassifyPolicy qingdao = MappingFile.loadClassifyPolicy(Path.of("examples/classify-青岛.yaml"), false).orElseThrow();
        assertThat(qingdao.bands().get(Tier.DEEP).inclusive()).isFalse();
        assertThat(qingdao.bands().get(Tier.RELATIVE).inclusive()).isFalse();
        assertThat(qingdao.accident().orElseThrow().costShare()).isEqualByComparingTo("0.8");
        // 2017-04-01: 七区 660, 四市 600 元 (青岛晚报, 2017-03-26)
        assertThat(qingdao.dibao()).extracting(RegionalFigure::fen).containsOnly(66_000L, 60_000L);
        ClassifyPolicy national = MappingFile.loadClassifyPolicy(Path.of("examples/classify-青岛-2017.yaml"), false).orElseThrow();
        assertThat(national.bands().get(Tier.RELATIVE).multiple()).isEqualByComparingTo("1.5");
        assertThat(national.dibao()).extracting(RegionalFigure::fen).containsOnly(65_000L, 66_000L, 58_000L, 60_000L);
        assertThat(national.accident().orElseThrow().maxMultiple()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("3"));
    }

    @Test
    void aFileWithoutTheSectionHasNoPolicy() throws Exception {
        assertThat(MappingFile.loadClassifyPolicy(write("headers:\n  roster:\n    head_id: [证件]\n"), false)).isEmpty();
        assertThat(MappingFile.loadClassifyPolicy(dir.resolve("absent.yaml"), true)).isEmpty();
    }

    private ClassifyPolicy load(String yaml) throws Exception {
        return MappingFile.loadClassifyPolicy(write(yaml), false).orElseThrow();
    }

    private void assertProblem(String yaml, String... fragments) throws Exception {
        Path file = write(yaml);
        assertThatThrownBy(() -> MappingFile.loadClassifyPolicy(file, false))
                .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.reason().render(Lang.EN)).contains(fragments));
    }

    private Path write(String yaml) throws Exception {
        Path file = Files.createTempFile(dir, "bangfu", ".yaml");
        Files.writeString(file, yaml);
        return file;
    }
}
