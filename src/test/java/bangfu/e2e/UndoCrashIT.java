package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL at any step of {@code import --undo} leaves the database as it was or fully undone, never in between.
 * The steps are the undo's own progress lines ({@link KilledRun}), not a clock: its checks done and its write
 * transaction open, each statement written, the commit about to run, the commit done. At each step a frozen
 * copy of the files shows what a kill there would leave (the process may have gone on a little before it was
 * frozen, so either state is right until the commit is done); real kills end the processes.
 */
class UndoCrashIT {
    static final int BASE = 30;
    static final int ROWS = 20_000;

    @TempDir Path dir;

    @Test
    void killedUndoLeavesTheDatabaseAsBeforeOrFullyUndone() throws Exception {
        // A small roster first, then a large one that files new households and changes some of the first ones.
        try (BufferedWriter b = Files.newBufferedWriter(dir.resolve("base.csv"));
             BufferedWriter w = Files.newBufferedWriter(dir.resolve("big.csv"))) {
            b.write(BigRoster.HEADER);
            w.write(BigRoster.HEADER);
            for (int i = 0; i < ROWS; i++) {
                boolean old = i % (ROWS / BASE) == 0;
                if (old) b.write(BigRoster.line(i, "深度困难", 3));
                w.write(BigRoster.line(i, old ? "相对困难" : "深度困难", old ? 4 : 3));
            }
        }
        Path db = dir.resolve("crash.db");
        assertThat(Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "base.csv").exit()).isZero();
        String before = digest(db);
        Bangfu big = Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "big.csv");
        assertThat(big.exit()).as(big.err()).isZero();
        String n = Sql.one(db, "SELECT max(id) FROM imports");
        String imported = digest(db);
        assertThat(imported).isNotEqualTo(before);
        List<String> either = List.of("as imported " + imported, "undone " + before);

        // Every step up to the commit, frozen and copied; then killed for real just before the commit.
        List<String> steps = new ArrayList<>();
        try (KilledRun undo = KilledRun.start(dir, "--db", "crash.db", "import", "--quiet", "--undo", n)) {
            for (KilledRun.Step at; (at = undo.freezeAt(s -> !s.event().equals("start"))) != null; ) {
                steps.add(at.event() + " " + at.file());
                if (at.event().equals("committing")) {
                    undo.kill();
                    break;
                }
                Path copy = undo.copyDatabase(db, dir.resolve("frozen-" + steps.size()));
                assertThat(state(copy, n)).as("frozen at %s", at).isIn(either);
                deleteTree(copy.getParent());
            }
        }
        assertThat(steps).as("the undo's steps").contains("undoing import " + n, "rows households", "rows status_history",
                "rows changes", "rows imports", "committing ");
        String killed = state(db, n);
        assertThat(killed).as("killed at its commit").isIn(either);
        if (killed.startsWith("undone")) {
            // Undone after all: imported again (which an undone file may be), to be undone once more.
            assertThat(Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "big.csv").exit()).isZero();
            n = Sql.one(db, "SELECT max(id) FROM imports");
        }

        // Killed once its commit is done, before the process ends.
        try (KilledRun undo = KilledRun.start(dir, "--db", "crash.db", "import", "--quiet", "--undo", n)) {
            assertThat(undo.freezeAt(s -> s.event().equals("committed"))).isNotNull();
            undo.kill();
        }
        assertThat(state(db, n)).as("killed after its commit").isEqualTo("undone " + before);
    }

    /** Sound, and either as imported with the undo not marked, or as before the import with it marked. */
    private static String state(Path db, String n) throws Exception {
        assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(Sql.rows(db, "PRAGMA foreign_key_check")).isEmpty();
        boolean undone = Sql.one(db, "SELECT undone_at FROM imports WHERE id = " + n) != null;
        return (undone ? "undone " : "as imported ") + digest(db);
    }

    /** Every row of every table but the imports bookkeeping. */
    private static String digest(Path db) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'imports' ORDER BY name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                sha.update(t.getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String v = rs.getString(i);
                            sha.update((v == null ? "\0" : v + "\1").getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void deleteTree(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
