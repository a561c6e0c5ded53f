package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload export through the real jar: refused without --reveal, written 0600, imported again by a second run. */
class ExportIT {
    @TempDir Path dir;

    @Test
    void anExportFromTheRealJarImportsIntoAnEmptyDatabase() throws Exception {
        // ASCII copies: under LANG=C the JVM cannot name files in Chinese, which is the launcher's business, not this test's.
        Files.copy(Path.of("examples/花名册-东城区总工会-2024.xlsx"), dir.resolve("roster.xlsx"));
        assertThat(Bangfu.run(dir, "import", "--quiet", "roster.xlsx").exit()).isLessThanOrEqualTo(1);

        Bangfu refused = Bangfu.run(dir, "--lang", "en", "report", "export", "--out", "upload.xlsx");
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip().lines()).hasSize(1);
        assertThat(dir.resolve("upload.xlsx")).doesNotExist();

        Bangfu export = Bangfu.run(dir, "--lang", "zh", "report", "export", "--reveal", "--out", "upload.xlsx");
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("困难职工档案 12 行").doesNotContain("?");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("upload.xlsx"))))
                .isEqualTo("rw-------");

        Bangfu again = Bangfu.run(dir, "--db", "again.db", "--lang", "en", "import", "upload.xlsx");
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("sheet 困难职工档案 (roster, header row 2):  read 12, inserted 12")
                .contains("sheet 家庭成员 (members, header row 1):  read 24, inserted 24");

        Bangfu csv = Bangfu.run(dir, "--db", "again.db", "report", "export", "--reveal", "--sheet", "家庭成员");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out().lines()).hasSize(1 + 24).first().asString().contains("户主身份证号码");
    }
}
