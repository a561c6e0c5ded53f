package bangfu.store.postgres;

import bangfu.model.Message;
import bangfu.store.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema on PostgreSQL, migrated forward by the same version numbers as SQLite's, one script per version under
 * /bangfu/store/postgres/. PostgreSQL starts at a baseline of version 8 (no earlier PostgreSQL database exists);
 * a later version adds its script to both engines' lists. The version is the one row of {@code schema_version}.
 */
public final class PostgresSchema {
    /** The first version PostgreSQL knows: its script creates the whole schema at once. */
    static final int BASELINE = 8;
    /** Scripts for versions BASELINE, BASELINE + 1, …: one per version, as on SQLite. */
    static final List<String> SCRIPTS = List.of("V8__baseline.sql", "V9__imported_by.sql", "V10__visit_years.sql",
            "V11__report_indexes.sql");
    /** Taken for the length of a migration, so that clerks starting at once on a new database make it once. */
    private static final long MIGRATION_LOCK = 0x62616e676675L; // "bangfu"

    private PostgresSchema() {
    }

    /** The schema this build writes: the same number as SQLite's. */
    public static int current() {
        return BASELINE + SCRIPTS.size() - 1;
    }

    /**
     * Brings the database to {@link #current()} in one transaction, creating the schema in an empty database.
     * A database with tables of another program, or with a newer schema, is refused and left as it was.
     */
    static void migrate(Connection connection, PostgresLocation location) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
            migrateUncommitted(connection, location);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Brings the database to {@link #current()} inside the connection's open transaction and leaves it open, for a
     * rehearsal that rolls it back: nothing is committed, so no other clerk ever sees these tables. No advisory lock is
     * taken, since it would keep every other clerk's opening waiting until the rehearsal ends; two first schemas made
     * at once cannot both commit anyway, and this one never does. {@link #migrate} runs it under the lock and commits.
     */
    static void migrateUncommitted(Connection connection, PostgresLocation location) throws SQLException {
        int version = version(connection);
        if (version == 0 && tableCount(connection) > 0) {
            throw new DatabaseException(Message.of("check.db_not_bangfu", location), null);
        }
        if (version > current()) {
            throw new DatabaseException(Message.of("db.newer_schema", location, version, current()), null);
        }
        try (Statement s = connection.createStatement()) {
            for (int v = Math.max(version + 1, BASELINE); v <= current(); v++) {
                s.execute(script(SCRIPTS.get(v - BASELINE)));
                s.execute(version == 0 && v == BASELINE ? "INSERT INTO schema_version (version) VALUES (" + v + ")"
                        : "UPDATE schema_version SET version = " + v);
            }
        }
    }

    /**
     * Checks without writing that the database holds bangfu's schema at {@link #current()}: for commands that only
     * read, which must not create tables in a mistyped database.
     */
    static void requireCurrent(Connection connection, PostgresLocation location) throws SQLException {
        int version = requireKnown(connection, location);
        if (version < current()) throw new DatabaseException(Message.of("check.db_old_schema", location, version), null);
    }

    /** Checks without writing that the database holds a bangfu schema this build knows; returns its version. */
    static int requireKnown(Connection connection, PostgresLocation location) throws SQLException {
        int version = version(connection);
        if (version == 0) {
            String key = tableCount(connection) > 0 ? "check.db_not_bangfu" : "db.pg_empty";
            throw new DatabaseException(Message.of(key, location), null);
        }
        if (version > current()) throw new DatabaseException(Message.of("db.newer_schema", location, version, current()), null);
        return version;
    }

    /** The schema version, 0 when the database has no bangfu schema. */
    static int version(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            rs.next();
            if (!rs.getBoolean(1)) return 0;
        }
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static long tableCount(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A script's text; the driver runs all its statements in one call. */
    static String script(String name) {
        try (InputStream in = PostgresSchema.class.getResourceAsStream("/bangfu/store/postgres/" + name)) {
            if (in == null) throw new IllegalStateException("missing migration postgres/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("missing migration postgres/" + name, e);
        }
    }
}
