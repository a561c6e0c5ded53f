package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dossier of example households, checked against plain SQL over the same database. */
class ReportHouseholdCommandTest {
    /** 萧娜 of the 东城区 roster: two members, payments and visits in the example ledger and visit log. */
    static final String HEAD = "110101199003262822";
    static final String MEMBER = "110101201407079469";

    @TempDir static Path shared;
    @TempDir Path dir;

    static Path examples() {
        return shared.resolve("examples.db");
    }

    @BeforeAll
    static void importExamples() {
        Run run = Run.of("--db", examples().toString(), "import", "-q", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx");
        assertThat(run.exit()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
    }

    private static Run dossier(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "zh", "--db", examples().toString(), "report", "household"));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    @Test
    void membersAndVisitsAndHistoryOfTheHouseholdAreShownMasked() {
        Run run = dossier(HEAD);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<List<String>> members = Sql.rows(examples(), """
                SELECT m.name, m.relation, m.id_number FROM members m JOIN households h ON h.id = m.household_id
                WHERE h.head_id = '%s'""".formatted(HEAD));
        assertThat(members).hasSize(2);
        for (List<String> m : members) {
            String masked = m.get(2).substring(0, 4) + "**********" + m.get(2).substring(14);
            String relation = bangfu.model.Relation.valueOf(m.get(1)).chinese();
            assertThat(run.out()).contains(m.get(0)).contains(relation).contains(masked).doesNotContain(m.get(2));
        }
        String phone = Sql.one(examples(), "SELECT phone FROM households WHERE head_id = '" + HEAD + "'");
        assertThat(run.out()).contains("1101**********2822").doesNotContain(HEAD)
                .contains(phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone);
        for (List<String> v : Sql.rows(examples(), """
                SELECT v.visited_on, v.findings FROM visits v JOIN households h ON h.id = v.household_id
                WHERE h.head_id = '%s'""".formatted(HEAD))) {
            assertThat(run.out()).contains(v.get(0)).contains(v.get(1));
        }
        assertThat(run.out()).contains("（建档）").contains("导入 花名册-东城区总工会-2024.xlsx");
        // A birth date beside the masked ID would give away all but two of its digits: the year only.
        for (List<String> born : Sql.rows(examples(), """
                SELECT birth_date FROM households WHERE head_id = '%1$s' UNION ALL SELECT m.birth_date FROM members m
                JOIN households h ON h.id = m.household_id WHERE h.head_id = '%1$s' AND m.birth_date IS NOT NULL""".formatted(HEAD))) {
            assertThat(run.out()).doesNotContain(born.get(0)).contains(born.get(0).substring(0, 4));
        }
    }

    @Test
    void revealShowsFullNumbers() {
        Run run = dossier(HEAD, "--reveal");
        assertThat(run.exit()).isZero();
        String phone = Sql.one(examples(), "SELECT phone FROM households WHERE head_id = '" + HEAD + "'");
        assertThat(run.out()).contains(HEAD).contains(phone).contains(MEMBER)
                .contains(Sql.one(examples(), "SELECT birth_date FROM households WHERE head_id = '" + HEAD + "'"));
    }

    @Test
    void fifteenDigitFormAndAMembersIdFindTheHousehold() {
        // 110101199003262822 has no 15-digit form (born 1990 is fine: 15 digits drop "19" from the year)
        String fifteen = HEAD.substring(0, 6) + HEAD.substring(8, 17);
        Run old = dossier(fifteen);
        assertThat(old.exit()).isZero();
        assertThat(old.out()).contains("萧娜");
        Run member = dossier(MEMBER);
        assertThat(member.exit()).isZero();
        assertThat(member.out()).contains("户主 萧娜").contains("属于本户家庭成员 萧娟（子女");
    }

    @Test
    void unknownIdIsOneLineAndExitOne() {
        String stranger = id("19900101", 999);
        Run run = dossier(stranger);
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("1101**********").doesNotContain(stranger);
        Run bad = dossier("1101011990032628");
        assertThat(bad.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void xlsxHoldsTheYearlyTotalsComputedBySql() throws Exception {
        Path out = dir.resolve("dossier.xlsx");
        Run run = dossier(HEAD, "--format", "xlsx", "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<List<String>> years = Sql.rows(examples(), """
                SELECT substr(a.paid_on, 1, 4), count(*), sum(a.amount_fen) FROM assistance a
                JOIN households h ON h.id = a.household_id WHERE h.head_id = '%s' GROUP BY 1 ORDER BY 1""".formatted(HEAD));
        long totalFen = Sql.count(examples(), """
                SELECT sum(a.amount_fen) FROM assistance a JOIN households h ON h.id = a.household_id
                WHERE h.head_id = '%s'""".formatted(HEAD));
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getSheetName(0)).isEqualTo("档案");
            XSSFSheet byYear = wb.getSheet("历年救助");
            int header = findRow(byYear, "年度");
            for (int i = 0; i < years.size(); i++) {
                XSSFRow row = byYear.getRow(header + 1 + i);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(years.get(i).get(0));
                assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(Double.parseDouble(years.get(i).get(1)));
                assertThat(BigDecimal.valueOf(row.getCell(2).getNumericCellValue()))
                        .isEqualByComparingTo(new BigDecimal(years.get(i).get(2)).movePointLeft(2));
            }
            XSSFRow total = byYear.getRow(header + 1 + years.size());
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(BigDecimal.valueOf(total.getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(BigDecimal.valueOf(totalFen, 2));
            assertThat(byYear.getDrawingPatriarch().getCharts()).hasSize(1);
            XSSFSheet payments = wb.getSheet("救助发放明细");
            int head = findRow(payments, "发放日期");
            long rows = Sql.count(examples(), """
                    SELECT count(*) FROM assistance a JOIN households h ON h.id = a.household_id
                    WHERE h.head_id = '%s'""".formatted(HEAD));
            assertThat(payments.getRow(head + 1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(payments.getRow(head + 1 + (int) rows).getCell(1).getStringCellValue()).isEqualTo("合计");
        }
    }

    @Test
    void anUnwritableOutFileIsOneLineExitThreeAndLeavesNothing() throws Exception {
        Path out = dir.resolve("missing-folder").resolve("dossier.xlsx");
        Run run = Run.of("--lang", "en", "--db", examples().toString(), "report", "household", HEAD,
                "--format", "xlsx", "--out", out.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("dossier.xlsx").contains("does not exist").doesNotContain("Exception");
        assertThat(dir.resolve("missing-folder")).doesNotExist();
    }

    private static int findRow(XSSFSheet sheet, String firstCell) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(firstCell)) return r;
        }
        throw new AssertionError("no row starting with " + firstCell);
    }

    @Test
    void aHeadWithTwoFilePeriodsShowsBothNewestFirstWithPaymentsOfEach() throws Exception {
        twoFilePeriodsNewestFirst(dir, dir.resolve("t.db").toString());
    }

    /** Two file periods of one head with payments in each, imported into {@code db}; the dossier as computed by hand. */
    static void twoFilePeriodsNewestFirst(Path dir, String db) throws Exception {
        String a = id("19800101", 11);
        String header = "姓名,身份证号码,所属工会,建档日期,档案状态,脱困日期\n";
        Path filed = Files.writeString(dir.resolve("2023.csv"), header + "张三," + a + ",东城区总工会,2023-01-10,在档,\n");
        Path exited = Files.writeString(dir.resolve("2024.csv"), header + "张三," + a + ",东城区总工会,2023-01-10,脱困,2024-06-30\n");
        Path again = Files.writeString(dir.resolve("2025.csv"), header + "张三," + a + ",东城区总工会,2025-03-01,在档,\n");
        String ledger = "姓名,身份证号码,救助类型,金额（元）,发放日期,资金来源,发放方式,银行卡号\n";
        Path first = Files.writeString(dir.resolve("ledger-1.csv"), ledger
                + "张三," + a + ",生活救助,500,2023-05-01,工会经费,银行卡,6228480012345671\n"
                + "张三," + a + ",医疗救助,300.5,2024-02-01,工会经费,银行卡,6228480012345671\n");
        Path second = Files.writeString(dir.resolve("ledger-2.csv"), ledger
                + "张三," + a + ",生活救助,1000,2025-04-01,社会捐助,银行卡,6228480012345671\n");
        for (Path f : List.of(filed, first, exited, again, second)) {
            Run r = Run.of("--db", db, "import", f.toString());
            assertThat(r.exit()).as(f + ": " + r.out()).isZero();
        }
        Run run = Run.of("--lang", "en", "--db", db, "report", "household", a, "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        String json = run.out().replaceAll("\\s+", "");
        assertThat(json).contains("\"columns\":[{\"id\":\"item\",\"label\":\"Item\",\"type\":\"text\"},"
                + "{\"id\":\"period_2\",\"label\":\"Period2\",\"type\":\"text\"},{\"id\":\"period_1\"");
        assertThat(json).contains("{\"kind\":\"data\",\"key\":\"status\",\"cells\":{\"item\":\"Status\",\"period_2\":\"active\",\"period_1\":\"exitedhardship\"}}");
        // by year, as computed by hand: 2023 one payment of 500.00, 2024 one of 300.50, 2025 one of 1,000.00
        assertThat(json).contains("\"cells\":{\"year\":\"2023\",\"payments\":1,\"amount\":500.00}")
                .contains("\"cells\":{\"year\":\"2024\",\"payments\":1,\"amount\":300.50}")
                .contains("\"cells\":{\"year\":\"2025\",\"payments\":1,\"amount\":1000.00}")
                .contains("\"cells\":{\"year\":\"Total\",\"payments\":3,\"amount\":1800.50}");
        assertThat(json).contains("\"from\":\"active\",\"to\":\"exitedhardship\",\"reason\":null,\"source\":\"importof2024.csv\"")
                .contains("\"source\":\"importof2025.csv\"");
        assertThat(json).doesNotContain(a);
    }
}
