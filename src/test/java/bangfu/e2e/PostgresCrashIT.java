package bangfu.e2e;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.postgres.FreshPostgres;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL during a PostgreSQL import leaves that file wholly absent (or, killed after its commit, wholly there):
 * the server rolls back the transaction of a connection that died. Kill points are chosen by progress, as in
 * {@link CrashIT}; the database is read by another connection, which sees only what was committed.
 */
class PostgresCrashIT {
    static final int ROWS = 2_000;
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;

    @Test
    void aKilledImportLeavesItsFileAllOrNothing() throws Exception {
        Path roster = dir.resolve("roster.csv");
        Path ledger = dir.resolve("ledger.csv");
        try (BufferedWriter r = Files.newBufferedWriter(roster); BufferedWriter l = Files.newBufferedWriter(ledger)) {
            r.write("姓名,身份证号码,所属工会,困难类别\n");
            l.write("姓名,身份证号码,救助类型,金额（元）,发放日期,资金来源\n");
            for (int i = 0; i < ROWS; i++) {
                String head = id(String.format("19%02d%02d%02d", 50 + i / 336 % 40, 1 + i / 28 % 12, 1 + i % 28), 7);
                r.write("职工" + i + "," + head + ",总工会,深度困难\n");
                l.write("职工" + i + "," + head + ",生活救助,500,2024-03-01,中央财政\n");
            }
        }
        record Point(String name, Predicate<KilledRun.Step> step) {
        }
        for (Point p : new Point[] {
            new Point("ledger at 500 rows", KilledRun.Step.rows("ledger.csv", 500)),
            new Point("ledger committing", KilledRun.Step.committing("ledger.csv"))}) {
            PG.wipe();
            try (KilledRun bangfu = KilledRun.start(dir, "--db", PG.location(), "import", "--quiet", "roster.csv", "ledger.csv")) {
                assertThat(bangfu.freezeAt(p.step())).as(p.name()).isNotNull();
                bangfu.kill();
            }
            assertThat(count("SELECT count(*) FROM households")).as(p.name()).isEqualTo(ROWS);
            long payments = count("SELECT count(*) FROM assistance");
            long ledgerImports = count("SELECT count(*) FROM imports WHERE file_name = 'ledger.csv'");
            if (ledgerImports == 0) {
                assertThat(payments).as(p.name() + ": nothing of the ledger").isZero();
            } else {
                assertThat(ledgerImports).isEqualTo(1);
                assertThat(count("SELECT count(*) FROM imports WHERE file_name = 'ledger.csv' AND finished_at IS NOT NULL")).isEqualTo(1);
                assertThat(payments).as(p.name() + ": all of the ledger").isEqualTo(ROWS);
            }
            if (p.name().contains("500")) assertThat(ledgerImports).as("killed long before its commit").isZero();
            // the killed clerk's locks are gone with its connection: the same import now goes through
            Bangfu again = Bangfu.run(dir, "--db", PG.location(), "import", "--quiet", "ledger.csv");
            assertThat(again.exit()).as(again.err()).isZero();
            assertThat(count("SELECT count(*) FROM assistance")).isEqualTo(ROWS);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = PG.connect(); PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
