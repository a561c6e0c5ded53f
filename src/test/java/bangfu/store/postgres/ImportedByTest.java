package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.store.sqlite.Sql;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each import records who ran it: the database user on PostgreSQL; nobody on SQLite, whose file is one clerk's own. */
class ImportedByTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;

    @Test
    void onPostgresqlTheDatabaseUserOnSqliteNull() throws Exception {
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE clerk_nangang LOGIN");
        }
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("GRANT ALL ON SCHEMA public TO clerk_nangang");
        }
        String asClerk = PG.location().replace("user=postgres", "user=clerk_nangang");
        assertThat(Run.of("--db", asClerk, "import", "--quiet", "examples/花名册-东城区总工会-2024.xlsx").exit()).isZero();
        try (Connection c = PG.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT file_name, imported_by FROM imports")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("花名册-东城区总工会-2024.xlsx");
            assertThat(rs.getString(2)).isEqualTo("clerk_nangang");
            assertThat(rs.next()).isFalse();
        } finally {
            PG.wipe();
        }

        Path file = dir.resolve("bangfu.db");
        assertThat(Run.of("--db", file.toString(), "import", "--quiet", "examples/花名册-东城区总工会-2024.xlsx").exit()).isZero();
        assertThat(Sql.rows(file, "SELECT imported_by IS NULL FROM imports")).containsExactly(java.util.List.of("1"));
    }
}
