package bangfu.e2e;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresDatabase;
import bangfu.store.postgres.PostgresLocation;
import bangfu.store.postgres.PostgresServer;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Four clerks of four unions import their rosters and ledgers into one PostgreSQL database at the same moment,
 * as four processes of the real jar: all succeed, and the yearly report is the one the same files give imported
 * one after the other. The four are held at the door by a lock this test takes and let go together once the server
 * shows all four waiting for it: synchronised by what the server says, never by the clock.
 */
class PostgresConcurrencyIT {
    static final int UNIONS = 4;
    static final int HOUSEHOLDS = 1_500;
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;

    @Test
    void fourClerksAtOnceGiveTheReportOfOneAfterTheOther() throws Exception {
        List<List<String>> files = new ArrayList<>();
        for (int u = 0; u < UNIONS; u++) files.add(writeFiles(u));

        String sequential = FreshPostgres.createDatabase("sequential");
        try {
            String location = PostgresServer.get().location(sequential);
            for (List<String> f : files) {
                Bangfu run = Bangfu.run(dir, args(location, f));
                assertThat(run.exit()).as(run.err()).isZero();
            }
            String expected = report(location);
            assertThat(expected).contains("总工会0").contains("总工会3");

            // The schema is made first, so that all four wait on the same table.
            PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of()).close();
            List<Process> clerks = new ArrayList<>();
            try (Connection door = PG.connect()) {
                door.setAutoCommit(false);
                try (Statement s = door.createStatement()) {
                    s.execute("LOCK TABLE imports IN ACCESS EXCLUSIVE MODE");
                }
                for (List<String> f : files) {
                    ProcessBuilder pb = Bangfu.builder(dir, args(PG.location(), f));
                    pb.redirectOutput(dir.resolve("out-" + clerks.size() + ".txt").toFile());
                    pb.redirectError(dir.resolve("err-" + clerks.size() + ".txt").toFile());
                    clerks.add(pb.start());
                }
                waitUntilWaiting(UNIONS, clerks);
                door.rollback();
            }
            for (int i = 0; i < clerks.size(); i++) {
                Process p = clerks.get(i);
                assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("clerk " + i + " finished").isTrue();
                assertThat(p.exitValue()).as(Files.readString(dir.resolve("err-" + i + ".txt"))).isZero();
            }
            assertThat(report(PG.location())).isEqualTo(expected);
            try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*), count(DISTINCT head_id) FROM households")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo((long) UNIONS * HOUSEHOLDS);
                assertThat(rs.getLong(2)).isEqualTo((long) UNIONS * HOUSEHOLDS);
            }
        } finally {
            FreshPostgres.dropDatabase(sequential);
        }
    }

    /** Waits until {@code n} sessions wait for a lock on imports (each clerk is then past its start-up). */
    private static void waitUntilWaiting(int n, List<Process> clerks) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            while (true) {
                for (Process p : clerks) if (!p.isAlive()) throw new AssertionError("a clerk ended while the door was shut");
                try (ResultSet rs = s.executeQuery(
                        "SELECT count(*) FROM pg_locks WHERE NOT granted AND relation = 'imports'::regclass")) {
                    rs.next();
                    if (rs.getInt(1) >= n) return;
                }
                Thread.onSpinWait();
            }
        }
    }

    private static String[] args(String location, List<String> files) {
        List<String> a = new ArrayList<>(List.of("--db", location, "import", "--quiet"));
        a.addAll(files);
        return a.toArray(String[]::new);
    }

    private String report(String location) throws Exception {
        Bangfu run = Bangfu.run(dir, "--lang", "zh", "--db", location, "report", "yearly", "--year", "2024", "--by", "union",
                "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        return run.out();
    }

    /** Union u's roster and ledger: households of their own, three payments each. */
    private List<String> writeFiles(int u) throws Exception {
        Path roster = dir.resolve("roster-" + u + ".csv");
        Path ledger = dir.resolve("ledger-" + u + ".csv");
        try (BufferedWriter r = Files.newBufferedWriter(roster); BufferedWriter l = Files.newBufferedWriter(ledger)) {
            r.write("姓名,身份证号码,所属工会,困难类别,家庭人口,建档日期\n");
            l.write("姓名,身份证号码,救助类型,金额（元）,发放日期,资金来源\n");
            for (int i = 0; i < HOUSEHOLDS; i++) {
                int n = u * HOUSEHOLDS + i;
                String birth = String.format("19%02d%02d%02d", 50 + n / 336 % 40, 1 + n / 28 % 12, 1 + n % 28);
                String head = id(birth, 100 + u);
                r.write("职工" + n + "," + head + ",总工会" + u + "," + (i % 3 == 0 ? "深度困难" : "相对困难") + "," + (1 + i % 5)
                        + ",2023-0" + (1 + i % 9) + "-15\n");
                for (int k = 0; k < 3; k++) {
                    l.write("职工" + n + "," + head + "," + (k == 1 ? "医疗救助" : "生活救助") + "," + (300 + 10 * (i % 17) + k) + ",2024-0"
                            + (1 + k * 3) + "-1" + (i % 9) + "," + (k == 2 ? "省级" : "中央财政") + "\n");
                }
            }
        }
        return List.of(roster.toString(), ledger.toString());
    }
}
