package bangfu.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit extension that gives its test class a database of its own on the JVM's one {@link PostgresServer},
 * created empty before the class's first test and dropped after its last:
 * {@code @RegisterExtension static final FreshPostgres PG = new FreshPostgres();}.
 */
public final class FreshPostgres implements BeforeAllCallback, AfterAllCallback {
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private String database;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        String name = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        database = createDatabase("t_" + name.substring(0, Math.min(40, name.length())));
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (database != null) dropDatabase(database);
    }

    /** Creates an empty database with a name starting with {@code prefix}, unique in this JVM's server. */
    public static String createDatabase(String prefix) throws SQLException {
        String name = prefix + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            // template0: the database starts with nothing another test left in template1, and UTF-8 for the names
            s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
        }
        return name;
    }

    /** Drops a database made by {@link #createDatabase}, ending any session still connected to it. */
    public static void dropDatabase(String name) throws SQLException {
        try (Connection c = PostgresServer.get().admin(); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The name of this class's database. */
    public String database() {
        return database;
    }

    /** {@code postgresql://127.0.0.1:PORT/DB?user=postgres}: what a clerk would pass to --db. */
    public String location() {
        return PostgresServer.get().location(database);
    }

    public String jdbcUrl() {
        return PostgresServer.get().jdbcUrl(database);
    }

    /** A superuser connection to this class's database. */
    public Connection connect() throws SQLException {
        return PostgresServer.get().connect(database);
    }

    /** Empties this class's database: drops and recreates its public schema. */
    public void wipe() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
            // as a new database has it on PostgreSQL 14: everyone may use and create in public
            s.execute("GRANT ALL ON SCHEMA public TO PUBLIC");
        }
    }
}
