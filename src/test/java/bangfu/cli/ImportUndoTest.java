package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.Workbooks;
import bangfu.model.Masks;
import bangfu.store.sqlite.Dump;
import bangfu.store.sqlite.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --undo N}: an import undone leaves every table exactly as it was before the import (the
 * {@code imports} row stays, marked), and an undo that later imports or commands depend on is refused whole.
 */
class ImportUndoTest {
    static final String A = id("19800101", 11);
    static final String B = id("19751231", 22);
    static final String C = id("19900615", 31);
    static final String D = id("19681120", 41);
    static final String MEMBER_A = id("20050302", 52);
    static final String MEMBER_B = id("19780808", 62);
    static final List<String> ROSTER = List.of("姓名", "身份证号码", "所属工会", "困难类别", "家庭人口", "家庭年收入", "建档日期",
            "档案状态", "脱困日期", "联系电话", "微信号");
    static final List<String> MEMBERS = List.of("户主身份证号码", "成员姓名", "成员身份证号码", "与户主关系", "就业就学情况");
    static final List<String> LEDGER = List.of("姓名", "身份证号码", "救助类型", "金额（元）", "发放日期", "资金来源", "发放方式", "银行卡号");
    static final List<String> VISITS = List.of("姓名", "身份证号码", "走访日期", "走访类型", "结果");
    static final String CARD = "6228480012345671";

    @TempDir Path dir;

    Path db() {
        return dir.resolve("t.db");
    }

    static List<Object> household(String name, String id, String tier, int size, String income, String filed, String status,
                                  String exited, String phone) {
        return Arrays.asList(name, id, "东城区总工会", tier, size, income, filed, status, exited, phone, "wx-" + name);
    }

    Path roster(String name, List<List<Object>> households, List<List<Object>> members) throws Exception {
        Path file = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Workbooks.addSheet(wb, "花名册", "东城区总工会困难职工花名册", ROSTER, households);
            if (!members.isEmpty()) Workbooks.addSheet(wb, "家庭成员", null, MEMBERS, members);
            Workbooks.save(wb, file);
        }
        return file;
    }

    Path sheet(String name, List<String> header, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(name);
        Workbooks.write(file, "表1", null, header, rows);
        return file;
    }

    /** 2023: A and B on file, D exited; A and B with a member each. */
    Path roster2023() throws Exception {
        return roster("2023.xlsx", List.of(
                household("张三", A, "深度困难", 3, "24000", "2021-03-01", "在档", null, "13800138000"),
                household("李四", B, "相对困难", 2, "12000", "2022-05-06", "在档", null, null),
                household("赵六", D, "相对困难", 1, "9000", "2020-01-15", "脱困", "2023-06-30", null)),
                List.of(List.of(A, "张小三", MEMBER_A, "子女", "在读"), List.of(B, "王五", MEMBER_B, "配偶", "务农")));
    }

    /** 2024: A's tier, size and phone change and A exits; B unchanged; C new; D reopens as a new period; members change and join. */
    Path roster2024() throws Exception {
        return roster("2024.xlsx", List.of(
                household("张三", A, "相对困难", 4, "24000", "2021-03-01", "脱困", "2024-06-30", "13900139000"),
                household("李四", B, "相对困难", 2, "12000", "2022-05-06", "在档", null, null),
                household("王七", C, "意外致困", 1, "5000", "2024-07-01", "在档", null, null),
                household("赵六", D, "深度困难", 2, "6000", "2024-05-01", "在档", null, null)),
                List.of(List.of(A, "张小三", MEMBER_A, "子女", "务工"), List.of(A, "张小四", "", "子女", "在读"),
                        List.of(C, "王小七", "", "子女", "在读")));
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en", "--db", db().toString()));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    Run importing(Path file) {
        Run r = run("import", "--quiet", file.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
        return r;
    }

    long lastImport() {
        return Sql.count(db(), "SELECT max(id) FROM imports");
    }

    @Test
    void undoingARosterThatInsertedUpdatedAndChangedStatusesLeavesEveryTableAsBefore() throws Exception {
        importing(roster2023());
        Map<String, List<List<String>>> before = Dump.of(db());
        importing(roster2024());
        long n = lastImport();
        // The roster really did all the kinds of writing the undo must revert.
        assertThat(Sql.one(db(), "SELECT status || ' ' || tier || ' ' || household_size || ' ' || phone FROM households WHERE head_id = '" + A + "'"))
                .isEqualTo("EXITED RELATIVE 4 13900139000");
        assertThat(Sql.count(db(), "SELECT count(*) FROM households WHERE head_id = '" + D + "'")).isEqualTo(2);
        assertThat(Sql.count(db(), "SELECT count(*) FROM status_history WHERE import_id = " + n + " AND from_status = 'ACTIVE'")).isEqualTo(1);
        assertThat(Sql.count(db(), "SELECT count(*) FROM members WHERE import_id = " + n)).isEqualTo(3);

        Run undo = run("import", "--undo", Long.toString(n));

        assertThat(undo.exit()).as(undo.out() + undo.err()).isZero();
        assertThat(undo.out()).contains("import " + n + " (2024.xlsx), undoing:").contains("undone: import " + n);
        assertThat(Dump.of(db(), n)).isEqualTo(before);
        assertThat(Sql.one(db(), "SELECT undone_at IS NOT NULL FROM imports WHERE id = " + n)).isEqualTo("1");
    }

    @Test
    void theUndoneFileCanBeImportedAgainAndGivesTheSameRecords() throws Exception {
        importing(roster2023());
        Path y2024 = roster2024();
        importing(y2024);
        long n = lastImport();
        String records = "SELECT head_id, period, head_name, tier, status, household_size, phone, exited_on, content_hash FROM households ORDER BY id";
        List<List<String>> imported = Sql.rows(db(), records);
        assertThat(run("import", "--undo", Long.toString(n)).exit()).isZero();

        Run again = run("import", y2024.toString());

        assertThat(again.out()).doesNotContain("already imported").contains("inserted");
        assertThat(Sql.rows(db(), records)).isEqualTo(imported);
        assertThat(Sql.rows(db(), "SELECT id, undone_at IS NULL FROM imports ORDER BY id"))
                .containsExactly(List.of("1", "1"), List.of("2", "0"), List.of("3", "1"));
        // Once imported again it is imported: the same bytes a third time change nothing.
        assertThat(run("import", y2024.toString()).out()).contains("already imported");
    }

    @Test
    void theChangeLogHoldsEverythingAnUpdateOverwrote() throws Exception {
        importing(roster2023());
        importing(roster2024());
        String a = Sql.one(db(), "SELECT id FROM households WHERE head_id = '" + A + "'");
        assertThat(Sql.rows(db(), "SELECT column_name, old_value, new_value FROM changes WHERE table_name = 'households' AND row_id = " + a
                + " AND column_name IN ('updated_import_id', 'status', 'phone') ORDER BY column_name")).containsExactly(
                List.of("phone", "13800138000", "13900139000"), List.of("status", "ACTIVE", "EXITED"),
                List.of("updated_import_id", "1", "2"));
        assertThat(Sql.one(db(), "SELECT count(*) FROM changes WHERE table_name = 'households' AND row_id = " + a
                + " AND column_name = 'content_hash' AND old_value <> new_value")).isEqualTo("1");
        assertThat(Sql.rows(db(), "SELECT column_name, old_value, new_value FROM changes WHERE table_name = 'members' ORDER BY column_name"))
                .containsExactly(List.of("import_id", "1", "2"), List.of("occupation", "在读", "务工"));
    }

    @Test
    void undoingLedgersOneAfterAnotherLeavesWhatWasThereBeforeEach() throws Exception {
        importing(roster2023());
        Map<String, List<List<String>>> withoutPayments = Dump.of(db());
        importing(sheet("1月.xlsx", LEDGER, List.of(
                List.of("张三", A, "生活", 1500.5, "2024-01-15", "中央财政", "打卡", CARD),
                List.of("李四", B, "医疗", 800, "2024-01-20", "工会经费", "现金", CARD),
                List.of("陌生人", C, "医疗", 800, "2024-01-20", "工会经费", "打卡", CARD))));
        Map<String, List<List<String>>> january = Dump.of(db());
        // The extended ledger adds February only; January's payments are already there.
        importing(sheet("1-2月.xlsx", LEDGER, List.of(
                List.of("张三", A, "生活", 1500.5, "2024-01-15", "中央财政", "打卡", CARD),
                List.of("李四", B, "医疗", 800, "2024-01-20", "工会经费", "现金", CARD),
                List.of("张三", A, "生活", 1500.5, "2024-02-15", "中央财政", "打卡", CARD))));
        assertThat(Sql.count(db(), "SELECT count(*) FROM assistance")).isEqualTo(3);

        Run dry = run("import", "--undo", "3", "--dry-run");
        assertThat(dry.exit()).isZero();
        assertThat(dry.out()).contains("import 3 (1-2月.xlsx) would be undone:").contains("(dry run: nothing written)");
        assertThat(dry.out().lines().filter(l -> l.strip().startsWith("assistance")).findFirst().orElseThrow())
                .matches("\\s*assistance\\s+1\\s+0\\s*");

        assertThat(run("import", "--undo", "3").exit()).isZero();
        assertThat(Dump.of(db(), 3)).isEqualTo(january);
        assertThat(run("import", "--undo", "2").exit()).isZero();
        assertThat(Dump.of(db(), 2, 3)).isEqualTo(withoutPayments);
    }

    @Test
    void undoingAVisitLogRemovesItsVisitsAndRejects() throws Exception {
        importing(roster2023());
        Map<String, List<List<String>>> before = Dump.of(db());
        Run visits = importing(sheet("走访.xlsx", VISITS, List.of(
                List.of("张三", A, "2024-04-02", "入户走访", "稳定"),
                List.of("李四", B, "2024-05-06", "电话回访", "好转"),
                List.of("陌生人", C, "2024-05-06", "电话回访", "好转"))));
        assertThat(visits.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(Sql.count(db(), "SELECT count(*) FROM rejects")).isEqualTo(1);

        assertThat(run("import", "--undo", "2").exit()).isZero();

        assertThat(Dump.of(db(), 2)).isEqualTo(before);
    }

    @Test
    void undoingTheFirstImportLeavesEmptyTables() throws Exception {
        importing(roster2023());
        assertThat(run("import", "--undo", "1").exit()).isZero();
        for (Map.Entry<String, List<List<String>>> table : Dump.of(db(), 1).entrySet()) {
            if (!table.getKey().equals("sqlite_master")) assertThat(table.getValue()).as(table.getKey()).isEmpty();
        }
    }

    @Test
    void laterRosterThatChangedTheRecordsStopsTheUndoAndIsNamed() throws Exception {
        importing(roster2023());
        importing(roster("2023-fixed.xlsx", List.of(
                household("张三", A, "深度困难", 5, "24000", "2021-03-01", "在档", null, "13800138000")), List.of()));
        Map<String, List<List<String>>> before = Dump.of(db());
        byte[] bytes = Files.readAllBytes(db());

        Run undo = run("import", "--undo", "1");

        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("import 1 (2023.xlsx) cannot be undone; nothing was changed:")
                .contains("import 2 (2023-fixed.xlsx) came later and changed 1 of its records: " + Masks.middle(A))
                .doesNotContain(A);
        assertThat(Dump.of(db())).isEqualTo(before);
        assertThat(Files.readAllBytes(db())).isEqualTo(bytes);
        // Newest first works: the later import, then this one.
        assertThat(run("import", "--undo", "2").exit()).isZero();
        assertThat(run("import", "--undo", "1").exit()).isZero();
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isZero();
    }

    @Test
    void laterLedgerThatPaidAHouseholdTheRosterFiledStopsTheUndo() throws Exception {
        importing(roster2023());
        importing(sheet("救助.xlsx", LEDGER, List.of(List.of("李四", B, "医疗", 800, "2024-01-20", "工会经费", "打卡", CARD))));
        Map<String, List<List<String>>> before = Dump.of(db());

        Run undo = run("import", "--undo", "1");

        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("import 2 (救助.xlsx) came later and added assistance rows for 1 of the records it would remove: "
                + Masks.middle(B));
        assertThat(Dump.of(db())).isEqualTo(before);
    }

    @Test
    void laterRosterThatChangedAMemberThisImportAddedStopsTheUndo() throws Exception {
        importing(roster("1.xlsx", List.of(household("张三", A, "深度困难", 3, "24000", "2021-03-01", "在档", null, null)), List.of()));
        importing(roster("2.xlsx", List.of(household("张三", A, "深度困难", 3, "24000", "2021-03-01", "在档", null, null)),
                List.of(List.of(A, "张小三", MEMBER_A, "子女", "在读"))));
        importing(roster("3.xlsx", List.of(household("张三", A, "深度困难", 3, "24000", "2021-03-01", "在档", null, null)),
                List.of(List.of(A, "张小三", MEMBER_A, "子女", "务工"))));

        Run undo = run("import", "--undo", "2");

        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("import 3 (3.xlsx) came later and changed 1 of its records: members of " + Masks.middle(A));
        assertThat(Sql.count(db(), "SELECT count(*) FROM members")).isEqualTo(1);
    }

    @Test
    void laterFilePeriodOfTheSameHeadStopsTheUndoOfTheExit() throws Exception {
        importing(roster("1.xlsx", List.of(household("张三", A, "深度困难", 3, "24000", "2021-03-01", "在档", null, null)), List.of()));
        importing(roster("2.xlsx", List.of(household("张三", A, "深度困难", 3, "24000", "2021-03-01", "脱困", "2023-06-30", null)), List.of()));
        importing(roster("3.xlsx", List.of(household("张三", A, "相对困难", 3, "20000", "2024-02-01", "在档", null, null)), List.of()));
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isEqualTo(2);

        Run undo = run("import", "--undo", "2");

        // Putting period 1 back on file beside period 2 would make two files of one head (一户一档).
        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("import 3 (3.xlsx) came later and changed 1 of its records: " + Masks.middle(A) + " (period 2)");
    }

    @Test
    void changeByALaterCommandStopsTheUndoAndNamesTheCommand() throws Exception {
        importing(roster2023());
        importing(roster2024());
        String a = Sql.one(db(), "SELECT id FROM households WHERE head_id = '" + A + "'");
        // What a lifecycle command that logs its change, as every writer does, leaves behind.
        Sql.execute(db(), "UPDATE households SET status = 'CLOSED' WHERE id = " + a);
        Sql.execute(db(), "INSERT INTO changes (table_name, row_id, column_name, old_value, new_value, command, import_id, recorded_at)"
                + " VALUES ('households', " + a + ", 'status', 'EXITED', 'CLOSED', 'visit', NULL, '2024-12-01T00:00:00Z')");

        Run undo = run("import", "--undo", "2");

        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("the command 'visit' later changed 1 of its records: " + Masks.middle(A));
    }

    @Test
    void undoingARosterThatMovedFilesThroughTheLifecyclePutsTheirDatesAndDerivedColumnsBack() throws Exception {
        importing(roster2023());
        Map<String, List<List<String>>> before = Dump.of(db());
        List<String> header = List.of("姓名", "身份证号码", "所属工会", "困难类别", "建档日期", "档案状态", "渐退日期", "脱困日期");
        Path file = sheet("2024-渐退.xlsx", header, List.of(
                Arrays.asList("张三", A, "东城区总工会", "深度困难", "2021-03-01", "渐退", "2024-03-01", null),
                Arrays.asList("李四", B, "东城区总工会", "相对困难", "2022-05-06", "脱困", null, "2024-06-30")));
        importing(file);
        String lifecycle = "SELECT status, coalesce(phased_out_on, '-'), coalesce(status_on, '-'), coalesce(left_on, '-'), left_year"
                + " FROM households WHERE head_id IN ('" + A + "', '" + B + "') ORDER BY head_id = '" + B + "'";
        assertThat(Sql.rows(db(), lifecycle)).containsExactly(List.of("PHASING_OUT", "2024-03-01", "2024-03-01", "-", "9999"),
                List.of("EXITED", "-", "2024-06-30", "2024-06-30", "2024"));

        Run undo = run("import", "--undo", Long.toString(lastImport()));

        assertThat(undo.exit()).as(undo.out() + undo.err()).isZero();
        // Every column as before, the ones bangfu derives from the status and its dates too (status_on, left_on …).
        assertThat(Dump.of(db(), lastImport())).isEqualTo(before);
        assertThat(Sql.rows(db(), lifecycle)).containsExactly(List.of("ACTIVE", "-", "2021-03-01", "-", "9999"),
                List.of("ACTIVE", "-", "2022-05-06", "-", "9999"));
    }

    @Test
    void aVisitRoundThatMovedAFileAfterTheImportStopsItsUndoAndIsNamed() throws Exception {
        List<String> header = List.of("姓名", "身份证号码", "所属工会", "困难类别", "建档日期", "档案状态", "渐退日期");
        importing(sheet("2024.xlsx", header, List.of(
                Arrays.asList("张三", A, "东城区总工会", "深度困难", "2021-03-01", "渐退", "2024-01-10"))));
        importing(sheet("visits.xlsx", VISITS, List.of(List.of("张三", A, "2024-04-01", "渐退期回访", "稳定"),
                List.of("张三", A, "2024-07-01", "渐退期回访", "稳定"))));
        Run advance = run("visit", "advance", "--as-of", "2024-08-01", "--apply");
        assertThat(advance.exit()).as(advance.out() + advance.err()).isZero();
        assertThat(Sql.one(db(), "SELECT status FROM households")).isEqualTo("EXITED");

        Run undo = run("import", "--undo", "1");

        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("the command 'visit advance' later changed 1 of its records: " + Masks.middle(A));
        assertThat(Sql.one(db(), "SELECT status FROM households")).isEqualTo("EXITED");
    }

    @Test
    void tablesAndColumnsAddedLaterTakePartWithoutBeingNamedInTheUndo() throws Exception {
        importing(roster2023());
        Map<String, List<List<String>>> before = Dump.of(db());
        importing(roster2024());
        // A table another part of bangfu might add: rows of an import are its own, rows of a command refer to its files.
        Sql.execute(db(), "CREATE TABLE transfers (id INTEGER PRIMARY KEY, household_id INTEGER NOT NULL REFERENCES households (id),"
                + " to_union TEXT, command TEXT NOT NULL, import_id INTEGER REFERENCES imports (id))");
        String c = Sql.one(db(), "SELECT id FROM households WHERE head_id = '" + C + "'");
        Sql.execute(db(), "INSERT INTO transfers (household_id, to_union, command, import_id) VALUES (" + c + ", '西城区总工会', 'import', 2)");
        before.put("transfers", List.of());
        before.put("sqlite_master", Sql.rows(db(), "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));

        Sql.execute(db(), "INSERT INTO transfers (household_id, to_union, command, import_id) VALUES (" + c + ", '南岗区总工会', 'transfer', NULL)");
        Run refused = run("import", "--undo", "2");
        assertThat(refused.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(refused.out()).contains("the command 'transfer' later added transfers rows for 1 of the records it would remove: " + Masks.middle(C));

        // A row that names neither an import nor a command is still someone's later row.
        Sql.execute(db(), "INSERT INTO visits (household_id, visited_on, kind) VALUES (" + c + ", '2024-09-01', 'HOME')");
        Run unnamed = run("import", "--undo", "2");
        assertThat(unnamed.out()).contains("a later command (not an import) added visits rows for 1 of the records it would remove: "
                + Masks.middle(C));
        Sql.execute(db(), "DELETE FROM visits WHERE import_id IS NULL");

        Sql.execute(db(), "DELETE FROM transfers WHERE command = 'transfer'");
        assertThat(run("import", "--undo", "2").exit()).isZero();
        assertThat(Dump.of(db(), 2)).isEqualTo(before);
    }

    @Test
    void importLoggedByAnOlderBangfuIsNotUndoneByGuessing() throws Exception {
        importing(roster2023());
        importing(roster2024());
        // Before the schema version that added imports.undone_at an update logged its fields only, not the row's digest and last import.
        Sql.execute(db(), "DELETE FROM changes WHERE column_name IN ('content_hash', 'updated_import_id', 'import_id')");
        Map<String, List<List<String>>> before = Dump.of(db());

        Run undo = run("import", "--undo", "2");

        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("its change log lacks the old values of households.content_hash for 1 records")
                .contains("members.import_id");
        assertThat(Dump.of(db())).isEqualTo(before);
    }

    @Test
    void dryRunShowsWhatWouldBeUndoneAndLeavesTheFileByteForByte() throws Exception {
        importing(roster2023());
        importing(roster2024());
        byte[] bytes = Files.readAllBytes(db());

        Run dry = run("import", "--undo", "2", "--dry-run");

        assertThat(dry.exit()).isZero();
        List<String> rows = dry.out().lines().map(String::strip).toList();
        assertThat(rows).contains("(dry run: nothing written)");
        // Removed and restored rows by table, counted here independently of the undo.
        // C and D's new period removed; A put back (the bookkeeping columns are restored too, but not listed).
        assertThat(rows).anyMatch(l -> l.matches("households\\s+2\\s+1\\s+exited_on 1, household_size 1, phone 1, status 1, tier 1"));
        assertThat(rows).anyMatch(l -> l.matches("members\\s+2\\s+1\\s+occupation 1"));
        assertThat(rows).anyMatch(l -> l.matches("status_history\\s+" + Sql.count(db(), "SELECT count(*) FROM status_history WHERE import_id = 2") + "\\s+0"));
        assertThat(Files.readAllBytes(db())).isEqualTo(bytes);
        assertThat(dir.resolve("t.db-wal")).doesNotExist();
    }

    @Test
    void undoneUnknownAndMisusedUndosAreRefusedWithTheirExitCodes() throws Exception {
        importing(roster2023());
        assertThat(run("import", "--undo", "1").exit()).isZero();

        Run twice = run("import", "--undo", "1");
        assertThat(twice.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(twice.err()).contains("import 1 (2023.xlsx) was undone already, at ");
        Run unknown = run("import", "--undo", "7");
        assertThat(unknown.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("there is no import 7");
        assertThat(run("import", "--undo", "1", "x.xlsx").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import", "--undo", "1", "--sheet", "花名册").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import", "--undo", "0").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(run("import").exit()).isEqualTo(ExitCode.USAGE);
        Run missingDb = Run.of("--db", dir.resolve("none.db").toString(), "import", "--undo", "1");
        assertThat(missingDb.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    @Test
    void jsonSaysWhatStandsInTheWayForScripts() throws Exception {
        importing(roster2023());
        importing(sheet("救助.xlsx", LEDGER, List.of(List.of("李四", B, "医疗", 800, "2024-01-20", "工会经费", "打卡", CARD))));

        Run undo = run("import", "--undo", "1", "--format", "json");

        assertThat(undo.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("\"outcome\" : \"refused\"").contains("\"reason\" : \"referenced\"")
                .contains("\"import\" : 2").contains("\"head\" : \"" + Masks.middle(B) + "\"").doesNotContain(B);
    }
}
