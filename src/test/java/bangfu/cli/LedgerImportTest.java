package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.Workbooks;
import bangfu.store.sqlite.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ledgers and visit logs, linked to household files, in mixed workbooks and on their own. */
class LedgerImportTest {
    static final String A = id("19800101", 11);
    static final String B = id("19751231", 22);
    static final String STRANGER = id("19900615", 31);
    static final List<String> LEDGER = List.of("姓名", "身份证号码", "救助类型", "金额（元）", "发放日期", "资金来源", "发放方式", "银行卡号");
    static final String CARD = "6228480012345671"; // passes the Luhn check

    @TempDir Path dir;

    Path db() {
        return dir.resolve("t.db");
    }

    Path mixedWorkbook(String name, List<List<Object>> payments) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.addSheet(wb, "花名册", null, List.of("姓名", "身份证号码", "所属工会", "建档日期"), List.of(
                    List.of("张三", A, "东城区总工会", "2024-03-01"),
                    List.of("李四", B, "东城区总工会", "2024-01-10")));
            Workbooks.addSheet(wb, "发放表", "2024年帮扶资金发放表", LEDGER, payments);
            Workbooks.addSheet(wb, "走访", null, List.of("姓名", "身份证号码", "走访日期", "走访类型", "结果"), List.of(
                    List.of("张三", A, "2024-04-02", "入户走访", "稳定"),
                    List.of("李四", B, "2024-05-06", "电话回访", "好转")));
            Workbooks.save(wb, file);
        }
        return file;
    }

    static List<Object> pay(String name, String id, String kind, Object amount, String date, String source, String method) {
        return List.of(name, id, kind, amount, date, source, method, CARD);
    }

    @Test
    void ledgerAndVisitsLinkToTheRosterOfTheSameWorkbook() throws Exception {
        Path file = mixedWorkbook("mixed.xlsx", List.of(
                pay("张三", A, "生活", 1500.5, "2024-03-15", "中央财政", "打卡"),
                pay("李四", B, "金秋助学", 2000, "2024-08-20", "工会经费", "现金"),
                pay("陌生人", STRANGER, "医疗", 800, "2024-06-01", "市级", "银行卡"),
                pay("张三", A, "送温暖", 500, "2024-01-20", "省级", "银行卡")));
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).contains("sheet 发放表 (ledger, header row 3):  read 4, inserted 2, updated 0, unchanged 0, rejected 2")
                .contains("sheet 走访 (visits, header row 1):  read 2, inserted 2")
                .contains("HOUSEHOLD_UNKNOWN").contains("PAYMENT_BEFORE_FILED").contains("PAYMENT_CASH");
        // Independent check of what was stored: amounts in fen, codes, the card only masked.
        assertThat(Sql.rows(db(), """
                SELECT h.head_name, a.kind, a.amount_fen, a.paid_on, a.fund_source, a.method, a.card_masked
                FROM assistance a JOIN households h ON h.id = a.household_id ORDER BY a.paid_on"""))
                .containsExactly(
                        List.of("张三", "LIVING", "150050", "2024-03-15", "CENTRAL", "BANK_CARD", "6228********5671"),
                        List.of("李四", "EDUCATION", "200000", "2024-08-20", "UNION_FUNDS", "CASH", "6228********5671"));
        assertThat(Sql.rows(db(), "SELECT kind, outcome FROM visits ORDER BY visited_on"))
                .containsExactly(List.of("HOME", "STABLE"), List.of("PHONE", "IMPROVED"));
        assertThat(Sql.rows(db(), "SELECT row_number, codes FROM rejects ORDER BY row_number"))
                .containsExactly(List.of("6", "HOUSEHOLD_UNKNOWN"), List.of("7", "PAYMENT_BEFORE_FILED"));
    }

    @Test
    void theReportIndexesBuiltOnceAfterAFirstImportAreThereAndSound() {
        Run run = Run.of("--db", db().toString(), "import", "examples/花名册-东城区总工会-2024.xlsx", "examples/救助发放表-2024.xlsx");
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS); // the ledger's planted mistakes
        assertThat(Sql.rows(db(), """
                SELECT name FROM sqlite_master WHERE name IN ('households_report', 'households_causes', 'assistance_report')
                ORDER BY name""")).containsExactly(List.of("assistance_report"), List.of("households_causes"),
                List.of("households_report"));
        assertThat(Sql.one(db(), "PRAGMA integrity_check")).isEqualTo("ok");
        // the report reads through the rebuilt index and finds every loaded payment of the year
        assertThat(Sql.one(db(), "SELECT count(*) FROM assistance INDEXED BY assistance_report WHERE kind >= ''"))
                .isEqualTo(Sql.one(db(), "SELECT count(*) FROM assistance"));
    }

    @Test
    void anExtendedLedgerAddsOnlyTheNewPayments() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "姓名,身份证号码,所属工会,建档日期\n张三," + A + ",东城区总工会,2024-03-01\n");
        Path first = dir.resolve("ledger-1.csv");
        Files.writeString(first, "姓名,身份证号码,救助类型,金额(万元),发放日期,资金来源\n"
                + "张三," + A + ",生活救助,0.15,2024-04-01,中央财政\n");
        Path second = dir.resolve("ledger-2.csv");
        Files.writeString(second, "姓名,身份证号码,救助类型,金额(万元),发放日期,资金来源\n"
                + "张三," + A + ",生活救助,0.15,2024-04-01,中央财政\n"
                + "张三," + A + ",医疗救助,0.2,2024-05-01,省级\n");
        Run.of("--db", db().toString(), "import", roster.toString(), first.toString());
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", second.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("read 2, inserted 1, updated 0, unchanged 1, rejected 0");
        assertThat(Sql.rows(db(), "SELECT amount_fen FROM assistance ORDER BY paid_on"))
                .containsExactly(List.of("150000"), List.of("200000"));
    }

    @Test
    void aRepeatedPaymentLoadsOnceUnlessRepeatsAreAllowed() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "姓名,身份证号码,所属工会\n张三," + A + ",东城区总工会\n");
        Path ledger = dir.resolve("ledger.csv");
        String row = "张三," + A + ",送温暖,500,2024-01-20\n";
        Files.writeString(ledger, "姓名,身份证号码,救助类型,金额,发放日期\n" + row + row);
        Run.of("--db", db().toString(), "import", roster.toString());

        Run once = Run.of("--lang", "en", "--db", db().toString(), "import", "--dry-run", ledger.toString());
        assertThat(once.out()).contains("inserted 1, updated 0, unchanged 1").contains("PAYMENT_REPEATED")
                .contains("already in row 2");
        Run twice = Run.of("--db", db().toString(), "import", "--allow-duplicates", ledger.toString());
        assertThat(twice.exit()).isZero();
        assertThat(Sql.rows(db(), "SELECT occurrence FROM assistance ORDER BY occurrence"))
                .containsExactly(List.of("1"), List.of("2"));
    }

    @Test
    void unknownHouseholdsAreNamedMaskedAndKindCanBeForced() throws Exception {
        Path ledger = dir.resolve("odd.csv");
        Files.writeString(ledger, "姓名,身份证号码,项目,金额,日期\n王五," + STRANGER + ",生活,100,2024-02-02\n");
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", "--dry-run", ledger.toString());
        assertThat(run.out()).contains("(ledger, header row 1)").contains("HOUSEHOLD_UNKNOWN")
                .doesNotContain(STRANGER).contains(STRANGER.substring(0, 4) + "**********");
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(db()).as("a dry run writes nothing, not even a new database").doesNotExist();
        // Forced, the same sheet is read as a visit log (日期 as the visit date), 项目 and 金额 as unknown columns.
        Run forced = Run.of("--lang", "en", "--db", db().toString(), "import", "--dry-run", "--kind", "visits",
                ledger.toString());
        assertThat(forced.out()).contains("(visits, header row 1)").contains("项目、金额");
        Run roster = Run.of("--lang", "en", "--db", db().toString(), "import", "--dry-run", "--kind", "roster",
                ledger.toString());
        assertThat(roster.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(db()).doesNotExist();
    }

    @Test
    void countsHoldAcrossManyWriteBatches() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "姓名,身份证号码,所属工会\n张三," + A + ",东城区总工会\n李四," + B + ",东城区总工会\n");
        StringBuilder ledger = new StringBuilder("姓名,身份证号码,救助类型,金额,发放日期\n");
        java.time.LocalDate day = java.time.LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 2_500; i++) {
            ledger.append(i % 2 == 0 ? "张三," + A : "李四," + B).append(",生活救助,").append(100 + i).append(',')
                    .append(day.plusDays(i / 2)).append('\n');
        }
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, ledger);
        Run.of("--db", db().toString(), "import", roster.toString());
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());
        assertThat(run.out()).contains("read 2500, inserted 2500, updated 0, unchanged 0, rejected 0");
        assertThat(Sql.count(db(), "SELECT count(*) FROM assistance")).isEqualTo(2_500);
        assertThat(Sql.count(db(), "SELECT sum(amount_fen) FROM assistance")).isEqualTo(100L * (2_500 * 100 + 2_499 * 2_500 / 2));
    }

    @Test
    void unionPolicyBesideTheDatabaseCanLetAPaymentBeforeFilingLoadWithAWarning() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "姓名,身份证号码,所属工会,建档日期\n张三," + A + ",东城区总工会,2024-03-01\n");
        Path ledger = dir.resolve("ledger.csv");
        Files.writeString(ledger, "姓名,身份证号码,救助类型,金额,发放日期\n张三," + A + ",送温暖,500,2024-01-20\n");
        Run.of("--db", db().toString(), "import", roster.toString());
        Files.writeString(dir.resolve("bangfu.yaml"), "severities:\n  PAYMENT_BEFORE_FILED: warning\n");

        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", ledger.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("inserted 1").contains("warning   PAYMENT_BEFORE_FILED");
        assertThat(Sql.count(db(), "SELECT count(*) FROM assistance")).isEqualTo(1);
    }

    @Test
    void columnsFirstFilledFarDownALedgerAreStoredForTheirRowsAndNoOthers() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "姓名,身份证号码,所属工会,建档日期\n张三," + A + ",东城区总工会,2024-01-01\n");
        // Rows 1–69 fill neither 备注 nor 受助人数 nor an unknown column; 70 fills 备注, 85 the unknown column, 90 受助人数.
        StringBuilder ledger = new StringBuilder("姓名,身份证号码,救助类型,金额,发放日期,备注,受助人数,台账编号\n");
        java.time.LocalDate first = java.time.LocalDate.of(2024, 1, 2);
        for (int i = 1; i <= 100; i++) {
            ledger.append("张三,").append(A).append(",生活救助,").append(100 + i).append(',').append(first.plusDays(i % 7))
                    .append(',').append(i == 70 ? "补发" : "").append(',').append(i == 90 ? "3" : "")
                    .append(',').append(i == 85 ? "T-85" : "").append('\n');
        }
        Path file = dir.resolve("ledger.csv");
        Files.writeString(file, ledger);
        Run.of("--db", db().toString(), "import", roster.toString());
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());

        assertThat(run.out()).contains("read 100, inserted 100, updated 0, unchanged 0, rejected 0");
        assertThat(Sql.count(db(), "SELECT count(*) FROM assistance")).isEqualTo(100);
        // Each row's own amount and date, whichever statement wrote it.
        for (int i = 1; i <= 100; i++) {
            assertThat(Sql.rows(db(), "SELECT paid_on FROM assistance WHERE amount_fen = " + (100 + i) * 100))
                    .as("row %d", i).containsExactly(List.of(first.plusDays(i % 7).toString()));
        }
        assertThat(Sql.rows(db(), "SELECT amount_fen, note FROM assistance WHERE note IS NOT NULL"))
                .containsExactly(List.of("17000", "补发"));
        assertThat(Sql.rows(db(), "SELECT amount_fen, recipients FROM assistance WHERE recipients IS NOT NULL"))
                .containsExactly(List.of("19000", "3"));
        assertThat(Sql.rows(db(), "SELECT amount_fen FROM assistance WHERE extra IS NOT NULL"))
                .containsExactly(List.of("18500"));
        assertThat(Sql.one(db(), "SELECT extra FROM assistance WHERE amount_fen = 18500")).contains("T-85");
        assertThat(Sql.count(db(), "SELECT count(DISTINCT import_id) FROM assistance")).isEqualTo(1);
    }

    @Test
    void aLedgerSheetAfterTheRosterSheetThatFilesItsHouseholdsFindsThem() throws Exception {
        Path file = dir.resolve("ledger-roster-ledger.xlsx");
        List<List<Object>> payments = List.of(pay("张三", A, "生活救助", 100, "2024-03-15", "中央财政", "银行卡"),
                pay("张三", A, "医疗救助", 200, "2024-03-16", "中央财政", "银行卡"));
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.addSheet(wb, "发放表一", null, LEDGER, payments);
            Workbooks.addSheet(wb, "花名册", null, List.of("姓名", "身份证号码", "所属工会", "建档日期"),
                    List.of(List.of("张三", A, "东城区总工会", "2024-03-01")));
            Workbooks.addSheet(wb, "发放表二", null, LEDGER, payments);
            Workbooks.save(wb, file);
        }
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());

        // The first sheet's two rows of the same head, before the file is on record; the second sheet's, after.
        assertThat(run.out()).contains("sheet 发放表一 (ledger, header row 1):  read 2, inserted 0, updated 0, unchanged 0, rejected 2")
                .contains("sheet 发放表二 (ledger, header row 1):  read 2, inserted 2, updated 0, unchanged 0, rejected 0");
        assertThat(Sql.count(db(), "SELECT count(*) FROM assistance")).isEqualTo(2);
    }
}
