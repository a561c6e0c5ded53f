package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code db backup} and {@code db check} as processes, while another bangfu imports into the same database. */
class BackupIT {
    static final int ROWS = 15_000;

    @TempDir Path dir;

    @Test
    void backupWhileAnotherProcessImportsNeitherWaitsNorDisturbsIt() throws Exception {
        BigRoster.write(dir.resolve("big.csv"), ROWS);
        Path db = dir.resolve("union.db");
        // An ASCII name: under LANG=C the JVM cannot decode a Chinese file name given on the command line.
        Files.copy(Path.of("examples/花名册-东城区总工会-2024.xlsx"), dir.resolve("roster.xlsx"));
        assertThat(Bangfu.run(dir, "--db", "union.db", "import", "--quiet", "roster.xlsx").exit()).isZero();
        long before = Sql.count(db, "SELECT count(*) FROM households");

        Process importing = Bangfu.builder(dir, "--db", "union.db", "import", "--quiet", "big.csv")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        // The import holds the write lock from its first row to its commit: back up once it has taken it.
        while (importing.isAlive() && !writeLocked(db)) Thread.onSpinWait();
        Bangfu backup = Bangfu.run(dir, "--db", "union.db", "db", "backup", "backup.db");
        assertThat(importing.waitFor(300, TimeUnit.SECONDS)).isTrue();

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(importing.exitValue()).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM households")).isEqualTo(before + ROWS);
        Path copy = dir.resolve("backup.db");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        // The import was either committed before the copy began, or not at all: never half of it.
        assertThat(Sql.count(copy, "SELECT count(*) FROM households")).isIn(before, before + ROWS);
        Bangfu check = Bangfu.run(dir, "--lang", "en", "--db", "backup.db", "db", "check");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(check.out()).contains("pages (integrity_check)         ok");
        assertThat(check.err()).isEmpty();
    }

    /** Whether another connection holds the write lock: a write transaction cannot start at once. */
    private static boolean writeLocked(Path db) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 0");
            s.execute("BEGIN IMMEDIATE");
            s.execute("ROLLBACK");
            return false;
        } catch (SQLException busy) {
            return true;
        }
    }
}
