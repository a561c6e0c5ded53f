package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Database;
import bangfu.store.sqlite.Dump;
import bangfu.store.sqlite.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db backup} and {@code db check} over real database files. */
class DbCommandTest {
    @TempDir Path dir;

    Path db() {
        return dir.resolve("union.db");
    }

    @BeforeEach
    void importExamples() {
        Run r = Run.of("--db", db().toString(), "import", "--quiet", "examples/花名册-东城区总工会-2024.xlsx", "examples/救助发放表-2024.xlsx");
        assertThat(r.exit()).as(r.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
    }

    Run run(String... args) {
        String[] all = Stream.concat(Stream.of("--lang", "en", "--db", db().toString()), Stream.of(args)).toArray(String[]::new);
        return Run.of(all);
    }

    List<String> folder(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    // ---- backup ----

    @Test
    void backupIsAnOwnerOnlySelfContainedCopyOfEveryRow() throws Exception {
        Path backup = dir.resolve("backup.db");

        Run run = run("db", "backup", backup.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("backup written and verified: " + backup + " (integrity ok, schema version "
                + Database.SCHEMA_VERSION);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(Dump.of(backup)).isEqualTo(Dump.of(db()));
        // One file: restored by copying it, it needs no -wal beside it.
        assertThat(Sql.one(backup, "PRAGMA journal_mode")).isEqualTo("delete");
        assertThat(folder(dir)).containsExactly("backup.db", "union.db");
    }

    @Test
    void backupTakenWhileAnImportIsWritingHoldsTheLastCommittedState() throws Exception {
        Path backup = dir.resolve("backup.db");
        long households = Sql.count(db(), "SELECT count(*) FROM households");
        try (Connection importing = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = importing.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("INSERT INTO households (head_id, head_name, union_name, status) VALUES ('" + id("19800101", 11)
                    + "', '张三', '东城区总工会', 'ACTIVE')");

            Run run = run("db", "backup", backup.toString());

            assertThat(run.exit()).as(run.err()).isZero();
            s.execute("COMMIT");
        }
        assertThat(Sql.count(backup, "SELECT count(*) FROM households")).isEqualTo(households);
        assertThat(Sql.count(db(), "SELECT count(*) FROM households")).isEqualTo(households + 1);
        assertThat(Sql.one(backup, "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void backupRefusesTheDatabaseAndItsJournalFiles() throws Exception {
        byte[] before = Files.readAllBytes(db());
        for (String target : List.of(db().toString(), db() + "-wal", dir.resolve("./union.db").toString())) {
            Run run = run("db", "backup", target);
            assertThat(run.exit()).as(target).isEqualTo(ExitCode.USAGE);
            assertThat(run.err()).contains("is the database itself");
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void backupOfADamagedDatabaseIsNotKeptAndTheEarlierOneStays() throws Exception {
        Path backup = dir.resolve("backup.db");
        assertThat(run("db", "backup", backup.toString()).exit()).isZero();
        byte[] earlier = Files.readAllBytes(backup);
        orphanAnIndex(db());

        Run run = run("db", "backup", backup.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).contains("its copy failed the check").contains("was not kept");
        assertThat(Files.readAllBytes(backup)).isEqualTo(earlier);
        assertThat(folder(dir)).containsExactly("backup.db", "union.db");
    }

    @Test
    void leftoverOfAKilledBackupIsRemovedByTheNextButNotOneStillRunning() throws Exception {
        Path dead = dir.resolve(".backup.db.backup-" + Long.MAX_VALUE + ".tmp");
        long parent = ProcessHandle.current().parent().orElseThrow().pid();
        Path running = dir.resolve(".backup.db.backup-" + parent + ".tmp");
        Files.writeString(dead, "half a copy");
        Files.writeString(running, "a copy being written");

        assertThat(run("db", "backup", dir.resolve("backup.db").toString()).exit()).isZero();

        assertThat(dead).doesNotExist();
        assertThat(running).exists();
    }

    @Test
    void backupNeedsABangfuDatabaseAndAFolderToWriteIn() throws Exception {
        Run missing = Run.of("--db", dir.resolve("none.db").toString(), "db", "backup", dir.resolve("b.db").toString());
        assertThat(missing.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(dir.resolve("none.db")).doesNotExist();
        Path other = dir.resolve("other.db");
        Sql.execute(other, "CREATE TABLE notes (text TEXT)");
        assertThat(Run.of("--db", other.toString(), "db", "backup", dir.resolve("b.db").toString()).exit()).isEqualTo(ExitCode.DATABASE);
        Run noFolder = run("db", "backup", dir.resolve("no/such/b.db").toString());
        assertThat(noFolder.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(noFolder.err()).contains("does not exist");
        assertThat(run("db", "backup", dir.toString()).exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(dir.resolve("b.db")).doesNotExist();
    }

    // ---- check ----

    @Test
    void checkOfASoundDatabaseCountsEveryTableAndLeavesItByteForByte() throws Exception {
        byte[] before = Files.readAllBytes(db());

        Run run = run("db", "check");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("pages (integrity_check)         ok").contains("references (foreign_key_check)  ok")
                .contains("schema version                  " + Database.SCHEMA_VERSION + " (current)");
        for (List<String> table : Sql.rows(db(), "SELECT name FROM sqlite_master WHERE type = 'table'")) {
            long rows = Sql.count(db(), "SELECT count(*) FROM " + table.get(0));
            assertThat(run.out()).containsPattern("(?m)^" + table.get(0) + " +" + rows + "$");
        }
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
        assertThat(folder(dir)).containsExactly("union.db");
    }

    @Test
    void rowsThatReferToMissingRowsAreExitCodeOne() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = OFF");
            s.execute("INSERT INTO members (household_id, name) VALUES (9999, '孤儿行')");
        }
        long member = Sql.count(db(), "SELECT max(id) FROM members");

        Run run = run("db", "check");

        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).contains("1 row(s) refer to rows that do not exist")
                .contains("members row " + member + " refers to a row of households that does not exist");
        Run json = run("db", "check", "--format", "json");
        assertThat(json.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(json.out()).contains("\"danglingReferences\" : 1").contains("\"table\" : \"members\"");
    }

    @Test
    void damagedPagesAreExitCodeFourAndTheFileIsNotTouched() throws Exception {
        orphanAnIndex(db());
        byte[] before = Files.readAllBytes(db());

        Run run = run("db", "check");

        assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.out()).contains("problem(s):").contains("never used");
        assertThat(run.err()).contains("the database file is damaged");
        assertThat(Files.readAllBytes(db())).isEqualTo(before);
    }

    @Test
    void aColumnItsVersionMustHaveButDoesNotIsExitCodeFour() throws Exception {
        Sql.execute(db(), "ALTER TABLE imports DROP COLUMN undone_at");

        Run run = run("db", "check");

        assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.out()).contains("missing: imports.undone_at");
    }

    @Test
    void otherFilesAreNotCheckedAsBangfuDatabases() throws Exception {
        Path other = dir.resolve("other.db");
        Sql.execute(other, "CREATE TABLE notes (text TEXT)");
        assertThat(Run.of("--db", other.toString(), "db", "check").exit()).isEqualTo(ExitCode.DATABASE);
        Path text = dir.resolve("roster.db");
        Files.writeString(text, "姓名,身份证号码\n");
        assertThat(Run.of("--db", text.toString(), "db", "check").exit()).isEqualTo(ExitCode.DATABASE);
        Sql.execute(db(), "PRAGMA user_version = 99");
        Run newer = run("db", "check");
        assertThat(newer.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(newer.err()).contains("newer than this bangfu understands");
    }

    /** Forgets an index in the schema while its pages stay: integrity_check then finds pages that are never used. */
    static void orphanAnIndex(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA writable_schema = ON");
            s.execute("DELETE FROM sqlite_master WHERE name = 'assistance_report'");
        }
        assertThat(Sql.rows(db, "PRAGMA integrity_check")).isNotEqualTo(List.of(List.of("ok")));
    }
}
