package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Masks;
import bangfu.store.Stores;
import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresServer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code db copy}: SQLite → PostgreSQL → SQLite gives every table row for row as it was, and the yearly report
 * alike on all three; into a shared server holding another union the copy goes beside it; what would put a file or
 * a head on record twice, and every failure, is one line with its exit code and the target as it was.
 */
class DbCopyTest {
    static final List<String> EXAMPLES = List.of("examples/花名册-东城区总工会-2024.xlsx", "examples/花名册-西城区总工会-2024.csv",
            "examples/花名册-南岗区总工会-2024.xls", "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx");
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;

    @BeforeEach
    void emptyServer() throws Exception {
        PG.wipe();
    }

    static Run run(String db, String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en", "--db", db));
        all.addAll(List.of(args));
        return Run.of(all.toArray(String[]::new));
    }

    static Run copy(String from, String to) {
        return Run.of("--lang", "en", "db", "copy", "--from", from, "--to", to);
    }

    /** A new database file with {@code files} imported. */
    Path filled(String name, List<String> files) {
        String db = dir.resolve(name).toString();
        List<String> args = new ArrayList<>(List.of("import", "--quiet"));
        args.addAll(files);
        Run imported = run(db, args.toArray(String[]::new));
        assertThat(imported.exit()).as(imported.err()).isIn(0, 1);
        return Path.of(db);
    }

    @Test
    void sqliteToPostgresAndBackGivesEveryTableRowForRowAndTheSameYearlyReport() throws Exception {
        // Every table filled: the examples, one of them undone and imported again, a later year, a classify run
        // and a visit round applied.
        Path first = filled("first.db", EXAMPLES);
        Run undo = run(first.toString(), "import", "--undo", "5");
        assertThat(undo.exit()).as(undo.out() + undo.err()).isZero();
        Run more = run(first.toString(), "import", "--quiet", "examples/走访记录-2024.xlsx", "examples/花名册-西城区总工会-2025.csv",
                "examples/走访记录-西城区总工会-2025.csv");
        assertThat(more.exit()).as(more.err()).isIn(0, 1);
        Run classify = run(first.toString(), "classify", "--policy", "examples/bangfu.yaml", "--as-of", "2024-12-31", "--apply", "--limit", "0");
        assertThat(classify.exit()).as(classify.err()).isIn(0, 1);
        Run advance = run(first.toString(), "visit", "advance", "--as-of", "2025-08-20", "--apply");
        assertThat(advance.exit()).as(advance.err()).isIn(0, 1);
        Map<String, List<String>> original = sqlite(first);
        for (String t : List.of("imports", "households", "members", "status_history", "assistance", "visits", "rejects",
                "classify_runs", "runs", "changes", "import_sheets")) {
            assertThat(original.get(t)).as(t).isNotEmpty();
        }

        Run up = copy(first.toString(), PG.location());
        assertThat(up.exit()).as(up.out() + up.err()).isZero();
        assertThat(up.out()).contains(first + " copied into postgresql://").containsPattern("(?m)^households +" + original.get("households").size() + "$");
        Path back = dir.resolve("back.db");
        Run down = copy(PG.location(), back.toString());
        assertThat(down.exit()).as(down.out() + down.err()).isZero();

        assertThat(sqlite(back)).isEqualTo(original);
        assertThat(postgres()).isEqualTo(original);
        String yearly = run(first.toString(), "report", "yearly", "--year", "2024").out();
        assertThat(yearly).contains("Total");
        assertThat(run(PG.location(), "report", "yearly", "--year", "2024").out()).isEqualTo(yearly);
        assertThat(run(back.toString(), "report", "yearly", "--year", "2024").out()).isEqualTo(yearly);
        // The copies go on as the original would: the next key after the copied ones, the same file refused as imported.
        Run again = run(PG.location(), "import", "examples/花名册-东城区总工会-2024.xlsx");
        assertThat(again.out()).contains("already imported");
    }

    @Test
    void sqliteToSqliteCopiesEveryTable() throws Exception {
        Path first = filled("first.db", EXAMPLES);
        Path second = dir.resolve("second.db");

        Run r = Run.of("--lang", "en", "--db", first.toString(), "db", "copy", "--to", second.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(sqlite(second)).isEqualTo(sqlite(first));
        if (!System.getProperty("os.name").startsWith("Windows")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(second))).isEqualTo("rw-------");
        }
    }

    @Test
    void aSecondUnionJoinsTheServerBesideTheFirstAsIfItsFilesWereImportedThere() throws Exception {
        // Each file meets the same records on file in its own union's database as in the one that imported them all.
        Path dongcheng = filled("dongcheng.db", List.of("examples/花名册-东城区总工会-2024.xlsx", "examples/救助发放表-2024.xlsx",
                "examples/走访记录-2024.xlsx"));
        Path xicheng = filled("xicheng.db", List.of("examples/花名册-西城区总工会-2024.csv"));
        Path together = filled("together.db", List.of("examples/花名册-东城区总工会-2024.xlsx", "examples/救助发放表-2024.xlsx",
                "examples/走访记录-2024.xlsx", "examples/花名册-西城区总工会-2024.csv"));
        assertThat(copy(dongcheng.toString(), PG.location()).exit()).isZero();

        Run joined = copy(xicheng.toString(), PG.location());

        assertThat(joined.exit()).as(joined.out() + joined.err()).isZero();
        assertThat(joined.out()).contains("beside the records it held already");
        String yearly = run(together.toString(), "report", "yearly", "--year", "2024").out();
        assertThat(run(PG.location(), "report", "yearly", "--year", "2024").out()).isEqualTo(yearly);
        Run check = run(PG.location(), "db", "check");
        assertThat(check.exit()).as(check.out()).isZero();
        // Every reference and every logged key points at the copied union's own rows.
        assertThat(one("SELECT count(*) FROM members m JOIN households h ON h.id = m.household_id"
                + " WHERE h.created_import_id IS DISTINCT FROM m.import_id")).isEqualTo("0");
        assertThat(one("SELECT count(*) FROM changes x LEFT JOIN households h ON x.table_name = 'households' AND h.id = x.row_id"
                + " WHERE x.table_name = 'households' AND h.id IS NULL")).isEqualTo("0");
        assertThat(one("SELECT count(*) FROM households")).isEqualTo(Long.toString(
                count(dongcheng, "households") + count(xicheng, "households")));
        // The copied history is undoable on the server: the joined union's roster, by its new id.
        String last = one("SELECT max(id) FROM imports");
        Run undo = run(PG.location(), "import", "--undo", last);
        assertThat(undo.exit()).as(undo.out() + undo.err()).isZero();
        assertThat(one("SELECT count(*) FROM households")).isEqualTo(Long.toString(count(dongcheng, "households")));
        // The server goes on drawing keys after the copied ones.
        Run next = run(PG.location(), "import", "--quiet", "examples/花名册-南岗区总工会-2024.xls");
        assertThat(next.exit()).as(next.err()).isIn(0, 1);
    }

    @Test
    void aFileImportedOnBothSidesIsRefusedWholeAndTheTargetIsUnchanged() throws Exception {
        Path dongcheng = filled("dongcheng.db", List.of("examples/花名册-东城区总工会-2024.xlsx"));
        Path twice = filled("twice.db", List.of("examples/花名册-南岗区总工会-2024.xls", "examples/花名册-东城区总工会-2024.xlsx"));
        assertThat(copy(dongcheng.toString(), PG.location()).exit()).isZero();
        Map<String, List<String>> before = postgres();

        Run r = copy(twice.toString(), PG.location());

        assertThat(r.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains("already holds 花名册-东城区总工会-2024.xlsx (its import 1; import 2 in " + twice + ")")
                .contains("Nothing was copied");
        assertThat(postgres()).isEqualTo(before);
    }

    @Test
    void aHeadOnFileAtAnotherUnionIsRefusedNamingItMasked() throws Exception {
        Path dongcheng = filled("dongcheng.db", List.of("examples/花名册-东城区总工会-2024.xlsx"));
        assertThat(copy(dongcheng.toString(), PG.location()).exit()).isZero();
        String head = one("SELECT min(head_id) FROM households");
        String union = one("SELECT union_name FROM households WHERE head_id = '" + head + "'");
        Path other = dir.resolve("other.csv");
        Files.writeString(other, "姓名,身份证号码,所属工会,困难类别,家庭人口,建档日期\n某某," + head + ",朝阳区总工会,深度困难,2,2023-02-15\n");
        Path chaoyang = filled("chaoyang.db", List.of(other.toString()));
        Map<String, List<String>> before = postgres();

        Run r = copy(chaoyang.toString(), PG.location());

        assertThat(r.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(r.err()).contains("head of household " + Masks.middle(head) + " on file at " + union).doesNotContain(head);
        assertThat(postgres()).isEqualTo(before);
    }

    @Test
    void failuresAreOneLineWithTheirExitCodesAndLeaveTheTargetAsItWas() throws Exception {
        Path source = filled("source.db", List.of("examples/花名册-东城区总工会-2024.xlsx"));
        Path target = dir.resolve("target.db");
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        Path notBangfu = dir.resolve("notes.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + notBangfu); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE notes (t TEXT)");
        }
        Path newer = filled("newer.db", List.of("examples/花名册-西城区总工会-2024.csv"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + (Stores.SCHEMA_VERSION + 1));
        }
        String unreachable = "postgresql://127.0.0.1:" + closed + "/bangfu?user=clerk";
        record Case(String from, String to, int exit, String says) {
        }
        for (Case c : List.of(
                new Case(source.toString(), unreachable, ExitCode.DATABASE, "127.0.0.1:" + closed),
                new Case(dir.resolve("missing.db").toString(), target.toString(), ExitCode.DATABASE, "no database here"),
                new Case(notBangfu.toString(), target.toString(), ExitCode.DATABASE, "not a bangfu database"),
                new Case(newer.toString(), target.toString(), ExitCode.DATABASE, "newer than this bangfu understands"),
                new Case(source.toString(), source.toString(), ExitCode.USAGE, "the same database"))) {
            Run r = copy(c.from, c.to);
            assertThat(r.exit()).as(c + ": " + r.err()).isEqualTo(c.exit);
            assertThat(r.err()).as(c.toString()).contains(c.says).doesNotContain("Exception");
            if (c.exit != ExitCode.USAGE) assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
            assertThat(target).as(c + " leaves no target behind").doesNotExist();
        }
        assertThat(postgres()).isEmpty();
    }

    /** The target's wait for its writers used to be reported through the source, whose engine cannot word it. */
    @Test
    void aCopyThatCannotWaitForTheTargetsWritersNamesTheTargetAndChangesNothing() throws Exception {
        Path east = filled("east.db", List.of("examples/花名册-东城区总工会-2024.xlsx"));
        assertThat(copy(east.toString(), PG.location()).exit()).isZero();
        Path west = filled("west.db", List.of("examples/花名册-西城区总工会-2024.csv"));
        Map<String, List<String>> before = postgres();
        Run refused;
        try (Connection writer = PG.connect()) {
            // another clerk's writing transaction: it holds the copy's lock on the target off until it ends
            writer.setAutoCommit(false);
            try (Statement s = writer.createStatement()) {
                s.execute("LOCK TABLE imports IN ROW EXCLUSIVE MODE");
            }
            refused = copy(west.toString(), PG.location() + "&options=-c%20lock_timeout%3D200ms");
            writer.rollback();
        }
        assertThat(refused.exit()).as(refused.out() + refused.err()).isEqualTo(ExitCode.DATABASE);
        assertThat(refused.err().strip().lines()).as(refused.err()).hasSize(1);
        assertThat(refused.err()).contains("postgresql://127.0.0.1").contains("the wait for them ran out")
                .doesNotContain("west.db").doesNotContain("Exception");
        assertThat(postgres()).isEqualTo(before);
    }

    @Test
    void aRowTheServerRefusesMidCopyFailsTheCopyInOneLineAndTheServerKeepsNothing() throws Exception {
        Path source = filled("source.db", EXAMPLES);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + source); Statement s = c.createStatement()) {
            // a member whose household is gone (SQLite checks no foreign key unless told): the server's COPY refuses it
            s.execute("INSERT INTO members (household_id, name) VALUES (999999, '无户')");
        }

        Run r = copy(source.toString(), PG.location());

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCode.DATABASE);
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.err().strip().lines()).as(r.err()).hasSize(1);
        assertThat(postgres()).isNotEmpty().allSatisfy((table, rows) -> assertThat(rows).as(table).isEmpty());
    }

    @Test
    void aBackupOfAServerDatabaseIsAVerifiedSqliteFileOfEveryRecord() throws Exception {
        List<String> args = new ArrayList<>(List.of("import", "--quiet"));
        args.addAll(EXAMPLES);
        assertThat(run(PG.location(), args.toArray(String[]::new)).exit()).isIn(0, 1);
        Path backup = dir.resolve("backup.db");

        Run r = run(PG.location(), "db", "backup", backup.toString());

        assertThat(r.exit()).as(r.out() + r.err()).isZero();
        assertThat(r.out()).contains(backup + " (integrity ok, schema version " + Stores.SCHEMA_VERSION);
        assertThat(sqlite(backup)).isEqualTo(postgres());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(dir.toFile().list()).containsExactly("backup.db");
        Run check = run(backup.toString(), "db", "check");
        assertThat(check.exit()).as(check.out()).isZero();
        assertThat(run(backup.toString(), "report", "yearly", "--year", "2024").out())
                .isEqualTo(run(PG.location(), "report", "yearly", "--year", "2024").out());
    }

    private static long count(Path db, String table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String one(String sql) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Every row of every table of an SQLite file, each column as text, in key order. */
    static Map<String, List<String>> sqlite(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            List<String> tables = strings(c, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name");
            return rows(c, tables);
        }
    }

    /** The same of the test database on the server, but its schema_version (SQLite keeps the version in the header). */
    static Map<String, List<String>> postgres() throws Exception {
        try (Connection c = PG.connect()) {
            List<String> tables = strings(c, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                    + " AND tablename <> 'schema_version' ORDER BY tablename COLLATE \"C\"");
            return rows(c, tables);
        }
    }

    private static Map<String, List<String>> rows(Connection c, List<String> tables) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String t : tables) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(null, null, t, null)) {
                while (rs.next()) columns.add(rs.getString("COLUMN_NAME"));
            }
            boolean keyed = columns.contains("id");
            List<String> rows = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY "
                    + (keyed ? "id" : String.join(", ", columns.stream().map(col -> "\"" + col + "\"").toList())))) {
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int i = 1; i <= n; i++) row.append(rs.getMetaData().getColumnName(i)).append('=').append(text(rs.getObject(i))).append(' ');
                    rows.add(row.toString());
                }
            }
            out.put(t, rows);
        }
        return out;
    }

    /** A value compared across engines: a number by its value (SQLite's 85.5 and PostgreSQL's numeric 85.5 alike). */
    private static String text(Object v) {
        if (v instanceof Number n) return new java.math.BigDecimal(n.toString()).stripTrailingZeros().toPlainString();
        return String.valueOf(v);
    }

    private static List<String> strings(Connection c, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
