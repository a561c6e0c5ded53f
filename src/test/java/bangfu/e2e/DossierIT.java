package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier through the real jar under LANG=C: Chinese on stdout, the xlsx on disk, exit codes. */
class DossierIT {
    @TempDir Path dir;

    @Test
    void dossierAsTextAndXlsxFromTheRealJar() throws Exception {
        // ASCII copies: under LANG=C the JVM cannot name files in Chinese, which is the launcher's business, not this test's.
        Files.copy(Path.of("examples/花名册-东城区总工会-2024.xlsx"), dir.resolve("roster.xlsx"));
        Files.copy(Path.of("examples/救助发放表-2024.xlsx"), dir.resolve("ledger.xlsx"));
        Bangfu imported = Bangfu.run(dir, "import", "--quiet", "roster.xlsx", "ledger.xlsx");
        assertThat(imported.exit()).isLessThanOrEqualTo(1);

        Bangfu text = Bangfu.run(dir, "--lang", "zh", "report", "household", "110101199003262822");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out()).contains("萧娜").contains("1101**********2822").doesNotContain("?");
        assertThat(text.err()).isEmpty();

        Bangfu xlsx = Bangfu.run(dir, "--lang", "zh", "report", "household", "110101199003262822",
                "--format", "xlsx", "--out", "dossier.xlsx");
        assertThat(xlsx.exit()).as(xlsx.err()).isZero();
        assertThat(xlsx.out()).isEmpty();
        try (XSSFWorkbook wb = new XSSFWorkbook(dir.resolve("dossier.xlsx").toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("档案");
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("萧娜");
        }

        Bangfu unknown = Bangfu.run(dir, "--lang", "en", "report", "household", "110101199001010015");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().strip().lines()).hasSize(1);
    }
}
