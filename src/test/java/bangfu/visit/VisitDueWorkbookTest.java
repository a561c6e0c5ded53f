package bangfu.visit;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden of {@code visit due --format xlsx}: one printable sheet per cadre, each named after the cadre, cell
 * for cell as src/test/resources/visit-due/due.xlsx.txt says (-Dbangfu.updateGoldens=true rewrites it).
 */
class VisitDueWorkbookTest {
    static final Path GOLDEN = Path.of("src/test/resources/visit-due/due.xlsx.txt");

    @TempDir Path dir;

    @Test
    void oneSheetPerCadreReadyToPrint() throws Exception {
        Path db = dir.resolve("due.db");
        Run imported = Run.of("--db", db.toString(), "import", "--quiet", "examples/花名册-西城区总工会-2024.csv",
                "examples/花名册-西城区总工会-2025.csv", "examples/走访记录-西城区总工会-2025.csv");
        assertThat(imported.exit()).as(imported.err()).isZero();
        Path out = dir.resolve("due.xlsx");
        Run run = Run.of("--lang", "zh", "--db", db.toString(), "visit", "due", "--as-of", "2025-08-20", "--format", "xlsx",
                "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();

        StringBuilder dump = new StringBuilder();
        List<String> sheets = new ArrayList<>();
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            DataFormatter text = new DataFormatter(java.util.Locale.ROOT);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet sheet = wb.getSheetAt(i);
                sheets.add(sheet.getSheetName());
                assertThat(sheet.getFitToPage()).as("fits the page width").isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getRepeatingRows()).as("header repeated on every printed page").isNotNull();
                dump.append("== ").append(sheet.getSheetName()).append(sheet.getPrintSetup().getLandscape() ? " (landscape)" : "")
                        .append('\n');
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    XSSFRow row = sheet.getRow(r);
                    if (row == null) continue;
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < row.getLastCellNum(); c++) {
                        XSSFCell cell = row.getCell(c);
                        cells.add(cell == null ? "" : text.formatCellValue(cell));
                    }
                    String line = String.join(" | ", cells).strip();
                    if (!line.isEmpty()) dump.append(r + 1).append(": ").append(line).append('\n');
                }
            }
        }
        assertThat(sheets).containsExactly("周静", "孙淑珍", "张杰", "赵超", "马海波");
        if (Boolean.getBoolean("bangfu.updateGoldens") || !Files.exists(GOLDEN)) {
            Files.writeString(GOLDEN, dump, StandardCharsets.UTF_8);
        }
        assertThat(dump.toString()).isEqualTo(Files.readString(GOLDEN, StandardCharsets.UTF_8));
        // the phone numbers and IDs the cadres see are masked unless --reveal
        assertThat(dump.toString()).contains("1101**********5338").doesNotContain("110102197008175338");
    }

    @Test
    void anOutNamingTheDatabaseIsRefusedAndTheDatabaseKept() throws Exception {
        Path db = dir.resolve("due.db");
        Run imported = Run.of("--db", db.toString(), "import", "--quiet", "examples/花名册-西城区总工会-2024.csv");
        assertThat(imported.exit()).as(imported.err()).isZero();
        byte[] before = Files.readAllBytes(db);
        for (String format : List.of("json", "xlsx")) {
            Run run = Run.of("--lang", "en", "--db", db.toString(), "visit", "due", "--as-of", "2025-08-20", "--format", format,
                    "--out", db.toString());
            assertThat(run.exit()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).contains(db.toString());
            assertThat(Files.readAllBytes(db)).as("the database after --out naming it (%s)", format).isEqualTo(before);
        }
    }

    @Test
    void aListTooLongForAWorkbookIsRefusedAndNoFileIsWritten() throws Exception {
        Path db = dir.resolve("many.db");
        bangfu.store.sqlite.Database.open(db).close();
        // 100,001 files on record and no visit: every one of them owes two this year
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
             java.sql.Statement s = c.createStatement()) {
            s.execute("""
                    WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100001)
                    INSERT INTO households (id, head_id, head_name, union_name, helper, status, filed_on)
                    SELECT i, '11' || substr('0000000000000000' || i, -16), '某', '某工会', '某', 'ACTIVE', '2024-01-01' FROM n""");
        }
        try (bangfu.store.sqlite.Database opened = bangfu.store.sqlite.Database.open(db)) {
            bangfu.store.jdbc.LifecycleColumns.refreshAll(opened);
        }
        Path out = dir.resolve("many.xlsx");
        Run run = Run.of("--lang", "en", "--db", db.toString(), "visit", "due", "--as-of", "2025-06-30", "--format", "xlsx",
                "--out", out.toString());
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err()).contains("more than 100000 lines").contains("--format csv");
        assertThat(out).doesNotExist();
    }
}
