package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.Sql;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during {@code import --undo} leaves the database as it was or fully undone, never in between. The
 * kills are placed by what the process does, not by a clock: once it has said what it is undoing (its checks
 * done, its write transaction open, its first rows changing), and once its write-ahead log starts to grow
 * (the commit being written).
 */
class UndoCrashIT {
    static final int BASE = 30;
    static final int ROWS = 30_000;

    @TempDir Path dir;

    Path db() {
        return dir.resolve("crash.db");
    }

    @Test
    void killedUndoLeavesTheDatabaseAsBeforeOrFullyUndone() throws Exception {
        // A small roster first, then a large one that files new households and changes some of the first ones.
        Path base = dir.resolve("base.csv");
        Path big = dir.resolve("big.csv");
        try (BufferedWriter b = Files.newBufferedWriter(base); BufferedWriter w = Files.newBufferedWriter(big)) {
            b.write(BigRoster.HEADER);
            w.write(BigRoster.HEADER);
            for (int i = 0; i < ROWS; i++) {
                boolean old = i % (ROWS / BASE) == 0;
                if (old) b.write(BigRoster.line(i, "深度困难", 3));
                w.write(BigRoster.line(i, old ? "相对困难" : "深度困难", old ? 4 : 3));
            }
        }
        assertThat(Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "base.csv").exit()).isZero();
        String before = digest();
        long n = importBig();
        String imported = digest();
        assertThat(imported).isNotEqualTo(before);

        // Killed right after it announced the undo: its write transaction is open and rows are being changed.
        Process p = Bangfu.builder(dir, "--db", "crash.db", "import", "--undo", Long.toString(n))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.contains("undoing:")) break;
            }
            kill(p);
        }
        n = checkAllOrNothing(n, before, imported);

        // Killed once its write-ahead log grows: the commit is being written (or has just been).
        Path wal = dir.resolve("crash.db-wal");
        p = Bangfu.builder(dir, "--db", "crash.db", "import", "--quiet", "--undo", Long.toString(n))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        while (p.isAlive() && size(wal) == 0) Thread.onSpinWait();
        kill(p);
        n = checkAllOrNothing(n, before, imported);

        Bangfu done = Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "--undo", Long.toString(n));
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(digest()).isEqualTo(before);
    }

    private long importBig() throws Exception {
        Bangfu r = Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "big.csv");
        assertThat(r.exit()).as(r.err()).isZero();
        return Sql.count(db(), "SELECT max(id) FROM imports");
    }

    /** 0 while the file is absent: SQLite creates the log when the database is opened and removes it on closing. */
    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException gone) {
            return 0;
        }
    }

    private static void kill(Process p) throws InterruptedException {
        p.destroyForcibly(); // SIGKILL on Linux
        p.waitFor();
    }

    /**
     * The database is sound and either as imported (the undo not marked) or as before the import (marked);
     * in the second case the file is imported again for the next kill. Returns the import to undo next.
     */
    private long checkAllOrNothing(long n, String before, String imported) throws Exception {
        assertThat(Sql.one(db(), "PRAGMA integrity_check")).isEqualTo("ok");
        assertThat(Sql.rows(db(), "PRAGMA foreign_key_check")).isEmpty();
        String now = digest();
        boolean undone = Sql.one(db(), "SELECT undone_at FROM imports WHERE id = " + n) != null;
        assertThat(now).as("undone %s", undone).isEqualTo(undone ? before : imported);
        return undone ? importBig() : n;
    }

    /**
     * Every row of every table but the imports bookkeeping. Imported again, the large roster gets a new import id
     * and a new time: ids after the first import read as one, and the times are left out.
     */
    private String digest() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db()); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'imports' ORDER BY name")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String t : tables) {
                sha.update(t.getBytes(StandardCharsets.UTF_8));
                try (ResultSet rs = s.executeQuery("SELECT * FROM " + t + " ORDER BY rowid")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        boolean importIdChange = t.equals("changes") && rs.getString("column_name").endsWith("import_id");
                        for (int i = 1; i <= columns; i++) {
                            String name = rs.getMetaData().getColumnName(i);
                            if (name.equals("recorded_at")) continue;
                            String v = rs.getString(i);
                            boolean importId = name.endsWith("import_id") || importIdChange && name.endsWith("_value");
                            if (importId && v != null && Long.parseLong(v) > 1) v = "later";
                            sha.update((v == null ? "\0" : v + "\1").getBytes(StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
