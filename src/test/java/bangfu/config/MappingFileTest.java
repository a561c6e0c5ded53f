package bangfu.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.model.Lang;
import bangfu.model.Mapping;
import bangfu.model.RecordKind;
import bangfu.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MappingFileTest {
    @TempDir Path dir;

    @Test
    void theCommentedExampleLoads() {
        Mapping m = MappingFile.load(Path.of("examples/bangfu.yaml"), false);
        assertThat(m.headerAliases(RecordKind.ROSTER, "head_id")).containsExactly("户主公民身份证号");
        assertThat(m.valueAliases(RecordKind.ROSTER, "tier")).containsEntry("特别困难", "DEEP");
        assertThat(m.severity("PAYMENT_AFTER_CLOSED", Severity.ERROR)).isEqualTo(Severity.WARNING);
        assertThat(m.severity("PAYMENT_BEFORE_FILED", Severity.WARNING)).isEqualTo(Severity.ERROR);
    }

    @Test
    void onlyPolicyFindingsCanBeReweighed() throws Exception {
        Path code = write("severities:\n  ID_CHECK_DIGIT: warning\n");
        assertThatThrownBy(() -> MappingFile.load(code, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN))
                        .contains("line 2").contains("severities.ID_CHECK_DIGIT").contains("PAYMENT_BEFORE_FILED"));
        Path level = write("severities:\n  PAYMENT_BEFORE_FILED: fatal\n");
        assertThatThrownBy(() -> MappingFile.load(level, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("error, warning"));
    }

    @Test
    void missingOptionalFileIsNoMapping() {
        assertThat(MappingFile.load(dir.resolve("bangfu.yaml"), true)).isEqualTo(Mapping.NONE);
    }

    @Test
    void unknownKeyNamesTheLineAndThePath() throws Exception {
        Path f = write("headers:\n  roster:\n    head_id: [证件]\n    hed_name: [名]\n");
        assertThatThrownBy(() -> MappingFile.load(f, false)).isInstanceOf(ConfigException.class)
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN))
                        .contains("line 4").contains("headers.roster.hed_name").contains("head_name"));
    }

    @Test
    void duplicateKeyIsRefused() throws Exception {
        Path f = write("values:\n  tier:\n    特困: DEEP\n    特困: RELATIVE\n");
        assertThatThrownBy(() -> MappingFile.load(f, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).isEqualTo("check.yaml_duplicate_key"))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("line 4")
                        .contains("values.tier.特困"));
    }

    @Test
    void valueMustBeAKnownCode() throws Exception {
        Path f = write("values:\n  tier:\n    特困: VERY_DEEP\n");
        assertThatThrownBy(() -> MappingFile.load(f, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN))
                        .contains("line 3").contains("VERY_DEEP").contains("DEEP 深度困难, RELATIVE 相对困难"));
    }

    @Test
    void wrongTypeAndBrokenYaml() throws Exception {
        Path list = write("headers:\n  roster:\n    head_id: 5\n");
        assertThatThrownBy(() -> MappingFile.load(list, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).isEqualTo("config.wrong_type"));
        Path broken = write("headers: [\n");
        assertThatThrownBy(() -> MappingFile.load(broken, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).isEqualTo("config.syntax"));
    }

    @Test
    void everyClosedSetFieldOfEveryKindOfSheetTakesValues() throws Exception {
        Mapping m = MappingFile.load(write("""
                values:
                  fund_source:
                    州财政专户: CITY
                  method:
                    工资卡代发: bank_card
                  ledger:
                    kind:
                      困难帮扶金: 生活救助
                  visits:
                    kind:
                      微信视频: PHONE
                    outcome:
                      基本好转: IMPROVED
                  relation:
                    老公: SPOUSE
                  gender:
                    男士: MALE
                """), false);
        assertThat(m.valueAliases(RecordKind.LEDGER, "fund_source")).containsExactly(java.util.Map.entry("州财政专户", "CITY"));
        assertThat(m.valueAliases(RecordKind.LEDGER, "method")).containsEntry("工资卡代发", "BANK_CARD");
        // the code may be written as its official word
        assertThat(m.valueAliases(RecordKind.LEDGER, "kind")).containsEntry("困难帮扶金", "LIVING");
        assertThat(m.valueAliases(RecordKind.VISITS, "kind")).containsEntry("微信视频", "PHONE");
        assertThat(m.valueAliases(RecordKind.VISITS, "outcome")).containsEntry("基本好转", "IMPROVED");
        assertThat(m.valueAliases(RecordKind.MEMBERS, "relation")).containsEntry("老公", "SPOUSE");
        // a field of two kinds of sheet with the same values applies to both
        assertThat(m.valueAliases(RecordKind.ROSTER, "gender")).containsEntry("男士", "MALE");
        assertThat(m.valueAliases(RecordKind.MEMBERS, "gender")).containsEntry("男士", "MALE");
        assertThat(m.valueAliases(RecordKind.ROSTER, "fund_source")).isEmpty();
    }

    @Test
    void aKeyOfTwoKindsOfSheetWithDifferentValuesMustNameItsKind() throws Exception {
        Path f = write("values:\n  kind:\n    家访: HOME\n");
        assertThatThrownBy(() -> MappingFile.load(f, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).isEqualTo("config.ambiguous_key"))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("line 2")
                        .contains("values.ledger.kind").contains("values.visits.kind"));
    }

    @Test
    void valuesAreReadAsStrictlyAsHeaders() throws Exception {
        Path field = write("values:\n  ledger:\n    fund:\n      州级: CITY\n");
        assertThatThrownBy(() -> MappingFile.load(field, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("line 3")
                        .contains("values.ledger.fund").contains("fund_source, kind, method"));
        Path code = write("values:\n  visits:\n    outcome:\n      很好: EXCELLENT\n");
        assertThatThrownBy(() -> MappingFile.load(code, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("line 4")
                        .contains("EXCELLENT").contains("IMPROVED 好转"));
        Path text = write("values:\n  vehicle:\n    有车: true\n");
        assertThatThrownBy(() -> MappingFile.load(text, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().render(Lang.EN)).contains("values.vehicle")
                        .contains("fund_source").contains("relation"));
    }

    @Test
    void theWordingOfAValueKeptAsOtherIsNoColumn() throws Exception {
        Path f = write("headers:\n  roster:\n    main_cause_wording: [原因说明]\n");
        assertThatThrownBy(() -> MappingFile.load(f, false))
                .satisfies(e -> assertThat(((ConfigException) e).reason().key()).isEqualTo("config.unknown_key"));
    }

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
