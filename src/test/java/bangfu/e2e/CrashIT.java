package bangfu.e2e;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.Sql;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGKILL during an import leaves the database consistent: the file is all there or not at all. */
class CrashIT {
    static final int ROWS = 150_000;

    @TempDir Path dir;

    @Test
    void killedImportsLeaveAllOrNothing() throws Exception {
        Path csv = dir.resolve("big.csv");
        try (BufferedWriter w = Files.newBufferedWriter(csv)) {
            w.write("姓名,身份证号码,所属工会,困难类别,家庭人口,家庭年收入\n");
            for (int i = 0; i < ROWS; i++) {
                int day = i % 16_800; // 50 years × 12 months × 28 days, then the next sequence number
                String birth = String.format("19%02d%02d%02d", 50 + day / 336, 1 + day / 28 % 12, 1 + day % 28);
                w.write("职工" + i + "," + id(birth, i / 16_800) + ",总工会" + i % 7 + ",深度困难,3,24000\n");
            }
        }
        Path db = dir.resolve("crash.db");
        Bangfu.run(dir, "--db", "crash.db", "import", "--dry-run", "--quiet", "nothing.csv");
        int[] killAfterMillis = {1200, 2000, 2800};
        for (int wait : killAfterMillis) {
            Process p = Bangfu.builder(dir, "--db", "crash.db", "import", "--quiet", "big.csv")
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            boolean finished = p.waitFor(wait, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly(); // SIGKILL on Linux
                p.waitFor();
            }
            assertThat(Sql.one(db, "PRAGMA integrity_check")).isEqualTo("ok");
            long households = Sql.count(db, "SELECT count(*) FROM households");
            long imports = Sql.count(db, "SELECT count(*) FROM imports");
            assertThat(households).as("after a kill at %d ms", wait).isIn(0L, (long) ROWS);
            assertThat(imports).as("%s", Sql.rows(db, "SELECT * FROM imports")).isEqualTo(households == 0 ? 0 : 1);
            if (households == ROWS) break;
        }
        Bangfu done = Bangfu.run(dir, "--db", "crash.db", "import", "--quiet", "big.csv");
        assertThat(done.exit()).as(done.err()).isZero();
        assertThat(Sql.count(db, "SELECT count(*) FROM households")).isEqualTo(ROWS);
        assertThat(Sql.count(db, "SELECT count(*) FROM status_history")).isEqualTo(ROWS);
    }
}
