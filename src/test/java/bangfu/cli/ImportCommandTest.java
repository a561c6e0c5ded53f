package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.Workbooks;
import bangfu.store.sqlite.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    static final List<String> HEADER = List.of("序号", "姓名", "性别", "身份证号码", "所属工会", "困难类别", "家庭人口",
            "家庭年收入(元)", "建档日期", "致困原因", "微信号");
    static final String A = id("19800101", 11);
    static final String B = id("19751231", 22);
    static final String C = id("19900615", 31);

    @TempDir Path dir;

    Path db() {
        return dir.resolve("t.db");
    }

    static List<Object> row(int n, String name, String gender, String id, String tier, int size, String income, String filed,
                            String causes) {
        List<Object> r = new ArrayList<>(List.of(n, name, gender, id, "东城区总工会", tier, size, income, filed, causes, "wx" + n));
        return r;
    }

    Path roster(String name, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(name);
        Workbooks.write(file, "花名册", "东城区总工会困难职工花名册（2024年）", HEADER, rows);
        return file;
    }

    @Test
    void loadsRosterBehindATitleRowAndKeepsUnknownColumns() throws Exception {
        Path file = roster("r.xlsx", List.of(
                row(1, "张 三", "男", A, "深度困难", 3, "24000", "2024-03-01", "因病、子女上学"),
                row(2, "李四", "女", B, "低保边缘户", 2, "1.2万元", "2024年5月6日", "下岗失业")));
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("read 2, inserted 2, updated 0, unchanged 0, rejected 0");
        assertThat(Sql.rows(db(), "SELECT head_name, tier, household_size, yearly_income_fen, filed_on, main_cause, "
                + "secondary_causes, status, json_extract(extra, '$.微信号') FROM households ORDER BY head_name"))
                .containsExactly(
                        List.of("张三", "DEEP", "3", "2400000", "2024-03-01", "SERIOUS_ILLNESS", "SCHOOLING", "ACTIVE", "wx1"),
                        java.util.Arrays.asList("李四", "RELATIVE", "2", "1200000", "2024-05-06", "LAID_OFF", null, "ACTIVE", "wx2"));
        assertThat(Sql.count(db(), "SELECT count(*) FROM status_history WHERE to_status = 'ACTIVE' AND command = 'import'"))
                .isEqualTo(2);
        // The older scheme's tier and the shorthand cause are said once, as what they were read as; the unknown
        // column is named once.
        assertThat(run.out()).contains("困难类别: 低保边缘户 → 相对困难 (older scheme), 1 row")
                .contains("致困原因: 因病 → 患重特大疾病, 1 row").contains("UNKNOWN_COLUMNS").contains("微信号")
                .doesNotContain("TIER_LEGACY");
    }

    @Test
    void reimportingTheSameFileChangesNothing() throws Exception {
        Path file = roster("r.xlsx", List.of(row(1, "张三", "男", A, "深度困难", 3, "24000", "2024-03-01", "因病")));
        assertThat(Run.of("--db", db().toString(), "import", file.toString()).exit()).isZero();
        Run again = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("already imported");
        assertThat(Sql.count(db(), "SELECT count(*) FROM imports")).isEqualTo(1);
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isEqualTo(1);
    }

    @Test
    void newerRosterUpdatesChangedFieldsAndLogsOldAndNew() throws Exception {
        Path first = roster("2023.xlsx", List.of(
                row(1, "张三", "男", A, "深度困难", 3, "24000", "2024-03-01", "因病"),
                row(2, "李四", "女", B, "相对困难", 2, "12000", "2024-05-06", "下岗失业")));
        Path second = roster("2024.xlsx", List.of(
                row(1, "张三", "男", A, "相对困难", 4, "24000", "2024-03-01", "因病"),
                row(2, "李四", "女", B, "相对困难", 2, "12000", "2024-05-06", "下岗失业"),
                row(3, "王五", "男", C, "意外致困", 1, "5000", "2024-07-01", "遭受意外事故")));
        Run.of("--db", db().toString(), "import", first.toString());
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", second.toString());

        assertThat(run.out()).contains("read 3, inserted 1, updated 1, unchanged 1, rejected 0");
        // The row's digest and last import are logged too (for import --undo); the fields are what the clerk reads.
        assertThat(Sql.rows(db(), "SELECT column_name, old_value, new_value FROM changes"
                + " WHERE column_name NOT IN ('content_hash', 'updated_import_id') ORDER BY column_name"))
                .containsExactly(List.of("household_size", "3", "4"), List.of("tier", "DEEP", "RELATIVE"));
        assertThat(Sql.one(db(), "SELECT tier FROM households WHERE head_name = '张三'")).isEqualTo("RELATIVE");
    }

    @Test
    void rowsWithErrorsAreRejectedAndTheRestLoad() throws Exception {
        String badCheck = A.substring(0, 17) + (A.charAt(17) == '0' ? '1' : '0');
        Path file = roster("bad.xlsx", List.of(
                row(1, "张三", "男", A, "深度困难", 3, "24000", "2024-03-01", "因病"),
                row(2, "李四", "女", badCheck, "相对困难", 2, "12000", "2024-05-06", "下岗失业"),
                row(3, "王五", "女", B, "相对困难", 2, "不详", "2024-02-30", "下岗失业"),
                row(8, "赵六", "男", C, "相对困难", 2, "12000", "2024-05-06", "因病、因学、因灾、下岗、单亲"),
                row(4, "张三", "男", A, "深度困难", 3, "24000", "2024-03-01", "因病")));
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", "--format", "json", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isEqualTo(1);
        assertThat(Sql.rows(db(), "SELECT row_number, codes FROM rejects ORDER BY row_number")).containsExactly(
                List.of("5", "ID_CHECK_DIGIT"), List.of("6", "MONEY_FORMAT,DATE_INVALID"),
                List.of("7", "CAUSES_TOO_MANY"), List.of("8", "DUPLICATE_IN_FILE"));
        assertThat(run.out()).contains("\"code\" : \"DUPLICATE_IN_FILE\"").contains("\"cell\" : \"D8\"")
                .contains("\"rejected\" : 4").contains("花名册!4");
        // The rejected row is kept with its position and its cells masked as accepted rows and outputs keep them.
        assertThat(Sql.one(db(), "SELECT json_extract(raw, '$.D') || '|' || json_extract(raw, '$.B') FROM rejects WHERE row_number = 5"))
                .isEqualTo(bangfu.model.Masks.middle(badCheck) + "|李四");
        // The bad ID is shown masked, never in full.
        assertThat(run.out()).doesNotContain(badCheck).contains(badCheck.substring(0, 4) + "**********");
    }

    @Test
    void dryRunWritesNothing() throws Exception {
        Path file = roster("r.xlsx", List.of(row(1, "张三", "男", A, "深度困难", 3, "24000", "2024-03-01", "因病")));
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", "--dry-run", file.toString());
        assertThat(run.out()).contains("inserted 1").contains("dry run");
        assertThat(db()).as("a dry run creates no database").doesNotExist();
        Run.of("--db", db().toString(), "import", file.toString());
        Run.of("--db", db().toString(), "import", "--dry-run", roster("r2.xlsx",
                List.of(row(1, "李四", "男", id("19800101", 13), "相对困难", 2, "20000", "2024-04-01", "因病"))).toString());
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isEqualTo(1);
        assertThat(Sql.count(db(), "SELECT count(*) FROM imports")).isEqualTo(1);
    }

    @Test
    void aDryRunOfSeveralFilesJudgesThemAsImportingThemTogetherWould() throws Exception {
        String[] files = {"examples/花名册-东城区总工会-2024.xlsx", "examples/花名册-西城区总工会-2024.csv",
            "examples/花名册-南岗区总工会-2024.xls", "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx"};
        List<String> dry = new java.util.ArrayList<>(List.of("--lang", "en", "--db", db().toString(), "import", "--dry-run"));
        dry.addAll(List.of(files));
        Run rehearsed = Run.of(dry.toArray(String[]::new));
        List<String> real = new java.util.ArrayList<>(List.of("--lang", "en", "--db", dir.resolve("real.db").toString(), "import"));
        real.addAll(List.of(files));
        Run imported = Run.of(real.toArray(String[]::new));
        // the ledger and visit log find the households of the rosters given before them, as a real import does
        assertThat(rehearsed.exit()).isEqualTo(imported.exit());
        assertThat(rehearsed.out().replace("  (dry run: nothing written)", "")).isEqualTo(imported.out());
        assertThat(db()).doesNotExist();
    }

    @Test
    void twoRowHeaderWithMergedGroupsAndAMembersSheet() throws Exception {
        Path file = dir.resolve("two-row.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet("花名册");
            s.createRow(0).createCell(0).setCellValue("西城区总工会困难职工花名册");
            Row group = s.createRow(2);
            group.createCell(0).setCellValue("序号");
            group.createCell(1).setCellValue("户主基本信息");
            group.createCell(3).setCellValue("所属工会");
            group.createCell(4).setCellValue("困难情况");
            s.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            s.addMergedRegion(new CellRangeAddress(2, 2, 1, 2));
            s.addMergedRegion(new CellRangeAddress(2, 3, 3, 3));
            s.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
            Workbooks.fill(s.createRow(3), java.util.Arrays.asList(null, "姓名", "身份证号码", null, "困难类别", "家庭人口"));
            Workbooks.fill(s.createRow(4), List.of(1, "张三", A, "西城区总工会", "深度困难", 2));
            Sheet m = wb.createSheet("家庭成员");
            Workbooks.fill(m.createRow(0), List.of("户主身份证号码", "成员姓名", "与户主关系", "成员身份证号码"));
            Workbooks.fill(m.createRow(1), List.of(A, "张小三", "子女", C));
            Workbooks.fill(m.createRow(2), List.of(B, "无户主", "配偶", ""));
            Workbooks.save(wb, file);
        }
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());

        assertThat(run.out()).contains("sheet 花名册 (roster, header row 4)").contains("sheet 家庭成员 (members, header row 1)");
        assertThat(Sql.rows(db(), "SELECT h.head_name, h.union_name, m.name, m.relation, m.id_number FROM members m "
                + "JOIN households h ON h.id = m.household_id"))
                .containsExactly(List.of("张三", "西城区总工会", "张小三", "CHILD", C));
        assertThat(run.out()).contains("MEMBER_HEAD_UNKNOWN");
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void membersListedUnderTheirHead() throws Exception {
        Path file = dir.resolve("under.csv");
        Files.writeString(file, String.join("\n",
                "姓名,身份证号码,与户主关系,所属工会,家庭人口",
                "张三," + A + ",户主,东城区总工会,3",
                "张小三," + C + ",子女,,",
                "李四," + B + ",本人,东城区总工会,1", ""));
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());
        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(Sql.rows(db(), "SELECT h.head_name, m.name, m.relation FROM members m JOIN households h ON h.id = m.household_id"))
                .containsExactly(List.of("张三", "张小三", "CHILD"));
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isEqualTo(2);
    }

    @Test
    void fileWithoutARecognisableHeaderIsUnusableInput() throws Exception {
        Path file = dir.resolve("notes.csv");
        Files.writeString(file, "工作计划,负责人\n走访,张三\n");
        Run run = Run.of("--lang", "en", "--db", db().toString(), "import", file.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err()).contains("notes.csv").contains("工作计划").contains("bangfu.yaml").doesNotContain("Exception");
        assertThat(Sql.count(db(), "SELECT count(*) FROM imports")).isZero();
    }

    @Test
    void missingUnionColumnCanBeSuppliedOnTheCommandLine() throws Exception {
        Path file = dir.resolve("no-union.csv");
        Files.writeString(file, "姓名,身份证号码,困难类别\n张三," + A + ",深度困难\n");
        Run without = Run.of("--lang", "en", "--db", db().toString(), "import", "--dry-run", file.toString());
        assertThat(without.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(without.out()).contains("COLUMN_MISSING");
        Run with = Run.of("--db", db().toString(), "import", "--union", "东城区总工会", file.toString());
        assertThat(with.exit()).isZero();
        assertThat(Sql.one(db(), "SELECT union_name FROM households")).isEqualTo("东城区总工会");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Run run = Run.of("import", "--bogus", "x.xlsx");
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run.err()).contains("--bogus");
    }

    @Test
    void lifecycleFromTheRosterIsRecordedAndAClosedFileOpensOnlyAsANewPeriod() throws Exception {
        String header = "姓名,身份证号码,所属工会,建档日期,档案状态,脱困日期\n";
        Path onFile = dir.resolve("2023.csv");
        Files.writeString(onFile, header + "张三," + A + ",东城区总工会,2023-01-10,在档,\n");
        Path exited = dir.resolve("2024.csv");
        Files.writeString(exited, header + "张三," + A + ",东城区总工会,2023-01-10,脱困,2024-06-30\n");
        Path stale = dir.resolve("stale.csv");
        // Not byte-identical to 2023.csv (that would be "already imported"): a copy saved again with a note.
        Files.writeString(stale, header.replace("\n", ",备注\n") + "张三," + A + ",东城区总工会,2023-01-10,在档,,旧表\n");
        Path again = dir.resolve("2025.csv");
        Files.writeString(again, header + "张三," + A + ",东城区总工会,2025-03-01,在档,\n");

        Run.of("--db", db().toString(), "import", onFile.toString());
        Run.of("--db", db().toString(), "import", exited.toString());
        assertThat(Sql.rows(db(), "SELECT from_status, to_status, changed_on FROM status_history ORDER BY id"))
                .containsExactly(java.util.Arrays.asList(null, "ACTIVE", "2023-01-10"), List.of("ACTIVE", "EXITED", "2024-06-30"));

        // An old roster saying 在档 without a new filing date must not reopen the exited file.
        Run staleRun = Run.of("--lang", "en", "--db", db().toString(), "import", stale.toString());
        assertThat(staleRun.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(staleRun.out()).contains("FILE_CLOSED_REOPEN");
        assertThat(Sql.one(db(), "SELECT status FROM households")).isEqualTo("EXITED");

        // A new application with a later filing date opens period 2; period 1 stays as it was.
        Run reopened = Run.of("--lang", "en", "--db", db().toString(), "import", again.toString());
        assertThat(reopened.exit()).isZero();
        assertThat(Sql.rows(db(), "SELECT period, status, filed_on, exited_on FROM households ORDER BY period"))
                .containsExactly(List.of("1", "EXITED", "2023-01-10", "2024-06-30"),
                        java.util.Arrays.asList("2", "ACTIVE", "2025-03-01", null));
    }
}
