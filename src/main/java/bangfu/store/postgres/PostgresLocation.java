package bangfu.store.postgres;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where a PostgreSQL database is, as a clerk writes it in {@code --db} or {@code BANGFU_DB}:
 * {@code postgresql://host:5432/bangfu?user=clerk} (libpq's form, also {@code postgres://}) or the driver's
 * {@code jdbc:postgresql://host:5432/bangfu?user=clerk}. A password in the text is accepted but never shown:
 * {@link #toString()} leaves it out, and every message names the database through it.
 *
 * @param hosts    {@code host:port} as written, several separated by commas as the driver allows
 * @param database the database's name on the server
 * @param user     the user named in the text, or null (then PGUSER, then the driver's default)
 * @param password a password written in the text, or null
 * @param options  the other query parameters, handed to the driver as they are (sslmode, options …)
 */
public record PostgresLocation(String hosts, String database, String user, String password, Map<String, String> options) {
    private static final String[] PREFIXES = {"jdbc:postgresql:", "postgresql://", "postgres://"};

    public PostgresLocation {
        options = Map.copyOf(options);
    }

    /** True when the text names a PostgreSQL database rather than an SQLite file. */
    public static boolean isPostgres(String location) {
        return prefix(location) != null;
    }

    private static String prefix(String location) {
        String lower = location.toLowerCase(Locale.ROOT);
        for (String p : PREFIXES) if (lower.startsWith(p)) return p;
        return null;
    }

    /** Reads a location; {@link #isPostgres} must hold. A text the driver cannot use is refused in one sentence. */
    public static PostgresLocation parse(String location) {
        // the driver's short form, jdbc:postgresql:bangfu, names a database on the local server
        if (location.regionMatches(true, 0, "jdbc:postgresql:", 0, 16) && !location.startsWith("//", 16)) {
            location = "jdbc:postgresql://localhost/" + location.substring(16);
        }
        String prefix = prefix(location);
        if (prefix == null) throw new IllegalArgumentException("not a PostgreSQL location");
        String rest = location.substring(prefix.length());
        if (rest.startsWith("//")) rest = rest.substring(2);
        String query = "";
        int q = rest.indexOf('?');
        if (q >= 0) {
            query = rest.substring(q + 1);
            rest = rest.substring(0, q);
        }
        String authority = rest;
        String database = "";
        int slash = rest.indexOf('/');
        if (slash >= 0) {
            authority = rest.substring(0, slash);
            database = decode(rest.substring(slash + 1));
        }
        String user = null;
        String password = null;
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
            if (colon >= 0) password = decode(userInfo.substring(colon + 1));
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            switch (name) {
                case "user" -> user = value;
                case "password" -> password = value;
                default -> options.put(name, value);
            }
        }
        if (authority.isEmpty()) authority = "localhost";
        if (database.isEmpty()) database = user != null ? user : "";
        return new PostgresLocation(authority, database, user, password, options);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** The driver's URL, without user or password: those go in {@link #properties}. */
    public String jdbcUrl() {
        return "jdbc:postgresql://" + hosts + "/" + database;
    }

    /**
     * What the driver connects with. The password comes from the text, else PGPASSWORD, as libpq takes it; with
     * neither, the driver reads ~/.pgpass (or PGPASSFILE) itself. The user is the text's, else PGUSER.
     */
    public Properties properties(Map<String, String> env) {
        Properties props = new Properties();
        props.putAll(options);
        String name = user != null ? user : blankToNull(env.get("PGUSER"));
        if (name != null) props.setProperty("user", name);
        String secret = password != null ? password : blankToNull(env.get("PGPASSWORD"));
        if (secret != null) props.setProperty("password", secret);
        props.setProperty("ApplicationName", "bangfu");
        return props;
    }

    /** The user the connection will be made as, for messages: the text's, PGUSER's, else the login name. */
    public String userFor(Map<String, String> env) {
        if (user != null) return user;
        String fromEnv = blankToNull(env.get("PGUSER"));
        return fromEnv != null ? fromEnv : System.getProperty("user.name");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** The location as messages show it: {@code postgresql://host:port/db?user=…}, never with the password. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("postgresql://").append(hosts).append('/').append(database);
        if (user != null) s.append("?user=").append(user);
        return s.toString();
    }
}
