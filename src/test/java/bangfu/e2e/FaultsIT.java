package bangfu.e2e;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.Tmpfs;
import bangfu.store.Sql;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every writing command and output format on a full disk, and a temporary folder that is full or where programs
 * may not run: exit 3 or 4, one line on stderr, nothing partial left behind, the database as it was.
 */
class FaultsIT {
    /** The examples under ASCII names: under LANG=C the JVM cannot take Chinese file names from the command line. */
    static Path examples;
    static final String HOUSEHOLD = "110101199003262822";

    @TempDir static Path shared;
    static Path database;
    @TempDir Path dir;

    @BeforeAll
    static void importTheExamples() throws Exception {
        examples = Files.createDirectories(shared.resolve("examples"));
        for (String[] copy : new String[][] {{"花名册-东城区总工会-2024.xlsx", "east.xlsx"}, {"花名册-西城区总工会-2024.csv", "west.csv"},
            {"花名册-南岗区总工会-2024.xls", "nangang.xls"}, {"救助发放表-2024.xlsx", "ledger.xlsx"}, {"走访记录-2024.xlsx", "visits.xlsx"}}) {
            Files.copy(Path.of("examples", copy[0]), examples.resolve(copy[1]));
        }
        database = shared.resolve("union.db");
        Bangfu run = Bangfu.run(shared, "--db", database.toString(), "import", "--quiet",
                examples.resolve("east.xlsx").toString(), examples.resolve("west.csv").toString(),
                examples.resolve("ledger.xlsx").toString(), examples.resolve("visits.xlsx").toString());
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
    }

    /** In this JVM: no start-up to pay for each of the many formats; the same code, files and messages. */
    private static Bangfu inProcess(String... args) {
        bangfu.cli.Run run = bangfu.cli.Run.of(args);
        return new Bangfu(run.exit(), run.out(), run.err());
    }

    /** Exit 3 or 4 and one line for the clerk, never a stack trace. */
    private static void failedInOneLine(Bangfu run, String what) {
        assertThat(run.exit()).as("%s: %s", what, run.err()).isIn(3, 4);
        assertThat(run.err().strip().lines()).as(what).hasSize(1);
        assertThat(run.err()).as(what).startsWith("bangfu: ").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "csv", "json", "md", "xlsx"})
    void reportsOnAFullDisk(String format) throws Exception {
        String before = fingerprint(database);
        try (Tmpfs disk = Tmpfs.mount(dir, "full", 512, false)) {
            for (int free : new int[] {0, 8}) {
                disk.fill(free);
                List<Bangfu> runs = List.of(
                        inProcess("--db", database.toString(), "report", "yearly", "--year", "2024", "--by", "union",
                                "--format", format, "--out", disk.path().resolve("yearly." + format).toString()),
                        inProcess("--db", database.toString(), "report", "household", HOUSEHOLD,
                                "--format", format, "--out", disk.path().resolve("household." + format).toString()));
                for (Bangfu run : runs) failedInOneLine(run, format + " with " + free + " KiB free");
                assertThat(disk.files()).as("nothing partial on the disk").isEmpty();
            }
        }
        assertThat(fingerprint(database)).isEqualTo(before);
    }

    @Test
    void annotatedCopiesOnAFullDisk() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "姓名,身份证号码,所属工会\n张三," + id("19800101", 11) + ",东城区总工会\n李四,110101198001011234,东城区总工会\n");
        String before = fingerprint(database);
        try (Tmpfs disk = Tmpfs.mount(dir, "full", 512, false)) {
            for (int free : new int[] {0, 12}) {
                disk.fill(free);
                List<Bangfu> runs = List.of(
                        // a small .xlsx: the whole workbook, formatting kept
                        inProcess("--db", database.toString(), "verify", "--annotate",
                                disk.path().resolve("checked.xlsx").toString(), examples.resolve("ledger.xlsx").toString()),
                        // a CSV: a values-only workbook, streamed through temporary files
                        inProcess("--db", database.toString(), "verify", "--annotate",
                                disk.path().resolve("checked-csv.xlsx").toString(), csv.toString()));
                for (Bangfu run : runs) failedInOneLine(run, "annotate with " + free + " KiB free");
                assertThat(disk.files()).as("nothing partial on the disk").isEmpty();
            }
        }
        assertThat(fingerprint(database)).isEqualTo(before);
    }

    @Test
    void importsIntoANewDatabaseOnAFullDiskLeaveNothing() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(dir, "full", 1024, false)) {
            // With no room at all, with room for the schema but not the rows, and in between.
            for (int free : new int[] {0, 120, 240}) {
                disk.fill(free);
                long freeBefore = Files.getFileStore(disk.path()).getUsableSpace();
                Bangfu run = Bangfu.run(dir, "--db", disk.path().resolve("new.db").toString(), "import",
                        examples.resolve("ledger.xlsx").toString(), examples.resolve("east.xlsx").toString());
                failedInOneLine(run, "new database with " + free + " KiB free");
                assertThat(run.exit()).isEqualTo(4);
                assertThat(disk.files()).as("no database, no log keeping the disk full").isEmpty();
                assertThat(Files.getFileStore(disk.path()).getUsableSpace()).isEqualTo(freeBefore);
            }
        }
    }

    @Test
    void importsIntoAnExistingDatabaseOnAFullDiskChangeNothing() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(dir, "full", 2048, false)) {
            Path db = disk.path().resolve("union.db");
            Files.copy(database, db);
            String before = fingerprint(db);
            disk.fill(16);
            Bangfu run = Bangfu.run(dir, "--db", db.toString(), "import", examples.resolve("nangang.xls").toString());
            failedInOneLine(run, "existing database");
            assertThat(run.exit()).isEqualTo(4);
            assertThat(fingerprint(db)).isEqualTo(before);
            // At most SQLite's own companions, the log empty: nothing of the file, nothing keeping the disk full.
            assertThat(disk.files()).contains("union.db").isSubsetOf("union.db", "union.db-wal", "union.db-shm");
            assertThat(Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0).isZero();
            disk.empty(); // room for this test's own connection
            assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void rehearsalsInADatabaseOnAFullDiskChangeNothing() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(dir, "full", 2048, false)) {
            Path db = disk.path().resolve("union.db");
            Files.copy(database, db);
            String before = fingerprint(db);
            for (int free : new int[] {0, 16}) {
                disk.fill(free);
                // The rehearsal writes into the database's own disk only what its cache cannot hold, and its index of
                // the log: with no room for that it stops as an import does; with room it judges the file.
                for (String[] command : List.<String[]>of(new String[] {"verify"}, new String[] {"import", "--dry-run"})) {
                    List<String> args = new ArrayList<>(List.of("--db", db.toString()));
                    args.addAll(List.of(command));
                    args.add(examples.resolve("nangang.xls").toString());
                    Bangfu run = inProcess(args.toArray(String[]::new));
                    String what = String.join(" ", command) + " with " + free + " KiB free";
                    if (run.exit() == 4) failedInOneLine(run, what);
                    else assertThat(run.err()).as(what).isEmpty();
                    assertThat(run.exit()).as(what).isIn(1, 4);
                    assertThat(fingerprint(db)).as(what).isEqualTo(before);
                    assertThat(disk.files()).as(what).contains("union.db").isSubsetOf("union.db", "union.db-wal", "union.db-shm");
                }
                disk.empty();
            }
            assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
        }
    }

    @Test
    void backupsOnAFullDiskLeaveNothing() throws Exception {
        String before = fingerprint(database);
        try (Tmpfs disk = Tmpfs.mount(dir, "full", 512, false)) {
            // No room at all, room for a few pages, room for most of the copy but not its check.
            for (int free : new int[] {0, 8, 96}) {
                disk.fill(free);
                Bangfu run = inProcess("--db", database.toString(), "db", "backup", disk.path().resolve("backup.db").toString());
                failedInOneLine(run, "backup with " + free + " KiB free");
                assertThat(run.exit()).isEqualTo(4);
                assertThat(disk.files()).as("nothing partial on the disk").isEmpty();
            }
        }
        assertThat(fingerprint(database)).isEqualTo(before);
    }

    @Test
    void undoOnAFullDiskChangesNothing() throws Exception {
        try (Tmpfs disk = Tmpfs.mount(dir, "full", 2048, false)) {
            Path db = disk.path().resolve("union.db");
            Files.copy(database, db);
            String last = Sql.one(db, "SELECT max(id) FROM imports");
            String before = fingerprint(db);
            for (int free : new int[] {0, 16}) {
                disk.fill(free);
                Bangfu run = inProcess("--db", db.toString(), "import", "--undo", last);
                failedInOneLine(run, "undo with " + free + " KiB free");
                assertThat(run.exit()).isEqualTo(4);
                assertThat(fingerprint(db)).isEqualTo(before);
                assertThat(disk.files()).contains("union.db").isSubsetOf("union.db", "union.db-wal", "union.db-shm");
                assertThat(Files.exists(Path.of(db + "-wal")) ? Files.size(Path.of(db + "-wal")) : 0).isZero();
                disk.empty();
            }
            assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(Sql.one(db, "SELECT undone_at FROM imports WHERE id = " + last)).isNull();
        }
    }

    @Test
    void aFullOrNoexecTemporaryFolder() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "姓名,身份证号码,所属工会\n张三," + id("19800101", 11) + ",东城区总工会\n");
        Path roomy = Files.createDirectories(dir.resolve("roomy"));
        try (Tmpfs full = Tmpfs.mount(dir, "fulltmp", 256, false); Tmpfs noexec = Tmpfs.mount(dir, "noexec", 65536, true)) {
            full.fill(0);
            // A cache folder others may write to is not used: SQLite's driver unpacks its library into the temporary
            // folder itself, as it does where there is no cache at all.
            Path sharedCache = Files.createDirectories(dir.resolve("shared-cache").resolve("bangfu"));
            Files.setPosixFilePermissions(sharedCache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxrwxrwx"));
            String noCache = sharedCache.getParent().toString();
            List<Bangfu> runs = new ArrayList<>();
            for (Path temp : List.of(full.path(), noexec.path())) {
                runs.add(Bangfu.run(dir, Map.of("BANGFU_JAVA_OPTS", "-Djava.io.tmpdir=" + temp, "XDG_CACHE_HOME", noCache),
                        "--db", "t.db", "import", csv.toString()));
            }
            for (Bangfu run : runs) failedInOneLine(run, "temporary folder");
            // SQLite's library unpacked elsewhere, verify needs no room there: it rehearses in the database itself.
            String before = fingerprint(database);
            Bangfu verify = Bangfu.run(dir, Map.of("BANGFU_JAVA_OPTS", "-Djava.io.tmpdir=" + full.path() + " -Dorg.sqlite.tmpdir="
                    + roomy, "TMPDIR", full.path().toString(), "XDG_CACHE_HOME", noCache), "--db", database.toString(), "verify",
                    csv.toString());
            assertThat(verify.exit()).as(verify.err()).isZero();
            assertThat(verify.err()).isEmpty();
            assertThat(fingerprint(database)).isEqualTo(before);
            assertThat(runs.get(0).err()).contains(full.path().toString()).contains("-Dorg.sqlite.tmpdir");
            assertThat(runs.get(1).err()).contains(noexec.path().toString());
            assertThat(dir.resolve("t.db")).doesNotExist();
            assertThat(full.files()).isEmpty();

            // With a cache of its own the library is unpacked there once, so an import needs no temporary folder.
            Path cache = Files.createDirectories(dir.resolve("own-cache"));
            Bangfu cached = Bangfu.run(dir, Map.of("BANGFU_JAVA_OPTS", "-Djava.io.tmpdir=" + full.path(), "XDG_CACHE_HOME",
                    cache.toString()), "--db", "t.db", "import", csv.toString());
            assertThat(cached.exit()).as(cached.err()).isZero();
            assertThat(dir.resolve("t.db")).exists();
            assertThat(cache.resolve("bangfu")).isDirectoryContaining(f -> f.getFileName().toString().contains("sqlitejdbc"));
            assertThat(full.files()).isEmpty();
        }
    }

    /** The database's bytes and its log's, as a digest: unchanged means unchanged. */
    private static String fingerprint(Path db) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(db));
            Path wal = Path.of(db + "-wal");
            if (Files.exists(wal)) sha.update(Files.readAllBytes(wal));
            return HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
