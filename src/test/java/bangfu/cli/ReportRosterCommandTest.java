package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The roster (花名册) of the examples and of a hand-made database, checked against plain SQL and by hand. */
class ReportRosterCommandTest {
    @TempDir static Path shared;
    @TempDir Path dir;

    static Path examples() {
        return shared.resolve("examples.db");
    }

    @BeforeAll
    static void importExamples() {
        ExampleDatabase.importInto(examples());
    }

    @Test
    void everyFileOnRecordWithItsLastVisitAndPaymentAsSqlFindsThem() {
        Run run = Run.of("--lang", "zh", "--db", examples().toString(), "report", "roster", "--format", "csv", "--reveal");
        assertThat(run.exit()).as(run.err()).isZero();
        List<List<String>> expected = Sql.rows(examples(), """
                SELECT h.head_id, h.union_name,
                       coalesce((SELECT max(visited_on) FROM visits WHERE household_id = h.id), ''),
                       coalesce((SELECT max(paid_on) FROM assistance WHERE household_id = h.id), ''),
                       coalesce((SELECT printf('%.2f', sum(amount_fen) / 100.0) FROM assistance WHERE household_id = h.id
                                 AND paid_on = (SELECT max(paid_on) FROM assistance WHERE household_id = h.id)), '')
                FROM households h WHERE h.status IN ('ACTIVE', 'PHASING_OUT')""");
        List<String> lines = assertRosterLines(run.out(), expected);
        // by union, then by name in pinyin order within it
        List<String> unions = lines.stream().map(l -> l.split(",")[1]).toList();
        assertThat(unions.stream().distinct().toList()).hasSize((int) Sql.count(examples(),
                "SELECT count(DISTINCT union_name) FROM households WHERE status IN ('ACTIVE', 'PHASING_OUT')"));
        for (int i = 1; i < unions.size(); i++) {
            if (!unions.get(i).equals(unions.get(i - 1))) assertThat(unions.subList(i, unions.size())).doesNotContain(unions.get(i - 1));
        }
    }

    /**
     * The roster's rows in csv, one per expected row (head's ID, union, last visit, last payment day, its amount),
     * each showing those values; returns the rows.
     */
    static List<String> assertRosterLines(String csv, List<List<String>> expected) {
        List<String> lines = csv.lines().filter(l -> l.matches("\\d+,.*")).toList();
        assertThat(lines).hasSize(expected.size()).hasSizeGreaterThan(10);
        for (List<String> e : expected) {
            String line = lines.stream().filter(l -> l.contains("," + e.get(0) + ",")).findFirst().orElseThrow();
            String[] cells = line.split(",", -1);
            assertThat(cells[1]).isEqualTo(e.get(1));
            assertThat(cells[8]).as(line).isEqualTo(e.get(2));
            assertThat(cells[9]).as(line).isEqualTo(e.get(3));
            assertThat(cells[10]).as(line).isEqualTo(e.get(4));
        }
        return lines;
    }

    @Test
    void asOfADayListsWhatWasOnFileThenByHand() throws Exception {
        String a = id("19800101", 11);
        String b = id("19810101", 12);
        String c = id("19820101", 13);
        String d = id("19830101", 14);
        Path db = dir.resolve("t.db");
        Path roster = Files.writeString(dir.resolve("roster.csv"), """
                姓名,身份证号码,所属工会,建档年月,档案状态,脱困日期,帮扶责任人
                张三,%s,甲工会,2023-01,在档,,王五 13812345678
                李四,%s,甲工会,2023-03,脱困,2024-06-30,赵六
                王二,%s,乙工会,2024-07,在档,,钱七
                =HYPERLINK("x"),%s,乙工会,2020-01,在档,,孙八
                """.formatted(a, b, c, d));
        Run load = Run.of("--db", db.toString(), "import", roster.toString());
        assertThat(load.exit()).as(load.out()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
        // 30 June: 李四 left that day, 王二 is not filed until July (a month alone reads as its first day)
        assertThat(names(db, "2024-06-30")).containsExactly("张三", "=HYPERLINK(\"x\")");
        assertThat(names(db, "2024-06-29")).containsExactly("李四", "张三", "=HYPERLINK(\"x\")");
        assertThat(names(db, "2024-07-01")).containsExactly("张三", "=HYPERLINK(\"x\")", "王二");
        assertThat(names(db, "2019-12-31")).isEmpty();
        Run now = Run.of("--lang", "zh", "--db", db.toString(), "report", "roster");
        assertThat(now.out()).contains("王五 138****5678").doesNotContain("13812345678");

        Path xlsx = dir.resolve("花名册.xlsx");
        Run written = Run.of("--lang", "zh", "--db", db.toString(), "report", "roster", "--format", "xlsx", "--out", xlsx.toString());
        assertThat(written.exit()).as(written.err()).isZero();
        assertThat(written.out()).isEmpty();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(xlsx))).isEqualTo("rw-------");
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            int header = -1;
            for (int r = 0; r <= sheet.getLastRowNum() && header < 0; r++) {
                XSSFRow row = sheet.getRow(r);
                if (row != null && row.getCell(0) != null && "序号".equals(row.getCell(0).getStringCellValue())) header = r;
            }
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (header + 1));
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("困难职工花名册");
            XSSFRow formula = sheet.getRow(header + 2); // 张三 of 甲工会, then 乙工会
            assertThat(formula.getCell(2).getCellType()).isEqualTo(CellType.STRING);
            assertThat(formula.getCell(2).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(formula.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(256 * 6);
        }
    }

    @Test
    void aFilterThatMatchesNothingNamesTheClosestKnownValuesAndPrintsNoTable() {
        Run run = Run.of("--lang", "zh", "--db", examples().toString(), "report", "roster", "--union", "东城区环卫队工会");
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("东城区环卫服务队工会");
        String known = Sql.one(examples(), "SELECT union_name FROM households ORDER BY id LIMIT 1");
        assertThat(Run.of("--db", examples().toString(), "report", "roster", "--union", known).exit()).isZero();
    }

    @Test
    void xlsxWithoutOutAndADatabaseAsOutAreRefused() {
        assertThat(Run.of("--db", examples().toString(), "report", "roster", "--format", "xlsx").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("--db", examples().toString(), "report", "roster", "--out", examples().toString()).exit())
                .isEqualTo(ExitCode.USAGE);
    }

    private static List<String> names(Path db, String asOf) {
        Run run = Run.of("--lang", "zh", "--db", db.toString(), "report", "roster", "--as-of", asOf, "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\"name\" : \"((?:[^\"\\\\]|\\\\.)*)\"").matcher(run.out());
        while (m.find()) out.add(m.group(1).replace("\\\"", "\""));
        return out;
    }
}
