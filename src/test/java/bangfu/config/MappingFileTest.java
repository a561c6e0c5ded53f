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
        assertThat(m.valueAliases("tier")).containsEntry("特别困难", "DEEP");
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
                        .contains("line 3").contains("VERY_DEEP").contains("DEEP, RELATIVE"));
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

    private Path write(String yaml) throws Exception {
        Path f = dir.resolve("m.yaml");
        Files.writeString(f, yaml);
        return f;
    }
}
