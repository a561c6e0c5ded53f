package bangfu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.model.AssistanceKind;
import bangfu.model.Lang;
import bangfu.model.Mapping;
import bangfu.model.Policy;
import bangfu.model.RecordKind;
import bangfu.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicySectionTest {
    @TempDir Path dir;

    @Test
    void theCommentedExampleStatesTheDefaultsAndOneKindCap() {
        Policy p = MappingFile.load(Path.of("examples/bangfu.yaml"), false).policy();
        assertThat(p.yearlyCapFen()).isEqualTo(Policy.DEFAULTS.yearlyCapFen()).isEqualTo(5_000_000L);
        assertThat(p.kindCapsFen()).isEqualTo(Map.of(AssistanceKind.MEDICAL, 3_000_000L));
        assertThat(p.minVisits()).isEqualTo(2);
        assertThat(p.staleAfterDays()).isEqualTo(365);
        assertThat(p.schoolAgeFrom()).isEqualTo(6);
        assertThat(p.schoolAgeTo()).isEqualTo(22);
        assertThat(p.followUpMonths()).isEqualTo(Policy.DEFAULTS.followUpMonths()).containsExactly(3, 6);
        // the example lists every check with its default weight
        assertThat(p.severities()).isEqualTo(Policy.CHECKS);
        assertThat(p.disabled()).isEmpty();
    }

    @Test
    void noPolicySectionMeansTheDefaults() throws Exception {
        assertThat(MappingFile.load(write("values:\n  tier:\n    特困: DEEP\n"), false).policy()).isEqualTo(Policy.DEFAULTS);
        assertThat(MappingFile.load(write("policy:\n"), false).policy()).isEqualTo(Policy.DEFAULTS);
        assertThat(Mapping.NONE.policy()).isEqualTo(Policy.DEFAULTS);
    }

    @Test
    void amountsInYuanBecomeFenExactly() throws Exception {
        Policy p = MappingFile.load(write("policy:\n  yearly_cap: 12345.67\n  kind_caps:\n    warmth: 0.1\n"), false).policy();
        assertThat(p.yearlyCapFen()).isEqualTo(1_234_567L);
        assertThat(p.kindCapsFen()).containsEntry(AssistanceKind.WARMTH, 10L);
    }

    @Test
    void checksCanBeReweighedOrSwitchedOff() throws Exception {
        Policy p = MappingFile.load(write("policy:\n  severities:\n    PAID_IN_CASH: Error\n    NEVER_ASSISTED: off\n"
                + "    TOO_FEW_VISITS: 'off'\n"), false).policy();
        assertThat(p.severity("PAID_IN_CASH")).isEqualTo(Severity.ERROR);
        assertThat(p.severity("NO_FUND_SOURCE")).isEqualTo(Severity.WARNING);
        assertThat(p.enabled("NEVER_ASSISTED")).isFalse();
        assertThat(p.enabled("TOO_FEW_VISITS")).isFalse();
        assertThat(p.enabled("PAID_IN_CASH")).isTrue();
    }

    @Test
    void followUpMonthsComeFromThePolicy() throws Exception {
        assertThat(MappingFile.load(write("policy:\n  follow_up_months: [2, 4, 6]\n"), false).policy().followUpMonths())
                .containsExactly(2, 4, 6);
        refused("policy:\n  follow_up_months: [6, 3]\n", "config.wrong_type", "line 2", "policy.follow_up_months");
        refused("policy:\n  follow_up_months: [0, 3]\n", "config.wrong_type", "line 2", "policy.follow_up_months");
        refused("policy:\n  follow_up_months: []\n", "config.wrong_type", "line 2", "policy.follow_up_months");
        refused("policy:\n  follow_up_months: 3\n", "config.wrong_type", "line 2", "policy.follow_up_months");
    }

    @Test
    void wrongTypesNameTheLineAndTheKeyPath() throws Exception {
        refused("policy:\n  yearly_cap: 50,000\n", "config.wrong_type", "line 2", "policy.yearly_cap");
        refused("policy:\n  yearly_cap: -1\n", "config.wrong_type", "line 2", "policy.yearly_cap");
        refused("policy:\n  yearly_cap: 0.001\n", "config.wrong_type", "line 2", "policy.yearly_cap");
        refused("policy:\n  min_visits: 2.5\n", "config.wrong_type", "line 2", "policy.min_visits");
        refused("policy:\n  stale_after_days: 0\n", "config.wrong_type", "line 2", "policy.stale_after_days");
        refused("policy:\n  kind_caps: 5\n", "config.wrong_type", "line 2", "policy.kind_caps");
        refused("policy: 5\n", "config.wrong_type", "line 1", "policy");
        refused("policy:\n  school_age_from: 10\n  school_age_to: 8\n", "check.policy_school_age", "line 3", "policy.school_age_to");
    }

    @Test
    void unknownKeysNameTheLineTheKeyPathAndTheKnownKeys() throws Exception {
        refused("policy:\n  min_visits: 2\n  yearly_limit: 3\n", "config.unknown_key", "line 3", "policy.yearly_limit");
        refused("policy:\n  kind_caps:\n    medicine: 3\n", "config.unknown_key", "line 3", "medical");
        refused("policy:\n  severities:\n    CASH: error\n", "config.unknown_key", "line 3", "PAID_IN_CASH");
        refused("polcy:\n  min_visits: 2\n", "config.unknown_key", "line 1", "policy");
    }

    @Test
    void duplicateKeysNameTheWholePath() throws Exception {
        refused("policy:\n  kind_caps:\n    medical: 1\n    living: 2\n    medical: 3\n", "check.yaml_duplicate_key", "line 5",
                "policy.kind_caps.medical");
        refused("policy:\n  min_visits: 1\npolicy:\n  min_visits: 2\n", "check.yaml_duplicate_key", "line 3", "policy");
    }

    private void refused(String yaml, String key, String line, String text) throws Exception {
        Path f = write(yaml);
        assertThatThrownBy(() -> MappingFile.load(f, false)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).as(yaml).isEqualTo(key))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).as(yaml).contains(line).contains(text));
    }

    @Test
    void unknownValuesAreAnErrorUnlessTheFieldSaysOther() throws Exception {
        Policy p = MappingFile.load(write("""
                policy:
                  unknown_values:
                    main_cause: other
                    close_reason: error
                    ledger:
                      kind: other
                    fund_source: other
                """), false).policy();
        assertThat(p.keepsUnknownAsOther(RecordKind.ROSTER, "main_cause")).isTrue();
        assertThat(p.keepsUnknownAsOther(RecordKind.ROSTER, "close_reason")).isFalse();
        assertThat(p.keepsUnknownAsOther(RecordKind.LEDGER, "kind")).isTrue();
        assertThat(p.keepsUnknownAsOther(RecordKind.VISITS, "kind")).isFalse();
        assertThat(p.keepsUnknownAsOther(RecordKind.LEDGER, "fund_source")).isTrue();
        assertThat(p.keepsUnknownAsOther(RecordKind.ROSTER, "tier")).isFalse();
        assertThat(Policy.DEFAULTS.keepsUnknownAsOther(RecordKind.ROSTER, "main_cause")).isFalse();
    }

    @Test
    void aRelationOutsideTheStandardsGroupsIsKeptAsOtherUnlessThePolicySaysError() throws Exception {
        assertThat(Policy.DEFAULTS.keepsUnknownAsOther(RecordKind.MEMBERS, "relation")).isTrue();
        assertThat(MappingFile.load(write("policy:\n  min_visits: 3\n"), false).policy()
                .keepsUnknownAsOther(RecordKind.MEMBERS, "relation")).isTrue();
        Policy strict = MappingFile.load(write("policy:\n  unknown_values:\n    relation: error\n"), false).policy();
        assertThat(strict.keepsUnknownAsOther(RecordKind.MEMBERS, "relation")).isFalse();
    }

    @Test
    void otherOnlyWhereTheSetHasOther() throws Exception {
        Path tier = write("policy:\n  unknown_values:\n    tier: other\n");
        assertThatThrownBy(() -> MappingFile.load(tier, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).isEqualTo("config.no_other"))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("line 3")
                        .contains("policy.unknown_values.tier"));
        Path level = write("policy:\n  unknown_values:\n    main_cause: keep\n");
        assertThatThrownBy(() -> MappingFile.load(level, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("error, other"));
        Path ambiguous = write("policy:\n  unknown_values:\n    kind: other\n");
        assertThatThrownBy(() -> MappingFile.load(ambiguous, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).isEqualTo("config.ambiguous_key"));
        Path unknown = write("policy:\n  unknown_values:\n    main_causes: other\n");
        assertThatThrownBy(() -> MappingFile.load(unknown, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN))
                        .contains("policy.unknown_values.main_causes").contains("main_cause"));
    }

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("p.yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
