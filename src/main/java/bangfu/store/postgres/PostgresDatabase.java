package bangfu.store.postgres;

import bangfu.model.Message;
import bangfu.store.DatabaseException;
import bangfu.store.jdbc.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * One connection to a bangfu database on a PostgreSQL server: opened with the clerk's credentials, given a lock
 * timeout, checked or migrated to the schema this build writes, closed. Every failure is one sentence (exit 4).
 */
public final class PostgresDatabase implements Engine, AutoCloseable {
    /**
     * How long a statement waits for rows another clerk's open import holds, unless the server says otherwise
     * (an administrator's {@code ALTER ROLE … SET lock_timeout}, or {@code options=-c lock_timeout=…} in the
     * location): long enough for a file-sized import of another union to finish, short of hanging for ever.
     */
    static final String LOCK_TIMEOUT = "60s";

    private final PostgresLocation location;
    private final Map<String, String> env;
    private final Connection connection;

    private PostgresDatabase(PostgresLocation location, Map<String, String> env, Connection connection) {
        this.location = location;
        this.env = Map.copyOf(env);
        this.connection = connection;
    }

    /** Connects and brings the schema up to date, creating it in an empty database: for imports. */
    public static PostgresDatabase open(PostgresLocation location, Map<String, String> env) {
        return opened(location, env, c -> PostgresSchema.migrate(c, location));
    }

    /**
     * Connects to a database that must hold bangfu's tables already, and brings an older schema up to date as an
     * import would: a report against a mistyped, empty database creates nothing in it.
     */
    public static PostgresDatabase openExisting(PostgresLocation location, Map<String, String> env) {
        return opened(location, env, c -> {
            PostgresSchema.requireKnown(c, location);
            PostgresSchema.migrate(c, location);
        });
    }

    /** Connects to a database that must hold the current schema; nothing is written. */
    public static PostgresDatabase openReadOnly(PostgresLocation location, Map<String, String> env) {
        return opened(location, env, c -> PostgresSchema.requireCurrent(c, location));
    }

    /**
     * Connects to a database of any schema version this build knows, without migrating or writing: for looking at it
     * (db check, a dry run). A newer schema or another program's tables are refused.
     */
    public static PostgresDatabase openForInspection(PostgresLocation location, Map<String, String> env) {
        return opened(location, env, c -> PostgresSchema.requireKnown(c, location));
    }

    private interface SchemaStep {
        void run(Connection c) throws SQLException;
    }

    private static PostgresDatabase opened(PostgresLocation location, Map<String, String> env, SchemaStep step) {
        PostgresDatabase db = connect(location, env);
        try {
            step.run(db.connection);
            return db;
        } catch (SQLException e) {
            db.closeQuietly();
            throw db.failure(e);
        } catch (RuntimeException e) {
            db.closeQuietly();
            throw e;
        }
    }

    private static PostgresDatabase connect(PostgresLocation location, Map<String, String> env) {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(location.jdbcUrl(), location.properties(env));
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SHOW lock_timeout")) {
                rs.next();
                // "0" is the server's default, waiting for ever: a clerk would see a hung import, not a message.
                if ("0".equals(rs.getString(1))) s.execute("SET lock_timeout = '" + LOCK_TIMEOUT + "'");
            }
            return new PostgresDatabase(location, env, connection);
        } catch (SQLException e) {
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException ignored) {
                    // the first failure is the one to report
                }
            }
            throw PostgresFailure.of(location, env, e);
        }
    }

    /** The same failure as a sentence, naming this database and its user. */
    @Override
    public DatabaseException failure(SQLException e) {
        return PostgresFailure.of(location, env, e);
    }

    public PostgresLocation location() {
        return location;
    }

    @Override
    public Connection connection() {
        return connection;
    }

    public int schemaVersion() {
        try {
            return PostgresSchema.version(connection);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Another connection of the same clerk to the same database, for a report's reads side by side; the caller
     * closes it. It is given no lock timeout: it only reads, and reads wait for no lock of another import.
     */
    Connection another() throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), location.properties(env));
    }

    /** A command whose PostgreSQL part is not written yet refuses in one sentence rather than half-working. */
    public static DatabaseException notYetAvailable(PostgresLocation location, String command) {
        return new DatabaseException(Message.of("db.pg_not_yet", location, command), null);
    }

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    // the read side: reports and verify's database checks

    @Override
    public bangfu.store.jdbc.Readers readers() {
        return new SnapshotReads(this, SnapshotReads.CONNECTIONS);
    }

    /** The planner picks the index itself. */
    @Override
    public String indexedBy(String index) {
        return "";
    }

    /** Groups sorted as SQLite's GROUP BY hands them out: NULL first (texts are {@code COLLATE "C"}, by code point). */
    @Override
    public String groupsInOrder(int keys) {
        StringBuilder order = new StringBuilder(" ORDER BY ");
        for (int k = 1; k <= keys; k++) order.append(k == 1 ? "" : ", ").append(k).append(" NULLS FIRST");
        return order.toString();
    }

    @Override
    public String greatest() {
        return "greatest";
    }
}
