package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The test server: one per JVM, a database of its own per test class, reachable on the loopback only. */
class PostgresServerTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @Test
    void eachClassGetsAnEmptyDatabaseOfItsOwn() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_database(), count(*) FROM information_schema.tables WHERE table_schema = 'public' GROUP BY 1")) {
            assertThat(rs.next()).isFalse(); // no table at all
        }
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo(PG.database()).startsWith("t_postgresservertest_");
        }
    }

    @Test
    void theEmbeddedServerListensOnTheLoopbackOnly() throws Exception {
        if (System.getenv(PostgresServer.EXTERNAL) != null) return; // an external server is configured by its owner
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW listen_addresses")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("127.0.0.1");
        }
        assertThat(PostgresServer.get().port()).isPositive();
    }
}
