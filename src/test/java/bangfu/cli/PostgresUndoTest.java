package bangfu.cli;

import static bangfu.cli.ImportUndoTest.A;
import static bangfu.cli.ImportUndoTest.B;
import static bangfu.cli.ImportUndoTest.C;
import static bangfu.cli.ImportUndoTest.CARD;
import static bangfu.cli.ImportUndoTest.LEDGER;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Masks;
import bangfu.store.postgres.FreshPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import --undo N} on PostgreSQL: every table exactly as before the import, compared row by row with plain
 * SQL, and an undo while another clerk's import runs waits for it and then judges what it wrote, or gives the lock
 * message (exit 4) and changes nothing.
 */
class PostgresUndoTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;
    /** The SQLite undo test's files, written into this test's folder. */
    private final ImportUndoTest files = new ImportUndoTest();

    @BeforeEach
    void emptyDatabase() throws Exception {
        PG.wipe();
        files.dir = dir;
    }

    private static Run runAt(String location, String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en", "--db", location));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    private static Run run(String... args) {
        return runAt(PG.location(), args);
    }

    private static void importing(Path file) {
        Run r = run("import", "--quiet", file.toString());
        assertThat(r.exit()).as(r.out() + r.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
    }

    private Path january() throws Exception {
        return files.sheet("1月.xlsx", LEDGER, List.of(
                List.of("张三", A, "生活", 1500.5, "2024-01-15", "中央财政", "打卡", CARD),
                List.of("李四", B, "医疗", 800, "2024-01-20", "工会经费", "现金", CARD)));
    }

    @Test
    void undoingRosterAndLedgerLeavesEveryTableAsBeforeEach() throws Exception {
        importing(files.roster2023());
        Map<String, List<String>> before2024 = tables();
        importing(files.roster2024());
        long roster = lastImport();
        // The roster did every kind of writing the undo reverts: updates, a status change, a new period, members.
        assertThat(one("SELECT status || ' ' || tier || ' ' || household_size FROM households WHERE head_id = '" + A + "'"))
                .isEqualTo("EXITED RELATIVE 4");
        assertThat(one("SELECT count(*) FROM changes WHERE import_id = " + roster)).isNotEqualTo("0");
        Map<String, List<String>> before = tables();
        // January pays C too, whom the 2024 roster filed: that roster cannot go while the ledger stays.
        importing(files.sheet("1月.xlsx", LEDGER, List.of(
                List.of("张三", A, "生活", 1500.5, "2024-01-15", "中央财政", "打卡", CARD),
                List.of("王七", C, "医疗", 800, "2024-08-20", "工会经费", "现金", CARD))));
        long ledger = lastImport();
        assertThat(one("SELECT count(*) FROM assistance")).isEqualTo("2");

        Run refused = run("import", "--undo", Long.toString(roster));
        assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(refused.out()).contains("import " + ledger + " (1月.xlsx) came later");

        Run undoLedger = run("import", "--undo", Long.toString(ledger));
        assertThat(undoLedger.exit()).as(undoLedger.out() + undoLedger.err()).isZero();
        assertThat(tables(ledger)).isEqualTo(before);
        Run undoRoster = run("import", "--undo", Long.toString(roster));
        assertThat(undoRoster.exit()).as(undoRoster.out() + undoRoster.err()).isZero();
        assertThat(undoRoster.out()).contains("restored");
        assertThat(tables(ledger, roster)).isEqualTo(before2024);
        assertThat(one("SELECT count(*) FROM imports WHERE undone_at IS NOT NULL")).isEqualTo("2");
    }

    @Test
    void undoingALifecycleMovePutsDatesAndDerivedColumnsBack() throws Exception {
        importing(files.roster2023());
        Map<String, List<String>> before = tables();
        List<String> header = List.of("姓名", "身份证号码", "所属工会", "困难类别", "建档日期", "档案状态", "渐退日期", "脱困日期");
        importing(files.sheet("2024-渐退.xlsx", header, List.of(
                Arrays.asList("张三", A, "东城区总工会", "深度困难", "2021-03-01", "渐退", "2024-03-01", null),
                Arrays.asList("李四", B, "东城区总工会", "相对困难", "2022-05-06", "脱困", null, "2024-06-30"))));
        long n = lastImport();
        assertThat(one("SELECT status || ' ' || left_year FROM households WHERE head_id = '" + B + "'")).isEqualTo("EXITED 2024");

        Run undo = run("import", "--undo", Long.toString(n));

        assertThat(undo.exit()).as(undo.out() + undo.err()).isZero();
        assertThat(tables(n)).isEqualTo(before);
    }

    @Test
    void anImportNotOnRecordIsNamedWithWhereTheIdsAre() throws Exception {
        importing(files.roster2023());
        Run r = run("import", "--undo", "7");
        assertThat(r.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains("there is no import 7 in postgresql://").contains("psql \"postgresql://")
                .doesNotContain("sqlite3");
    }

    @Test
    void anUndoWhileAnotherClerkImportsWaitsForItAndThenSeesWhatItWrote() throws Exception {
        importing(files.roster2023());
        long roster = lastImport();
        Path ledger = january();
        CompletableFuture<Run> importRun;
        CompletableFuture<Run> undoRun;
        try (Connection door = PG.connect()) {
            importRun = importHeldAtTheDoor(door, ledger);
            undoRun = CompletableFuture.supplyAsync(() -> run("import", "--undo", Long.toString(roster)));
            waitUntilWaiting("imports", undoRun);
            door.rollback();
        }
        Run imported = importRun.get(300, TimeUnit.SECONDS);
        Run undo = undoRun.get(300, TimeUnit.SECONDS);

        assertThat(imported.exit()).as(imported.err()).isZero();
        // The undo waited for the import and judged it: the payments refer to the roster's households.
        assertThat(undo.exit()).as(undo.out() + undo.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(undo.out()).contains("import 2 (1月.xlsx) came later and added assistance rows for 2 of the records it would remove: "
                + Masks.middle(A));
        assertThat(one("SELECT count(*) FROM households")).isEqualTo("3");
        assertThat(one("SELECT count(*) FROM assistance")).isEqualTo("2");
        assertThat(one("SELECT count(*) FROM imports WHERE undone_at IS NOT NULL")).isEqualTo("0");
    }

    @Test
    void anUndoThatCannotWaitLongEnoughGivesTheLockMessageAndChangesNothing() throws Exception {
        importing(files.roster2023());
        Map<String, List<String>> before = tables();
        Path ledger = january();
        CompletableFuture<Run> importRun;
        Run undo;
        try (Connection door = PG.connect()) {
            importRun = importHeldAtTheDoor(door, ledger);
            // The import stays open for as long as the undo runs: its wait must run out, whatever the machine's speed.
            undo = runAt(PG.location() + "&options=-c%20lock_timeout%3D200ms", "import", "--undo", "1");
            door.rollback();
        }
        assertThat(importRun.get(300, TimeUnit.SECONDS).exit()).isZero();

        assertThat(undo.exit()).as(undo.out() + undo.err()).isEqualTo(ExitCode.DATABASE);
        assertThat(undo.err().strip().lines()).as(undo.err()).hasSize(1);
        assertThat(undo.err()).contains("the wait for them ran out").doesNotContain("Exception");
        assertThat(undo.out()).doesNotContain("undone");
        Map<String, List<String>> after = tables();
        assertThat(after.get("households")).isEqualTo(before.get("households"));
        assertThat(after.get("members")).isEqualTo(before.get("members"));
        assertThat(one("SELECT count(*) FROM imports WHERE undone_at IS NOT NULL")).isEqualTo("0");
    }

    /**
     * Another clerk's import of {@code file}, begun and waiting at its first payment behind a lock {@code door} holds
     * until it rolls back: running, its imports row written.
     */
    private static CompletableFuture<Run> importHeldAtTheDoor(Connection door, Path file) throws Exception {
        door.setAutoCommit(false);
        try (Statement s = door.createStatement()) {
            s.execute("LOCK TABLE assistance IN SHARE MODE");
        }
        CompletableFuture<Run> importRun = CompletableFuture.supplyAsync(() -> run("import", "--quiet", file.toString()));
        waitUntilWaiting("assistance", importRun);
        return importRun;
    }

    /** Waits, on the server's word rather than the clock, until a statement waits for a lock on {@code table}. */
    private static void waitUntilWaiting(String table, CompletableFuture<Run> clerk) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            while (true) {
                if (clerk.isDone()) throw new AssertionError("the clerk ended before waiting: " + clerk.get());
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = '"
                        + table + "'::regclass")) {
                    rs.next();
                    if (rs.getInt(1) > 0) return;
                }
                Thread.onSpinWait();
            }
        }
    }

    private static long lastImport() throws Exception {
        return Long.parseLong(one("SELECT max(id) FROM imports"));
    }

    private static String one(String sql) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every row of every table as text, in key order (all columns where there is no key), but the rows of the imports given (undone since). */
    static Map<String, List<String>> tables(long... undone) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (rs.next()) names.add(rs.getString(1));
            }
            for (String t : names) {
                String where = t.equals("imports") && undone.length > 0
                        ? " WHERE id NOT IN (" + Arrays.stream(undone).mapToObj(Long::toString).reduce((a, b) -> a + ", " + b).orElseThrow() + ")" : "";
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT x::text FROM " + t + " x" + where + " ORDER BY x::text COLLATE \"C\"")) {
                    while (rs.next()) rows.add(rs.getString(1));
                }
                out.put(t, rows);
            }
        }
        return out;
    }
}
