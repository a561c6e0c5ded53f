package bangfu.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.cli.Run;
import bangfu.load.FileReport;
import bangfu.load.ImportListener;
import bangfu.load.ImportOptions;
import bangfu.load.Importer;
import bangfu.model.Mapping;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * verify and {@code import --dry-run} run the import itself in the clerk's database, in a transaction that is rolled
 * back: afterwards every table holds the same rows, and a reader never sees the rehearsal's writes meanwhile.
 */
class RehearsalTest {
    static final String DONGCHENG = "examples/花名册-东城区总工会-2024.xlsx";
    static final String XICHENG = "examples/花名册-西城区总工会-2024.csv";
    static final String XICHENG_2025 = "examples/花名册-西城区总工会-2025.csv";
    static final String NANGANG = "examples/花名册-南岗区总工会-2024.xls";
    static final String LEDGER = "examples/救助发放表-2024.xlsx";
    static final String VISITS = "examples/走访记录-2024.xlsx";

    @TempDir Path dir;

    @Test
    void aRehearsalThatFoundErrorsAndOneThatFoundNoneLeaveEveryTableAsItWas() throws Exception {
        Path db = dir.resolve("union.db");
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", DONGCHENG, XICHENG).exit()).isZero();
        Map<String, String> before = fingerprint(db);
        assertThat(before).containsKeys("households", "members", "imports", "status_history", "changes", "rejects");

        // Errors: a ledger whose households are partly in the database, partly in the roster given before it.
        Run errors = Run.of("--lang", "en", "--db", db.toString(), "verify", NANGANG, LEDGER, VISITS);
        assertThat(errors.exit()).as(errors.err()).isEqualTo(1);
        assertThat(errors.out()).contains("rows that would be rejected 2, errors 2");
        assertThat(fingerprint(db)).isEqualTo(before);

        // None: the next year's roster updates households (old → new in changes) and adds some, all rolled back.
        Run clean = Run.of("--lang", "en", "--db", db.toString(), "import", "--dry-run", "--format", "json", XICHENG_2025);
        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("\"updated\" : ").doesNotContain("\"updated\" : 0,");
        assertThat(fingerprint(db)).isEqualTo(before);

        // The same file imported for real does change the database: the fingerprint can tell.
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", XICHENG_2025).exit()).isZero();
        assertThat(fingerprint(db)).isNotEqualTo(before);
    }

    @Test
    void aDryRunOfSeveralFilesJudgesEachAgainstTheOnesBeforeItAsTheImportDoes() throws Exception {
        Path rehearsed = dir.resolve("rehearsed.db");
        Path imported = dir.resolve("imported.db");
        assertThat(Run.of("--db", rehearsed.toString(), "import", "--quiet", DONGCHENG).exit()).isZero();
        Files.copy(rehearsed, imported);
        Map<String, String> before = fingerprint(rehearsed);

        Run dry = Run.of("--lang", "en", "--db", rehearsed.toString(), "import", "--dry-run", XICHENG, LEDGER, VISITS);
        Run real = Run.of("--lang", "en", "--db", imported.toString(), "import", XICHENG, LEDGER, VISITS);

        assertThat(dry.exit()).isEqualTo(real.exit());
        // Line for line, but for the note that says a dry run wrote nothing.
        assertThat(lines(dry.out().replace("  (dry run: nothing written)", ""))).isEqualTo(lines(real.out()));
        assertThat(dry.out()).contains("(dry run: nothing written)");
        assertThat(fingerprint(rehearsed)).isEqualTo(before);
        assertThat(Sql.count(imported, "SELECT count(*) FROM assistance")).isPositive();
    }

    @Test
    void anOlderSchemaIsMigratedInsideTheRehearsalAndStaysAtItsVersion() throws Exception {
        int older = Database.SCHEMA_VERSION - 1;
        Path db = dir.resolve("older.db");
        Database.createOwnerOnly(db);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            Database.migrate(c, 0, older);
        }
        Sql.execute(db, "PRAGMA journal_mode = WAL");
        Sql.execute(db, "INSERT INTO imports (file_name, sha256, started_at, finished_at) VALUES ('a.xlsx', 'x', 't', 't')");
        Sql.execute(db, "INSERT INTO households (head_id, head_name, union_name, status, created_import_id, updated_import_id)"
                + " VALUES ('" + bangfu.TestIds.id("19800101", 11) + "', '张三', '东城区总工会', 'ACTIVE', 1, 1)");
        Path upgraded = dir.resolve("upgraded.db");
        Files.copy(db, upgraded);
        Database.open(upgraded).close();
        assertThat(Sql.one(upgraded, "PRAGMA user_version")).isEqualTo(Integer.toString(Database.SCHEMA_VERSION));
        Map<String, String> before = fingerprint(db);

        Run rehearsed = Run.of("--lang", "en", "--db", db.toString(), "verify", "--format", "json", DONGCHENG, LEDGER);
        Run afterUpgrade = Run.of("--lang", "en", "--db", upgraded.toString(), "verify", "--format", "json", DONGCHENG, LEDGER);

        assertThat(rehearsed.err()).isEmpty();
        assertThat(rehearsed.out()).isEqualTo(afterUpgrade.out());
        assertThat(rehearsed.exit()).isEqualTo(afterUpgrade.exit());
        assertThat(Sql.one(db, "PRAGMA user_version")).isEqualTo(Integer.toString(older));
        assertThat(fingerprint(db)).isEqualTo(before);
    }

    @Test
    void aMissingDatabaseIsRehearsedInNoFileAtAll() throws Exception {
        Path db = dir.resolve("none.db");
        Run run = Run.of("--db", db.toString(), "import", "--dry-run", "--quiet", XICHENG);
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aRehearsalLargerThanItsCacheSpillsIntoTheLogWhereNoReaderOrKillSeesIt() throws Exception {
        Path db = dir.resolve("union.db");
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", DONGCHENG).exit()).isZero();
        Map<String, String> before = fingerprint(db);
        Path roster = dir.resolve("roster.csv");
        try (BufferedWriter w = Files.newBufferedWriter(roster, StandardCharsets.UTF_8)) {
            w.write("姓名,身份证号码,所属工会,困难类别\n");
            for (int i = 0; i < 3000; i++) {
                String day = LocalDate.of(1960, 1, 1).plusDays(i / 500).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                w.write("户主" + i + "," + bangfu.TestIds.id(day, i % 500 * 2 + 1) + ",东城区总工会,深度困难\n");
            }
        }
        Path wal = Path.of(db + "-wal");
        long walBefore = Files.exists(wal) ? Files.size(wal) : 0;
        try (Database rehearsal = Database.openForRehearsal(db)) {
            // A cache of a few pages makes SQLite write the uncommitted pages into the log, as a large file does.
            try (Statement s = rehearsal.connection().createStatement()) {
                s.execute("PRAGMA cache_size = 20");
            }
            FileReport report = new Importer(rehearsal, Mapping.NONE, options(), ImportListener.NONE, clock()).rehearse(roster);
            assertThat(report.totals().inserted()).isEqualTo(3000);
            assertThat(Files.size(wal)).as("the log holds the spilled pages").isGreaterThan(walBefore + 100 * 4096);
            // A reader meanwhile, and what a kill now would leave (a copy of the files as they are), see the database as it was.
            assertThat(fingerprint(db)).isEqualTo(before);
            Path killed = Files.createDirectory(dir.resolve("killed")).resolve("union.db");
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path from = Path.of(db + suffix);
                if (Files.exists(from)) Files.copy(from, Path.of(killed + suffix), StandardCopyOption.REPLACE_EXISTING);
            }
            assertThat(Sql.one(killed, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(fingerprint(killed)).isEqualTo(before);
        }
        assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(fingerprint(db)).isEqualTo(before);
    }

    @Test
    void aRehearsalWhoseTransactionSqliteEndedWritesNothingMore() throws Exception {
        Path db = dir.resolve("union.db");
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", DONGCHENG).exit()).isZero();
        Map<String, String> before = fingerprint(db);
        try (Database rehearsal = Database.openForRehearsal(db)) {
            // What SQLite does by itself after SQLITE_FULL or an I/O error: the whole transaction is gone.
            try (Statement s = rehearsal.connection().createStatement()) {
                s.execute("ROLLBACK");
            }
            // The next file's savepoint would begin a transaction of its own, which releasing it would commit.
            assertThatThrownBy(() -> ImportWriter.begin(rehearsal, "next.csv", "sha", Instant.EPOCH))
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(fingerprint(db)).isEqualTo(before);
    }

    private static ImportOptions options() {
        return new ImportOptions(true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                LocalDate.of(2024, 12, 31), false);
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC);
    }

    private static List<String> lines(String out) {
        return out.lines().toList();
    }

    /** Per table its row count and a digest of its rows in row order; the schema's text and version besides. */
    static Map<String, String> fingerprint(Path db) throws Exception {
        Map<String, String> out = new TreeMap<>();
        out.put("user_version", Sql.one(db, "PRAGMA user_version"));
        out.put("schema", digest(Sql.rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name")));
        for (List<String> table : Sql.rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            String name = table.get(0);
            long count = Sql.count(db, "SELECT count(*) FROM \"" + name + "\"");
            out.put(name, count + " rows " + digest(Sql.rows(db, "SELECT * FROM \"" + name + "\" ORDER BY rowid")));
        }
        return out;
    }

    private static String digest(List<List<String>> rows) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (List<String> row : rows) {
            for (String cell : row) {
                sha.update(cell == null ? new byte[] {0} : ("\1" + cell).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\t');
            }
            sha.update((byte) '\n');
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
