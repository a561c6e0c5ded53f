package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.HandMadeXlsx;
import bangfu.store.sqlite.Sql;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Defects found by using bangfu as a hostile user would: each test is named after what broke, and failed
 * before its fix.
 */
class HostileUseTest {
    static final String A = id("19800101", 11);
    static final String B = id("19751231", 22);
    static final String C = id("19900615", 31);
    static final String HEADER = "姓名,身份证号码,所属工会,困难类别,建档日期\n";

    @TempDir Path dir;

    Path db() {
        return dir.resolve("t.db");
    }

    Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    Run bangfu(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--lang";
        all[1] = "en";
        all[2] = "--db";
        all[3] = db().toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return Run.of(all);
    }

    @Test
    void aPaymentDatedInTheFutureLoadedAndCountedInItsYear() throws Exception {
        Path roster = csv("r.csv", HEADER + "张三," + A + ",东城区总工会,深度困难,2024-01-10\n");
        Path ledger = csv("l.csv", "姓名,身份证号码,帮扶类型,金额（元）,发放日期,资金来源,发放方式\n"
                + "张三," + A + ",生活救助,100,2030-01-01,工会经费,打卡\n"
                + "张三," + A + ",生活救助,200,2024-05-01,工会经费,打卡\n");
        Run run = bangfu("import", roster.toString(), ledger.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).contains("PAYMENT_IN_FUTURE").contains("Payment dated 2030-01-01, which is in the future.");
        assertThat(Sql.rows(db(), "SELECT paid_on, amount_fen FROM assistance")).containsExactly(List.of("2024-05-01", "20000"));
        assertThat(Sql.rows(db(), "SELECT row_number, codes FROM rejects")).containsExactly(List.of("2", "PAYMENT_IN_FUTURE"));
    }

    @Test
    void aNameTypedInUtf8InsideAGbkCsvLoadedAsMojibake() throws Exception {
        Charset gbk = Charset.forName("GBK");
        Path file = dir.resolve("g.csv");
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.write((HEADER + "张三," + A + ",东城区总工会,深度困难,2024-01-10\n").getBytes(gbk));
        bytes.write("李四,".getBytes(StandardCharsets.UTF_8));
        bytes.write((B + ",东城区总工会,深度困难,2024-01-10\n").getBytes(gbk));
        Files.write(file, bytes.toByteArray());

        Run run = bangfu("import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("g.csv, line 3").contains("UTF-8").contains("GBK").contains("--encoding");
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isZero();
        // The clerk who says the file is GBK gets what the bytes say in GBK.
        Run forced = bangfu("import", "--encoding", "gbk", file.toString());
        assertThat(forced.exit()).as(forced.err()).isZero();
    }

    @Test
    void aBadByteInAUtf8CsvWasReportedAtLineOne() throws Exception {
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < 8; i++) text.append("职工").append(i).append(',').append(id("19800101", 101 + 2 * i))
                .append(",东城区总工会,深度困难,2024-01-10\n");
        byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
        int line7 = indexOfLine(utf8, 7);
        utf8[line7] = (byte) 0xFF; // the first byte of 职 on line 7
        Path file = dir.resolve("u.csv");
        Files.write(file, utf8);

        Run run = bangfu("import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err()).contains("u.csv, line 7").contains("UTF-8");
    }

    private static int indexOfLine(byte[] text, int line) {
        int seen = 1;
        for (int i = 0; i < text.length; i++) {
            if (seen == line) return i;
            if (text[i] == '\n') seen++;
        }
        throw new IllegalArgumentException("no line " + line);
    }

    @Test
    void aSecondIdColumnWasMovedToExtraAsAColumnBangfuDoesNotKnow() throws Exception {
        Path file = csv("d.csv", "姓名,身份证号码,所属工会,困难类别,身份证号码\n张三," + A + ",东城区总工会,深度困难," + B + "\n");

        Run run = bangfu("import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).contains("DUPLICATE_COLUMN").contains("B (身份证号码)").contains("E (身份证号码)")
                .doesNotContain("does not know");
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isZero();
    }

    @Test
    void anotherApplicationsSqliteFileGotBangfuTablesAdded() throws Exception {
        Path other = dir.resolve("notes.db");
        Sql.execute(other, "CREATE TABLE notes (text TEXT)");
        Sql.execute(other, "INSERT INTO notes VALUES ('keep me')");
        Path roster = csv("r.csv", HEADER + "张三," + A + ",东城区总工会,深度困难,2024-01-10\n");

        Run run = Run.of("--lang", "en", "--db", other.toString(), "import", roster.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.err()).contains("notes.db").contains("not a bangfu database");
        assertThat(Sql.rows(other, "SELECT name FROM sqlite_master")).containsExactly(List.of("notes"));

        // An SQLite file without any table is as good as a new one.
        Path empty = dir.resolve("empty.db");
        Sql.execute(empty, "CREATE TABLE t (x)");
        Sql.execute(empty, "DROP TABLE t");
        Run into = Run.of("--lang", "en", "--db", empty.toString(), "import", roster.toString());
        assertThat(into.exit()).as(into.err()).isZero();
        assertThat(Sql.count(empty, "SELECT count(*) FROM households")).isEqualTo(1);
    }

    @Test
    void strayValuesFilledFarBelowTheTableMadeARejectedRowEach() throws Exception {
        Path file = dir.resolve("stray.xlsx");
        HandMadeXlsx.write(file, out -> {
            out.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            out.write(HandMadeXlsx.row(1, "姓名", "身份证号码", "所属工会", "困难类别"));
            out.write(HandMadeXlsx.row(2, "张三", A, "东城区总工会", "深度困难"));
            out.write(HandMadeXlsx.row(3, "李四", B, "东城区总工会", "相对困难"));
            // Someone filled column H down far below the table.
            for (int r = 10; r <= 30_000; r++) out.write("<row r=\"" + r + "\"><c r=\"H" + r + "\"><v>0</v></c></row>");
            out.write(HandMadeXlsx.row(30_001, "王五", C, "东城区总工会", "深度困难"));
            out.write("</sheetData></worksheet>");
        }, null);

        Run run = bangfu("import", "--format", "json", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"rejected\" : 0").contains("\"inserted\" : 3");
        assertThat(run.out().split("\"code\" : \"ROWS_OUTSIDE_TABLE\"", -1)).hasSize(2);
        assertThat(run.out()).contains("Rows 10 to 30000 (29991 rows)");
        assertThat(Sql.count(db(), "SELECT count(*) FROM rejects")).isZero();
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isEqualTo(3);
    }

    @Test
    void everyFindingOfAMillionBadRowsWasKeptInMemory() throws Exception {
        int rows = bangfu.load.FindingList.PER_CODE + 500;
        String badCheck = A.substring(0, 17) + (A.charAt(17) == '0' ? '1' : '0');
        StringBuilder text = new StringBuilder(HEADER);
        for (int i = 0; i < rows; i++) text.append("职工,").append(badCheck).append(",东城区总工会,深度困难,2024-01-10\n");
        Path file = csv("bad.csv", text.toString());

        Run run = bangfu("import", "--format", "json", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        long listed = run.out().split("\"cell\" : \"B", -1).length - 1;
        assertThat(listed).isEqualTo(bangfu.load.FindingList.PER_CODE);
        assertThat(run.out()).contains("\"rejected\" : " + rows).containsPattern("\"unlisted\" : \\[ \\{\\s+\"code\" : \"ID_CHECK_DIGIT\",\\s+\"severity\" : \"error\",\\s+\"count\" : 500");
        assertThat(Sql.count(db(), "SELECT count(*) FROM rejects")).isEqualTo(rows);
        Run verify = bangfu("verify", "--limit", "1", file.toString());
        assertThat(verify.out()).contains("ID_CHECK_DIGIT " + rows).contains("500 more findings ID_CHECK_DIGIT not listed");
    }

    @Test
    void excelEscapesWereStoredLiterally() throws Exception {
        Path file = dir.resolve("escapes.xlsx");
        HandMadeXlsx.write(file, HandMadeXlsx.sheet(
                HandMadeXlsx.row(1, "姓名", "身份证号码", "所属工会", "困难类别")
                        + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"inlineStr\"><is><t>" + A
                        + "</t></is></c><c r=\"C2\" t=\"s\"><v>1</v></c><c r=\"D2\" t=\"inlineStr\"><is><t>深度困难</t></is></c></row>"
                        + HandMadeXlsx.row(3, "赵_x516D_", B, "东城区总工会", "深度困难")),
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>王_x4E94_</t></si>"
                        + "<si><t>东城区_x005F_x0041_总工会</t></si></sst>");

        Run run = bangfu("import", file.toString());

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(Sql.rows(db(), "SELECT head_name, union_name FROM households ORDER BY head_name")).containsExactly(
                List.of("王五", "东城区_x0041_总工会"), List.of("赵六", "东城区总工会"));
    }

    @Test
    void theNoHeaderMessageQuotedFullIdsAndPhones() throws Exception {
        Path file = csv("nh.csv", "甲,乙,丙\n" + A + ",13812345678,x\n");

        Run run = bangfu("import", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err()).doesNotContain(A).doesNotContain("13812345678")
                .contains(A.substring(0, 4) + "**********" + A.substring(14)).contains("138****5678");
    }

    @Test
    void rejectedRowsKeptFullIdsPhonesAndCards() throws Exception {
        String badCheck = B.substring(0, 17) + (B.charAt(17) == '0' ? '1' : '0');
        Path roster = csv("r.csv", "姓名,身份证号码,所属工会,困难类别,联系电话,备注\n"
                + "张三," + A + ",东城区总工会,深度困难,13812345678,\n"
                + "李四," + badCheck + ",东城区总工会,深度困难,13987654321,妻 " + C + "\n");
        Path ledger = csv("l.csv", "姓名,身份证号码,帮扶类型,金额（元）,发放日期,银行卡号\n"
                + "张三," + A + ",发红包,100,2024-05-01,6228480012345671\n");
        Run run = bangfu("import", roster.toString(), ledger.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        List<List<String>> rejects = Sql.rows(db(), "SELECT row_number, raw FROM rejects ORDER BY id");
        assertThat(rejects).hasSize(2);
        String all = rejects.toString();
        assertThat(all).doesNotContain(badCheck).doesNotContain(C).doesNotContain(A).doesNotContain("13987654321")
                .doesNotContain("6228480012345671");
        assertThat(rejects.get(0).get(0)).isEqualTo("3");
        assertThat(rejects.get(0).get(1)).contains("李四").contains(bangfu.model.Masks.middle(badCheck))
                .contains("139****4321").contains("妻 " + bangfu.model.Masks.middle(C));
        assertThat(rejects.get(1).get(1)).contains("6228********5671").contains("发红包");
    }

    @Test
    void aTabInBangfuYamlWasReportedAtLineOneWithoutSayingTab() throws Exception {
        Path yaml = dir.resolve("tab.yaml");
        Files.writeString(yaml, "headers:\n  roster:\n    head_name: [户主姓名]\n\thead_id: [证件号]\n");
        Path roster = csv("r.csv", HEADER + "张三," + A + ",东城区总工会,深度困难,2024-01-10\n");

        Run run = bangfu("import", "--mapping", yaml.toString(), roster.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err()).contains("tab.yaml, line 4").contains("tab");
    }

    @Test
    void aGbkSavedBangfuYamlShowedJavaExceptionText() throws Exception {
        Path yaml = dir.resolve("gbk.yaml");
        Files.write(yaml, "headers:\n  roster:\n    head_name: [户主姓名]\n".getBytes(Charset.forName("GBK")));
        Path roster = csv("r.csv", HEADER + "张三," + A + ",东城区总工会,深度困难,2024-01-10\n");

        Run run = bangfu("import", "--mapping", yaml.toString(), roster.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("gbk.yaml, line 3").contains("UTF-8").doesNotContain("Exception").doesNotContain("java.");
    }

    @Test
    void anUnknownEncodingShowedJavaExceptionText() throws Exception {
        Path roster = csv("r.csv", HEADER);

        Run run = bangfu("import", "--encoding", "klingon", roster.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("klingon").contains("gbk").doesNotContain("Exception").doesNotContain("java.");
        assertThat(run.err().strip().lines().findFirst().orElseThrow()).startsWith("bangfu: ");
    }
}
