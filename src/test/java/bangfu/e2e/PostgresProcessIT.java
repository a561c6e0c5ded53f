package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar against a real PostgreSQL server: the location from --db or BANGFU_DB, the password from
 * PGPASSWORD, and every refusal one line on stderr with exit code 4 and no password in it.
 */
class PostgresProcessIT {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;

    @Test
    void importAndReportThroughBangfuDbWithThePasswordFromPgpassword() throws Exception {
        assumeTrue(PostgresServer.get().embedded(), "needs the embedded server's password rule");
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE it_clerk LOGIN PASSWORD 'it-secret-pw' IN ROLE " + PostgresServer.PASSWORD_GROUP);
        }
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("GRANT ALL ON SCHEMA public TO it_clerk");
        }
        String location = "postgresql://127.0.0.1:" + PostgresServer.get().port() + "/" + PG.database() + "?user=it_clerk";
        Path roster = Path.of("examples/花名册-东城区总工会-2024.xlsx").toAbsolutePath();
        Bangfu imported = Bangfu.run(dir, Map.of("BANGFU_DB", location, "PGPASSWORD", "it-secret-pw"), "--lang", "en", "import", roster.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("read 12, inserted 12");
        Bangfu report = Bangfu.run(dir, Map.of("BANGFU_DB", location, "PGPASSWORD", "it-secret-pw"), "--lang", "en", "report", "yearly",
                "--year", "2024", "--format", "csv");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(report.out()).contains("12");

        Bangfu wrong = Bangfu.run(dir, Map.of("BANGFU_DB", location, "PGPASSWORD", "not-it"), "--lang", "en", "report", "yearly", "--year", "2024");
        assertThat(wrong.exit()).isEqualTo(4);
        assertThat(wrong.err().strip()).startsWith("bangfu: " + location + ": the server refused user it_clerk")
                .doesNotContain("not-it").doesNotContain("it-secret-pw").doesNotContain("Exception");
        assertThat(wrong.err().strip().lines()).hasSize(1);
    }

    @Test
    void aPasswordInTheLocationIsNeverPrinted() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            port = socket.getLocalPort();
        }
        String location = "postgresql://clerk:typed-secret-pw@127.0.0.1:" + port + "/bangfu";
        for (String lang : new String[] {"en", "zh"}) {
            Bangfu run = Bangfu.run(dir, "--lang", lang, "--db", location, "report", "yearly", "--year", "2024");
            assertThat(run.exit()).isEqualTo(4);
            assertThat(run.err()).contains("127.0.0.1:" + port).doesNotContain("typed-secret-pw").doesNotContain("Exception");
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aMissingDatabaseAndANewerSchemaAreOneLineAndExitFour() throws Exception {
        Bangfu missing = Bangfu.run(dir, "--lang", "en", "--db", PostgresServer.get().location("no_such_db_here"), "report", "yearly", "--year", "2024");
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("the server has no database no_such_db_here");
        Path roster = Path.of("examples/花名册-东城区总工会-2024.xlsx").toAbsolutePath();
        assertThat(Bangfu.run(dir, "--db", PG.location(), "import", "--quiet", roster.toString()).exit()).isZero();
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = version + 1");
        }
        try {
            Bangfu newer = Bangfu.run(dir, "--lang", "en", "--db", PG.location(), "import", roster.toString());
            assertThat(newer.exit()).isEqualTo(4);
            assertThat(newer.err()).contains("newer than this bangfu understands").doesNotContain("Exception");
            assertThat(newer.err().strip().lines()).hasSize(1);
        } finally {
            PG.wipe();
        }
    }
}
