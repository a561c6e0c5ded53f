package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.MemberField;
import bangfu.model.RosterField;
import bangfu.store.sqlite.Sql;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report export}: the examples written out in an upload template and imported again into an empty
 * database give the same records, compared field by field with plain SQL over both files.
 */
class ReportExportTest {
    static final String TEMPLATE = "src/test/resources/export/省总工会模板.yaml";
    static final String TEMPLATE_MAPPING = "src/test/resources/export/省总工会模板-导入.yaml";

    /** Every stored field of a file (the wordings beside 其他 too), written out by name, not taken from the code. */
    static final String HOUSEHOLDS = """
            SELECT head_id, period, head_name, gender, ethnicity, birth_date, phone, union_name, employer, province, city,
                   county, address, tier, file_level, status, filed_on, phased_out_on, exited_on, closed_on, close_reason, main_cause,
                   secondary_causes, household_size, yearly_income_fen, rigid_expenses_fen, per_capita_monthly_fen,
                   is_migrant_worker, is_model_worker, housing, vehicle, health, helper, note, region, monthly_income_fen,
                   has_vehicle, medical_insurance, employer_credit_code, close_reason_wording, main_cause_wording,
                   secondary_causes_wording, medical_insurance_wording, region_code, medical_expenses_fen,
                   disability_expenses_fen, schooling_expenses_fen, compulsory_schooling_fen, housing_expenses_fen,
                   other_expenses_fen, able_unemployed, mobility_vehicle, homes, home_area, owns_business, private_school,
                   refused_check, hardship_costs_fen, compensation_fen
            FROM households ORDER BY head_id, period""";
    static final String MEMBERS = """
            SELECT h.head_id, m.name, m.id_number, m.relation, m.gender, m.birth_date, m.health, m.occupation,
                   m.relation_wording
            FROM members m JOIN households h ON h.id = m.household_id ORDER BY h.head_id, m.name, m.id_number""";

    @TempDir static Path shared;
    @TempDir Path dir;

    static Path examples() {
        return shared.resolve("examples.db");
    }

    @BeforeAll
    static void importExamples() {
        Run run = Run.of("--db", examples().toString(), "import", "-q", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/花名册-南岗区总工会-2024.xls",
                "examples/花名册-弥勒市总工会-2016.xls");
        assertThat(run.exit()).as(run.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void theComparisonCoversEveryStoredFieldOfFilesAndMembers() {
        // the transfer columns (转入, 转入日期) only instruct an import: nothing is stored to compare
        for (RosterField f : RosterField.values()) {
            if (f.stored()) assertThat(HOUSEHOLDS).containsPattern("\\b" + f.key() + "\\b");
        }
        for (MemberField f : MemberField.values()) {
            assertThat(MEMBERS).contains(f == MemberField.HEAD_ID ? "h.head_id" : "m." + f.key());
        }
    }

    @Test
    void theExamplesHoldWhatARoundTripCanLose() {
        // Without these the round trip below would prove less than it says.
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE length(filed_on) = 7")).isPositive();
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE length(birth_date) = 7")).isPositive();
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE main_cause_wording IS NOT NULL")).isPositive();
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE secondary_causes LIKE '%,%'")).isPositive();
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE status = 'EXITED' AND exited_on IS NOT NULL"))
                .isPositive();
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE monthly_income_fen IS NOT NULL")).isPositive();
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE tier IS NULL")).isPositive();
        assertThat(Sql.count(examples(), "SELECT count(*) FROM members")).isGreaterThan(20);
        assertThat(Sql.count(examples(), "SELECT count(*) FROM households WHERE period > 1")).isZero();
    }

    @Test
    void theExamplesExportedInTheNationalTemplateImportAsTheSameRecords() {
        Path upload = dir.resolve("上报.xlsx");
        Run export = Run.of("--lang", "zh", "--db", examples().toString(), "report", "export", "--reveal", "--out", upload.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("困难职工档案 33 行").contains("家庭成员 " + Sql.count(examples(), "SELECT count(*) FROM members") + " 行");
        assertSameRecords(importInto(dir.resolve("again.db"), null, upload));
    }

    @Test
    void aCsvOfEachSheetImportsAsTheSameRecordsToo() {
        Path roster = dir.resolve("档案.csv");
        Path members = dir.resolve("成员.csv");
        assertThat(export("--out", roster.toString()).exit()).isZero();
        assertThat(export("--out", members.toString(), "--sheet", "家庭成员").exit()).isZero();
        assertSameRecords(importInto(dir.resolve("again.db"), null, roster, members));
    }

    @Test
    void aTemplateWithOtherHeadersSpellingsAndDatesRoundTripsToo() throws Exception {
        Path upload = dir.resolve("省.xlsx");
        assertThat(export("--template", TEMPLATE, "--out", upload.toString()).exit()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(upload.toFile())) {
            XSSFSheet sheet = wb.getSheet("档案信息");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("某省总工会困难职工档案导入模板");
            assertThat((Object) sheet.getRow(2)).as("the blank row above the header").isNull();
            List<String> header = texts(sheet.getRow(3));
            assertThat(header).startsWith("公民身份号码", "职工名字", "性别").contains("困难等级", "入档年月");
            int row = rowOf(sheet, "11010119760509525X");
            assertThat(text(sheet, row, header.indexOf("性别"))).isEqualTo("男性");
            assertThat(text(sheet, row, header.indexOf("出生年月"))).isEqualTo("1976/5/9");
            assertThat(text(sheet, row, header.indexOf("困难等级"))).isEqualTo("二类");
            assertThat(text(sheet, row, header.indexOf("次要困难原因"))).isEqualTo("子女就学");
            assertThat(text(sheet, row, header.indexOf("农民工"))).isEqualTo("×");
            int month = rowOf(sheet, Sql.one(examples(), "SELECT head_id FROM households WHERE filed_on = '2016-06' LIMIT 1"));
            assertThat(text(sheet, month, header.indexOf("入档年月"))).isEqualTo("2016年6月");
            assertThat(texts(wb.getSheet("家庭成员信息").getRow(1))).startsWith("户主公民身份号码", "家属姓名", "家庭关系");
        }
        assertSameRecords(importInto(dir.resolve("again.db"), TEMPLATE_MAPPING, upload));
        // and as csv, one file per sheet
        Path roster = dir.resolve("档案信息.csv");
        Path members = dir.resolve("家庭成员信息.csv");
        assertThat(export("--template", TEMPLATE, "--out", roster.toString()).exit()).isZero();
        assertThat(export("--template", TEMPLATE, "--sheet", "家庭成员信息", "--out", members.toString()).exit()).isZero();
        assertThat(Files.readAllLines(roster, StandardCharsets.UTF_8).get(3)).startsWith("公民身份号码,职工名字,");
        assertSameRecords(importInto(dir.resolve("again-csv.db"), TEMPLATE_MAPPING, roster, members));
    }

    @Test
    void closedFilesAndValuesKeptAsOtherRoundTripWithTheirWording() throws Exception {
        // What the examples lack: a closed file with its date and a reason kept as 其他, insurance kept as 其他,
        // a vehicle, rigid expenses, a filing level other than 基层, a home's area in m² with a decimal. (性别 is a column, as on every roster: without
        // one the gender stays unstated, while the export's blank 性别 cell is filled from the ID on import.)
        Path roster = dir.resolve("花名册.csv");
        Files.writeString(roster, """
                姓名,性别,身份证号码,所属工会,困难类别,建档层级,建档日期,档案状态,注销日期,注销原因,医疗保险,有无车辆,家庭年收入,刚性支出,家庭人口,住房总面积,住房套数,残疾人功能性代步车
                张三,男,%s,测试工会,一般困难,省级,2020-01-02,注销,2024-05-01,纳入政府兜底保障,商业保险,有,12345.67,100,2,65.5,1,是
                李四,,%s,测试工会,深度困难,全国级,2019-03-04,注销,2023-12-31,死亡,新农合,无,0,,1,80,2,否
                """.formatted(id("19800101", 11), id("19700202", 22)), StandardCharsets.UTF_8);
        Path db = dir.resolve("closed.db");
        Run imported = Run.of("--db", db.toString(), "import", "-q", roster.toString());
        assertThat(imported.exit()).as(imported.out()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(Sql.count(db, "SELECT count(*) FROM households WHERE status = 'CLOSED'")).isEqualTo(2);
        assertThat(Sql.count(db, "SELECT count(*) FROM households WHERE close_reason_wording IS NOT NULL"
                + " AND medical_insurance_wording IS NOT NULL AND has_vehicle = 1 AND home_area = 65.5")).isEqualTo(1);
        Path upload = dir.resolve("closed.xlsx");
        assertThat(Run.of("--db", db.toString(), "report", "export", "--reveal", "--out", upload.toString()).exit()).isZero();
        Path again = importInto(dir.resolve("closed-again.db"), null, upload);
        assertThat(Sql.rows(again, HOUSEHOLDS)).hasSize(2).containsExactlyElementsOf(Sql.rows(db, HOUSEHOLDS));
    }

    @Test
    void withoutRevealNothingIsWrittenAndOneLineSaysWhy() {
        Path upload = dir.resolve("上报.xlsx");
        Run run = Run.of("--db", examples().toString(), "report", "export", "--out", upload.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err().lines().toList()).hasSize(1).first().asString().contains("--reveal");
        assertThat(run.out()).isEmpty();
        assertThat(upload).doesNotExist();
        assertThat(Run.of("--db", examples().toString(), "report", "export").out()).doesNotContain("110101");
    }

    @Test
    void theWorkbookHasTheTemplatesSheetsHeaderRowFrozenHeaderAndChineseWidths() throws Exception {
        Path upload = dir.resolve("上报.xlsx");
        assertThat(export("--out", upload.toString()).exit()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(upload))).isEqualTo("rw-------");
        try (XSSFWorkbook wb = new XSSFWorkbook(upload.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("困难职工档案");
            assertThat(wb.getSheetName(1)).isEqualTo("家庭成员");
            XSSFSheet roster = wb.getSheetAt(0);
            assertThat(roster.getRow(0).getCell(0).getStringCellValue()).isEqualTo("困难职工档案表");
            List<String> header = texts(roster.getRow(1));
            assertThat(header).startsWith("姓名", "身份证号码", "性别").contains("家庭人均月收入（元）", "建档年月");
            PaneInformation pane = roster.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(roster.getRepeatingRows().getFirstRow()).isEqualTo(1);
            // A Chinese header is two characters wide per character: 家庭人均月收入（元） needs 20, not 10.
            assertThat(roster.getColumnWidth(header.indexOf("家庭人均月收入（元）")) / 256).isGreaterThanOrEqualTo(20);
            // The ID is text, every digit kept; money is a number in 元.
            int row = rowOf(roster, "11010119760509525X");
            assertThat(roster.getRow(row).getCell(header.indexOf("身份证号码")).getCellType()).isEqualTo(CellType.STRING);
            XSSFCell income = roster.getRow(row).getCell(header.indexOf("家庭年收入（元）"));
            assertThat(income.getNumericCellValue()).isEqualTo(Sql.count(examples(),
                    "SELECT yearly_income_fen FROM households WHERE head_id = '11010119760509525X'") / 100.0);
            assertThat(roster.getLastRowNum()).isEqualTo(1 + 33);
            assertThat(texts(wb.getSheetAt(1).getRow(0))).startsWith("户主身份证号码", "成员姓名");
        }
    }

    @Test
    void filtersLetThroughTheFilesPlainSqlFinds() {
        assertRows(Sql.count(examples(), "SELECT count(*) FROM households WHERE union_name = '弥勒市百货大楼工会'"),
                "--union", "弥勒市百货大楼工会");
        assertRows(Sql.count(examples(), "SELECT count(*) FROM households WHERE status = 'EXITED'"), "--status", "脱困");
        assertRows(Sql.count(examples(), "SELECT count(*) FROM households WHERE tier = 'DEEP'"), "--tier", "深度困难");
        assertRows(Sql.count(examples(), "SELECT count(*) FROM households WHERE tier IS NULL"), "--tier", "未填");
        assertRows(Sql.count(examples(), "SELECT count(*) FROM households WHERE '红河州' IN (province, city, county)"),
                "--region", "红河州");
        assertRows(Sql.count(examples(), "SELECT count(*) FROM households WHERE status = 'ACTIVE' AND tier = 'RELATIVE'"
                + " AND '北京市' IN (province, city, county)"), "--status", "active", "--tier", "相对", "--region", "北京市");
        // Members go with their households.
        Run members = export("--union", "东城区纺织印染厂工会", "--sheet", "家庭成员");
        assertThat(members.out().lines().count() - 1).isEqualTo(Sql.count(examples(),
                "SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id WHERE h.union_name = '东城区纺织印染厂工会'"));
    }

    @Test
    void aFilterThatMatchesNothingWritesNothing() {
        Path upload = dir.resolve("上报.csv");
        Run run = export("--union", "不存在工会", "--out", upload.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.err().lines().toList()).hasSize(1);
        assertThat(upload).doesNotExist();
        assertThat(export("--status", "注销").exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        Path roster = dir.resolve("花名册.csv");
        String head = id("19800101", 11);
        Files.writeString(roster, "姓名,身份证号码,所属工会,困难类别,建档日期,备注\n"
                + "张三," + head + ",测试工会,深度困难,2024-01-02,=HYPERLINK(\"http://x\")\n", StandardCharsets.UTF_8);
        Path db = dir.resolve("f.db");
        assertThat(Run.of("--db", db.toString(), "import", "-q", roster.toString()).exit()).isLessThanOrEqualTo(1);
        assertThat(Sql.one(db, "SELECT note FROM households")).startsWith("=HYPERLINK");
        Run csv = Run.of("--db", db.toString(), "report", "export", "--reveal");
        assertThat(csv.out()).contains(",\"'=HYPERLINK(\"\"http://x\"\")\"");
        Path upload = dir.resolve("f.xlsx");
        assertThat(Run.of("--db", db.toString(), "report", "export", "--reveal", "--out", upload.toString()).exit()).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(upload.toFile())) {
            XSSFRow row = wb.getSheetAt(0).getRow(2);
            XSSFCell note = row.getCell(texts(wb.getSheetAt(0).getRow(1)).indexOf("备注"));
            assertThat(note.getCellType()).isEqualTo(CellType.STRING);
            assertThat(note.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(note.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aBrokenTemplateStopsWithItsLineAndExitCode3() throws Exception {
        Path template = dir.resolve("坏模板.yaml");
        Files.writeString(template, Files.readString(Path.of(TEMPLATE)).replace("    header_row: 4", "    header_rwo: 4"));
        Path upload = dir.resolve("上报.xlsx");
        Run run = export("--template", template.toString(), "--out", upload.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err()).contains("line 9").contains("sheets.档案信息.header_rwo").doesNotContain("Exception");
        assertThat(upload).doesNotExist();
    }

    @Test
    void thePrintedTemplateIsTheBuiltInOneAndExportsTheSame() throws Exception {
        Run printed = Run.of("report", "export", "--print-template");
        assertThat(printed.exit()).isZero();
        Path copy = dir.resolve("上报模板.yaml");
        Files.writeString(copy, printed.out(), StandardCharsets.UTF_8);
        assertThat(export("--template", copy.toString()).out()).isEqualTo(export().out());
        // A union's own file is checked and printed back the same way.
        Run own = Run.of("report", "export", "--template", TEMPLATE, "--print-template");
        assertThat(own.out()).isEqualTo(Files.readString(Path.of(TEMPLATE)));
    }

    @Test
    void csvNamesTheSheetsATemplateHasWhenAskedForAnother() {
        Run run = export("--sheet", "花名册");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("困难职工档案, 家庭成员");
    }

    // ---- helpers ----

    private static Run export(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en", "--db", examples().toString(), "report", "export", "--reveal"));
        all.addAll(Arrays.asList(args));
        return Run.of(all.toArray(String[]::new));
    }

    private static Path importInto(Path db, String mapping, Path... files) {
        List<String> args = new ArrayList<>(List.of("--db", db.toString(), "import", "-q"));
        if (mapping != null) args.addAll(List.of("--mapping", mapping));
        for (Path f : files) args.add(f.toString());
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err() + run.out()).isZero();
        assertThat(Sql.count(db, "SELECT sum(rejected) FROM imports")).isZero();
        return db;
    }

    private static void assertSameRecords(Path again) {
        assertThat(Sql.rows(again, HOUSEHOLDS)).hasSize(33).containsExactlyElementsOf(Sql.rows(examples(), HOUSEHOLDS));
        assertThat(Sql.rows(again, MEMBERS)).isNotEmpty().containsExactlyElementsOf(Sql.rows(examples(), MEMBERS));
    }

    private void assertRows(long expected, String... filter) {
        Run run = export(filter);
        assertThat(expected).as("fixture").isPositive();
        assertThat(run.exit()).as(run.err()).isZero();
        // a title line and the header above the rows
        assertThat(run.out().lines().count() - 2).as(String.join(" ", filter)).isEqualTo(expected);
    }

    private static List<String> texts(XSSFRow row) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) out.add(row.getCell(c).getStringCellValue());
        return out;
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static int rowOf(XSSFSheet sheet, String id) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row == null) continue;
            for (int c = 0; c < row.getLastCellNum(); c++) {
                XSSFCell cell = row.getCell(c);
                if (cell != null && cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(id)) return r;
            }
        }
        throw new AssertionError("no row with " + id);
    }
}
