package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The forms of a PostgreSQL location a clerk may write, and a password never shown. */
class PostgresLocationTest {
    @Test
    void libpqFormAndDriverFormNameTheSameDatabase() {
        PostgresLocation libpq = PostgresLocation.parse("postgresql://db.example:5433/bangfu?user=clerk");
        PostgresLocation jdbc = PostgresLocation.parse("jdbc:postgresql://db.example:5433/bangfu?user=clerk");
        PostgresLocation shortForm = PostgresLocation.parse("postgres://clerk@db.example:5433/bangfu");
        for (PostgresLocation l : new PostgresLocation[] {libpq, jdbc, shortForm}) {
            assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/bangfu");
            assertThat(l.user()).isEqualTo("clerk");
            assertThat(l).hasToString("postgresql://db.example:5433/bangfu?user=clerk");
        }
    }

    @Test
    void onlyTheseFormsArePostgresEverythingElseIsAnSqliteFile() {
        assertThat(PostgresLocation.isPostgres("postgresql://h/db")).isTrue();
        assertThat(PostgresLocation.isPostgres("JDBC:PostgreSQL://h/db")).isTrue();
        assertThat(PostgresLocation.isPostgres("bangfu.db")).isFalse();
        assertThat(PostgresLocation.isPostgres("data/postgresql.db")).isFalse();
        assertThat(PostgresLocation.isPostgres("jdbc:sqlite:bangfu.db")).isFalse();
    }

    @Test
    void aPasswordInTheTextIsUsedButNeverShown() {
        PostgresLocation inUserInfo = PostgresLocation.parse("postgresql://clerk:s3cr%40t@h:5432/bangfu");
        PostgresLocation inQuery = PostgresLocation.parse("jdbc:postgresql://h:5432/bangfu?user=clerk&password=s3cr@t&sslmode=require");
        for (PostgresLocation l : new PostgresLocation[] {inUserInfo, inQuery}) {
            assertThat(l.properties(Map.of()).getProperty("password")).isEqualTo("s3cr@t");
            assertThat(l.toString()).doesNotContain("s3cr").isEqualTo("postgresql://h:5432/bangfu?user=clerk");
            assertThat(l.jdbcUrl()).doesNotContain("s3cr");
        }
        assertThat(inQuery.properties(Map.of()).getProperty("sslmode")).isEqualTo("require");
    }

    @Test
    void passwordAndUserComeFromTheEnvironmentAsLibpqTakesThem() {
        PostgresLocation l = PostgresLocation.parse("postgresql://h/bangfu");
        Properties props = l.properties(Map.of("PGPASSWORD", "from-env", "PGUSER", "envclerk"));
        assertThat(props.getProperty("password")).isEqualTo("from-env");
        assertThat(props.getProperty("user")).isEqualTo("envclerk");
        // written in the location wins over the environment
        Properties written = PostgresLocation.parse("postgresql://clerk:typed@h/bangfu").properties(Map.of("PGPASSWORD", "from-env"));
        assertThat(written.getProperty("password")).isEqualTo("typed");
        // neither: the driver reads ~/.pgpass itself, so nothing is set
        assertThat(l.properties(Map.of()).getProperty("password")).isNull();
    }

    @Test
    void aLocationWithoutHostOrPortMeansTheLocalServer() {
        PostgresLocation l = PostgresLocation.parse("postgresql:///bangfu?user=clerk");
        assertThat(l.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost/bangfu");
    }
}
