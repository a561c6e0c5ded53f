package bangfu.e2e;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Dump;
import bangfu.store.sqlite.Sql;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at any step of an import leaves the database consistent: every file all there or not at all. The
 * kill points are chosen by progress (rows handed to the file's transaction, the commit, the moment before the
 * database exists), never by the clock; several per process through {@link KilledRun}'s frozen copies.
 */
class CrashIT {
    static final int ROWS = 2_000;
    /** Three rosters, then a ledger paying the households of the first: imported in this order, one transaction each. */
    static final List<String> FILES = List.of("r1.csv", "r2.csv", "r3.csv", "ledger.csv");
    static final int POINTS_PER_PROCESS = 8;
    static final int WANTED_POINTS = 52;

    @TempDir Path dir;

    /** A step to stop at, and a name for the assertion messages. */
    record Point(String name, String file, Predicate<KilledRun.Step> step) {
    }

    @Test
    void killedImportsLeaveEveryFileAllOrNothing() throws Exception {
        writeFiles();
        Path db = dir.resolve("crash.db");
        List<Point> plan = plan();
        int done = 0;
        int next = 0;
        int processes = 0;
        List<String> log = new ArrayList<>();
        while (next < plan.size() && done < WANTED_POINTS) {
            List<Point> run = new ArrayList<>();
            if (plan.get(next).file() == null) {
                // A new cycle: killed before the database exists, then file after file into what that left.
                remove(db);
                run.add(plan.get(next++));
            } else {
                List<String> committed = check(db, "before " + plan.get(next).name());
                while (next < plan.size() && run.size() < POINTS_PER_PROCESS && plan.get(next).file() != null) {
                    Point p = plan.get(next++);
                    if (committed.contains(p.file())) log.add(p.name() + ": skipped, already committed");
                    else run.add(p);
                }
            }
            if (run.isEmpty()) continue;
            processes++;
            try (KilledRun bangfu = KilledRun.start(dir, "--db", "crash.db", "import", "--quiet",
                    FILES.get(0), FILES.get(1), FILES.get(2), FILES.get(3))) {
                for (int i = 0; i < run.size(); i++) {
                    Point p = run.get(i);
                    KilledRun.Step at = bangfu.freezeAt(p.step());
                    if (at == null) {
                        log.add(p.name() + ": the import ended first");
                        break;
                    }
                    boolean last = i == run.size() - 1;
                    if (last) {
                        bangfu.kill();
                        check(db, p.name() + " (killed at " + at + ")");
                    } else {
                        Path copy = bangfu.copyDatabase(db, dir.resolve("frozen-" + done));
                        check(copy, p.name() + " (frozen at " + at + ")");
                        deleteTree(copy.getParent());
                    }
                    log.add(p.name() + ": " + (last ? "killed" : "frozen") + " at " + at);
                    done++;
                }
                assertThat(bangfu.otherLines()).as("stderr besides progress").isEmpty();
            }
        }
        assertThat(done).as("kill points reached in %d processes: %s", processes, log).isGreaterThanOrEqualTo(50);
        System.out.println("CrashIT: " + done + " kill points in " + processes + " processes");

        // After all that, the same command still finishes the job, and adds each file exactly once.
        Bangfu finish = Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", FILES.get(0), FILES.get(1), FILES.get(2),
                FILES.get(3));
        assertThat(finish.exit()).as(finish.err()).isZero();
        assertThat(check(db, "after finishing")).containsExactlyElementsOf(FILES);
    }

    @Test
    void aRehearsalKilledAtAnyStepLeavesTheDatabaseAsEveryReaderSeesIt() throws Exception {
        writeFiles();
        Path db = dir.resolve("crash.db");
        assertThat(Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", FILES.get(0)).exit()).isZero();
        java.util.Map<String, List<List<String>>> before = Dump.of(db);
        // Within the first file, at its commit, and in the files after it, which see the rehearsed rows of the first.
        List<Predicate<KilledRun.Step>> steps = List.of(KilledRun.Step.rows(FILES.get(1), 1),
                KilledRun.Step.rows(FILES.get(1), ROWS - 100), KilledRun.Step.committing(FILES.get(1)),
                KilledRun.Step.rows(FILES.get(2), 700), KilledRun.Step.committing(FILES.get(2)),
                KilledRun.Step.rows(FILES.get(3), 1), KilledRun.Step.committing(FILES.get(3)));
        int points = 0;
        for (List<String> rehearsal : List.of(List.of("verify"), List.of("import", "--dry-run", "--quiet"))) {
            List<String> args = new ArrayList<>(List.of("--db", "crash.db"));
            args.addAll(rehearsal);
            args.addAll(FILES.subList(1, FILES.size()));
            try (KilledRun bangfu = KilledRun.start(dir, args.toArray(String[]::new))) {
                for (int i = 0; i < steps.size(); i++) {
                    KilledRun.Step at = bangfu.freezeAt(steps.get(i));
                    String when = rehearsal + " at " + at;
                    assertThat(at).as("%s step %d; it printed %s", rehearsal, i, bangfu.otherLines()).isNotNull();
                    Path seen = i == steps.size() - 1 ? db : bangfu.copyDatabase(db, dir.resolve("frozen-" + points));
                    if (seen == db) bangfu.kill();
                    assertThat(Sql.one(seen, "PRAGMA integrity_check")).as(when).isEqualTo("ok");
                    assertThat(Dump.of(seen)).as(when).isEqualTo(before);
                    if (seen != db) deleteTree(seen.getParent());
                    points++;
                }
                assertThat(bangfu.otherLines()).as("stderr besides progress").isEmpty();
            }
        }
        assertThat(points).isEqualTo(2 * steps.size());
        // The killed rehearsals held the write lock; their process gone, the files import as they would have.
        Bangfu finish = Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", FILES.get(1), FILES.get(2), FILES.get(3));
        assertThat(finish.exit()).as(finish.err()).isZero();
        assertThat(check(db, "after the killed rehearsals")).containsExactlyElementsOf(FILES);
    }

    /**
     * The first import into a file this run created writes through a rollback journal, not the write-ahead log:
     * killed in its middle, the journal left beside the file puts the empty database back; the next file of the
     * same run is written through the log again, and the file is left in WAL mode for readers beside writers.
     */
    @Test
    void aFirstImportKilledUnderItsRollbackJournalLeavesTheEmptyDatabase() throws Exception {
        writeFiles();
        Path db = dir.resolve("new.db");
        Path journal = Path.of(db + "-journal");
        Path log = Path.of(db + "-wal");
        try (KilledRun bangfu = KilledRun.start(dir, "--db", "new.db", "import", "--quiet", FILES.get(0), FILES.get(1))) {
            assertThat(bangfu.freezeAt(KilledRun.Step.rows(FILES.get(0), 700))).as("%s", bangfu.otherLines()).isNotNull();
            assertThat(journal).as("the first file's journal").exists();
            assertThat(log).as("no log during the first file").doesNotExist();
            Path copy = bangfu.copyDatabase(db, dir.resolve("frozen-first"));
            assertThat(check(copy, "frozen in the first file")).isEmpty();
            assertThat(Sql.count(copy, "SELECT count(*) FROM imports")).isZero();
            deleteTree(copy.getParent());

            assertThat(bangfu.freezeAt(KilledRun.Step.rows(FILES.get(1), 700))).as("%s", bangfu.otherLines()).isNotNull();
            assertThat(log).as("the second file's log").exists();
            assertThat(journal).doesNotExist();
            bangfu.kill();
        }
        assertThat(check(db, "killed in the second file")).containsExactly(FILES.get(0));
        assertThat(Sql.one(db, "PRAGMA journal_mode")).isEqualTo("wal");
    }

    @Test
    void aFileLeftByAKilledFirstImportIsRolledBackAndImportsThroughTheLog() throws Exception {
        writeFiles();
        Path db = dir.resolve("again.db");
        try (KilledRun bangfu = KilledRun.start(dir, "--db", "again.db", "import", "--quiet", FILES.get(0))) {
            assertThat(bangfu.freezeAt(KilledRun.Step.rows(FILES.get(0), 700))).as("%s", bangfu.otherLines()).isNotNull();
            bangfu.kill();
        }
        // Not created by this run: the file (empty, migrated) is not journaled the rollback way again.
        try (KilledRun bangfu = KilledRun.start(dir, "--db", "again.db", "import", "--quiet", FILES.get(0))) {
            assertThat(bangfu.freezeAt(KilledRun.Step.rows(FILES.get(0), 700))).as("%s", bangfu.otherLines()).isNotNull();
            assertThat(Path.of(db + "-wal")).exists();
            assertThat(Path.of(db + "-journal")).doesNotExist();
            assertThat(bangfu.finish()).isZero();
        }
        assertThat(check(db, "after the second run")).containsExactly(FILES.get(0));
    }

    /** Cycles of: before the database exists, then four steps in each file, the last one its commit. */
    private static List<Point> plan() {
        List<Point> plan = new ArrayList<>();
        for (int cycle = 0; cycle < 4; cycle++) {
            plan.add(new Point("cycle " + cycle + ", before the database exists", null, KilledRun.Step.start()));
            for (String f : FILES) {
                for (int rows : new int[] {1 + 150 * cycle, 700 + 150 * cycle, ROWS - 100}) {
                    plan.add(new Point("cycle " + cycle + ", " + f + " at row " + rows, f, KilledRun.Step.rows(f, rows)));
                }
                plan.add(new Point("cycle " + cycle + ", " + f + " committing", f, KilledRun.Step.committing(f)));
            }
        }
        return plan;
    }

    /**
     * The database is sound and each file is in it whole or not at all, the committed ones a prefix of the order
     * they were given in; returns them.
     */
    private static List<String> check(Path db, String when) {
        if (!Files.exists(db)) return List.of();
        assertThat(Sql.one(db, "PRAGMA integrity_check")).as(when).isEqualTo("ok");
        assertThat(Sql.rows(db, "PRAGMA foreign_key_check")).as(when).isEmpty();
        if (Sql.count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'imports'") == 0) return List.of();
        assertThat(Sql.count(db, "SELECT count(*) FROM imports WHERE finished_at IS NULL")).as(when).isZero();
        List<String> committed = Sql.rows(db, "SELECT file_name FROM imports ORDER BY id").stream().map(r -> r.get(0)).toList();
        assertThat(FILES.subList(0, committed.size())).as(when).isEqualTo(committed);
        for (String f : committed) {
            String kind = f.startsWith("r") ? "households WHERE created_import_id" : "assistance WHERE import_id";
            assertThat(Sql.count(db, "SELECT count(*) FROM " + kind + " = (SELECT id FROM imports WHERE file_name = '" + f + "')"))
                    .as("%s: rows of %s", when, f).isEqualTo(ROWS);
        }
        long rosters = committed.stream().filter(f -> f.startsWith("r")).count();
        assertThat(Sql.count(db, "SELECT count(*) FROM households")).as(when).isEqualTo(rosters * ROWS);
        assertThat(Sql.count(db, "SELECT count(*) FROM status_history")).as(when).isEqualTo(rosters * ROWS);
        assertThat(Sql.count(db, "SELECT count(*) FROM assistance")).as(when)
                .isEqualTo(committed.contains("ledger.csv") ? ROWS : 0);
        return committed;
    }

    private void writeFiles() throws IOException {
        for (int file = 0; file < 3; file++) {
            try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(FILES.get(file)))) {
                w.write("姓名,身份证号码,所属工会,困难类别,家庭人口,家庭年收入\n");
                for (int i = 0; i < ROWS; i++) w.write("职工" + i + "," + head(file, i) + ",总工会" + i % 7 + ",深度困难,3,24000\n");
            }
        }
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("ledger.csv"))) {
            w.write("姓名,身份证号码,帮扶类型,金额（元）,发放日期,资金来源,发放方式\n");
            for (int i = 0; i < ROWS; i++) {
                w.write("职工" + i + "," + head(0, i) + ",生活救助," + (100 + i % 50) + ",2024-0" + (1 + i % 9) + "-15,工会经费,打卡\n");
            }
        }
    }

    /** Distinct valid IDs: one birth day per file and row block, a sequence number within it. */
    private static String head(int file, int i) {
        java.time.LocalDate birth = java.time.LocalDate.of(1960 + file * 10, 1, 1).plusDays(i / 500);
        return id(birth.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE), i % 500 * 2 + 1);
    }

    private static void remove(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) Files.deleteIfExists(Path.of(db + suffix));
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
