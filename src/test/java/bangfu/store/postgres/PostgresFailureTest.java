package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bangfu.model.Lang;
import bangfu.store.sqlite.Database;
import bangfu.store.DatabaseException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every way a PostgreSQL database cannot be used, met on a real server, says so in one sentence without the
 * password: a closed port, a wrong password, a missing database, a user without rights, a lock held too long,
 * a full disk, a newer schema, another program's tables.
 */
class PostgresFailureTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    private static final Map<String, String> NO_ENV = Map.of();

    private static String sentence(DatabaseException e) {
        return e.reason().render(Lang.EN);
    }

    private static DatabaseException refusal(PostgresLocation location, Map<String, String> env) {
        return org.junit.jupiter.api.Assertions.assertThrows(DatabaseException.class,
                () -> PostgresDatabase.open(location, env).close());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aClosedPortIsNoServerThereAndThePasswordIsNotRepeated() throws Exception {
        int port = closedPort();
        DatabaseException e = refusal(PostgresLocation.parse("postgresql://clerk:hunter2secret@127.0.0.1:" + port + "/bangfu"), NO_ENV);
        assertThat(e.reason().key()).isEqualTo("db.pg_refused");
        assertThat(sentence(e)).startsWith("postgresql://127.0.0.1:" + port + "/bangfu?user=clerk: no PostgreSQL server answers at 127.0.0.1:" + port)
                .doesNotContain("hunter2secret").doesNotContain("\n");
        DatabaseException inQuery = refusal(PostgresLocation.parse("jdbc:postgresql://127.0.0.1:" + port + "/bangfu?user=clerk&password=hunter2secret"), NO_ENV);
        assertThat(sentence(inQuery)).doesNotContain("hunter2secret");
        assertThat(String.valueOf(inQuery.getMessage())).doesNotContain("hunter2secret");
    }

    @Test
    void aWrongPasswordIsRefusedByNameWithoutShowingEitherPassword() throws Exception {
        assumeTrue(PostgresServer.get().embedded(), "needs the embedded server's password rule");
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE pw_clerk LOGIN PASSWORD 'right-one' IN ROLE " + PostgresServer.PASSWORD_GROUP);
            s.execute("GRANT ALL ON DATABASE " + PG.database() + " TO pw_clerk");
        }
        String url = "postgresql://127.0.0.1:" + PostgresServer.get().port() + "/" + PG.database() + "?user=pw_clerk";
        DatabaseException wrong = refusal(PostgresLocation.parse(url), Map.of("PGPASSWORD", "wrong-one"));
        assertThat(wrong.reason().key()).isEqualTo("db.pg_auth");
        assertThat(sentence(wrong)).contains("refused user pw_clerk").doesNotContain("wrong-one").doesNotContain("right-one");
        DatabaseException none = refusal(PostgresLocation.parse(url), NO_ENV);
        assertThat(none.reason().key()).isEqualTo("db.pg_auth");
        // the right password from PGPASSWORD opens it
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("GRANT CREATE, USAGE ON SCHEMA public TO pw_clerk");
        }
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(url), Map.of("PGPASSWORD", "right-one"))) {
            assertThat(db.schemaVersion()).isEqualTo(PostgresSchema.current());
        } finally {
            PG.wipe();
        }
    }

    @Test
    void aMissingDatabaseIsNamed() {
        PostgresLocation l = PostgresLocation.parse(PostgresServer.get().location("no_such_bangfu"));
        DatabaseException e = refusal(l, NO_ENV);
        assertThat(e.reason().key()).isEqualTo("db.pg_no_database");
        assertThat(sentence(e)).contains("the server has no database no_such_bangfu");
    }

    @Test
    void aUserWithoutRightsOnTheTablesIsToldToAskForThem() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), NO_ENV)) {
            assertThat(db.schemaVersion()).isEqualTo(PostgresSchema.current());
        }
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE no_rights LOGIN");
        }
        try {
            PostgresLocation l = PostgresLocation.parse(PostgresServer.get().location(PG.database()).replace("user=postgres", "user=no_rights"));
            DatabaseException e = refusal(l, NO_ENV);
            assertThat(e.reason().key()).as(sentence(e)).isEqualTo("db.pg_permission");
            assertThat(sentence(e)).contains("user no_rights lacks the rights").contains("permission denied for table schema_version");
        } finally {
            PG.wipe();
            try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
                s.execute("DROP ROLE no_rights");
            }
        }
    }

    @Test
    void aUserWithoutUseOfAnySchemaIsAlsoToldToAskForRights() throws Exception {
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE no_schema LOGIN");
        }
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
        }
        try {
            PostgresLocation l = PostgresLocation.parse(PostgresServer.get().location(PG.database()).replace("user=postgres", "user=no_schema"));
            DatabaseException e = refusal(l, NO_ENV);
            assertThat(e.reason().key()).as(sentence(e)).isEqualTo("db.pg_permission");
            assertThat(sentence(e)).contains("user no_schema lacks the rights");
        } finally {
            PG.wipe();
            try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
                s.execute("DROP ROLE no_schema");
            }
        }
    }

    @Test
    void aLockHeldByAnotherTransactionEndsInTheLockSentenceNotAHang() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), NO_ENV)) {
            assertThat(db.schemaVersion()).isPositive();
        }
        // The other clerk's transaction holds the table until this test has seen the refusal: no race, no clock.
        try (Connection other = PG.connect()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute("LOCK TABLE schema_version IN ACCESS EXCLUSIVE MODE");
            }
            PostgresLocation l = PostgresLocation.parse(PG.location() + "&options=-c%20lock_timeout%3D200ms");
            DatabaseException e = refusal(l, NO_ENV);
            assertThat(e.reason().key()).isEqualTo("db.pg_locked");
            assertThat(sentence(e)).contains("another clerk's import holds rows this one needs");
            other.rollback();
        } finally {
            PG.wipe();
        }
    }

    @Test
    void withoutASettingOfItsOwnTheSessionWaitsAMinuteForLocksNotForEver() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), NO_ENV);
             Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SHOW lock_timeout")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("1min");
        } finally {
            PG.wipe();
        }
    }

    @Test
    void aFullDiskOnTheServerIsTheDiskFullSentence() throws Exception {
        // A real ENOSPC on the server's disk cannot be arranged here; the server raises the same SQLState 53100.
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), NO_ENV);
             Statement s = db.connection().createStatement()) {
            SQLException raised = org.junit.jupiter.api.Assertions.assertThrows(SQLException.class, () -> s.execute(
                    "DO $$ BEGIN RAISE EXCEPTION 'could not extend file \"base/1/2\": No space left on device' USING ERRCODE = 'disk_full'; END $$"));
            DatabaseException e = db.failure(raised);
            assertThat(e.reason().key()).isEqualTo("db.pg_full");
            assertThat(sentence(e)).contains("the database server's disk is full; nothing of this file was written");
        } finally {
            PG.wipe();
        }
    }

    @Test
    void aNewerSchemaIsRefusedWithSqlitesSentenceAndLeftAsItWas() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), NO_ENV)) {
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE schema_version SET version = " + (Database.SCHEMA_VERSION + 1));
        }
        try {
            PostgresLocation l = PostgresLocation.parse(PG.location());
            for (DatabaseException e : new DatabaseException[] {refusal(l, NO_ENV),
                    org.junit.jupiter.api.Assertions.assertThrows(DatabaseException.class, () -> PostgresDatabase.openExisting(l, NO_ENV))}) {
                assertThat(e.reason().key()).isEqualTo("db.newer_schema");
                assertThat(sentence(e)).isEqualTo(l + ": the database has schema version " + (Database.SCHEMA_VERSION + 1)
                        + ", newer than this bangfu understands (" + Database.SCHEMA_VERSION + "). Use a newer bangfu; this one will not touch it.");
            }
            try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(Database.SCHEMA_VERSION + 1);
            }
        } finally {
            PG.wipe();
        }
    }

    @Test
    void anotherProgramsTablesAreNotTakenOver() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE invoices (id integer)");
        }
        try {
            DatabaseException e = refusal(PostgresLocation.parse(PG.location()), NO_ENV);
            assertThat(e.reason().key()).isEqualTo("check.db_not_bangfu");
            try (Connection c = PG.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        } finally {
            PG.wipe();
        }
    }

    @Test
    void aReadingCommandFindsAnEmptyDatabaseEmptyAndCreatesNothing() throws Exception {
        PostgresLocation l = PostgresLocation.parse(PG.location());
        DatabaseException e = assertThrows(() -> PostgresDatabase.openExisting(l, NO_ENV));
        assertThat(e.reason().key()).isEqualTo("db.pg_empty");
        try (Connection c = PG.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    private static DatabaseException assertThrows(org.junit.jupiter.api.function.Executable run) {
        return org.junit.jupiter.api.Assertions.assertThrows(DatabaseException.class, run);
    }

    @Test
    void thePasswordFileIsReadByTheDriverWhenNothingElseGivesOne() throws Exception {
        assumeTrue(PostgresServer.get().embedded(), "needs the embedded server's password rule");
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            s.execute("CREATE ROLE pgpass_clerk LOGIN PASSWORD 'from-the-file' IN ROLE " + PostgresServer.PASSWORD_GROUP);
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("pgpass", "");
        String before = System.getProperty("org.postgresql.pgpassfile");
        try {
            java.nio.file.Files.writeString(file, "127.0.0.1:" + PostgresServer.get().port() + ":*:pgpass_clerk:from-the-file\n");
            // the driver's own name for PGPASSFILE, which a test cannot set in its own environment
            System.setProperty("org.postgresql.pgpassfile", file.toString());
            PostgresLocation l = PostgresLocation.parse(PostgresServer.get().location(PG.database()).replace("user=postgres", "user=pgpass_clerk"));
            DatabaseException e = assertThrows(() -> PostgresDatabase.openExisting(l, NO_ENV));
            // logged in with the file's password: what stops it now is the empty database, not the login
            assertThat(e.reason().key()).isEqualTo("db.pg_empty");
        } finally {
            if (before == null) System.clearProperty("org.postgresql.pgpassfile");
            else System.setProperty("org.postgresql.pgpassfile", before);
            java.nio.file.Files.delete(file);
        }
    }
}
