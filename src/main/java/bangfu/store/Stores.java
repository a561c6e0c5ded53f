package bangfu.store;

import bangfu.store.postgres.PostgresStorage;
import bangfu.store.sqlite.SqliteStorage;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a {@link Storage}, picking the engine from the location: a file path is SQLite, a {@code postgresql://}
 * URL (or {@code jdbc:postgresql://}) is a PostgreSQL server. The one place that names the adapters.
 */
public final class Stores {
    /** The schema this build writes, on every engine. */
    public static final int SCHEMA_VERSION = SqliteStorage.SCHEMA_VERSION;

    private Stores() {
    }

    /** Opens the database at {@code location} (a file path or a PostgreSQL URL). */
    public static Storage open(String location, Storage.Access access) {
        if (onServer(location)) return PostgresStorage.open(location, access);
        return SqliteStorage.open(Path.of(location), access);
    }

    /** Writes a verified copy of the database at {@code location} into the file {@code target}, whole or not at all. */
    public static Backup backup(String location, Path target) {
        if (onServer(location)) {
            // The union's database as one SQLite file, made by db copy and checked as a backup is.
            try (Storage source = open(location, Storage.Access.READ_ONLY)) {
                return SqliteStorage.backup(source, target);
            }
        }
        return SqliteStorage.backup(Path.of(location), target);
    }

    /**
     * Copies the database at {@code from}, with its history, into the one at {@code to} (created, or migrated, as an
     * import would): all or nothing. The source must be at the schema this build writes, and is only read.
     */
    public static CopyReport copy(String from, String to, CopyListener listener) {
        try (Storage source = open(from, Storage.Access.READ_ONLY); Storage target = open(to, Storage.Access.CREATE)) {
            try {
                return source.copyInto(target, listener);
            } catch (RuntimeException e) {
                target.abandon(); // a database file this copy created goes again
                throw e;
            }
        }
    }

    /** The location as messages may show it: a server's URL without any password. */
    public static String shown(String location) {
        return onServer(location) ? PostgresStorage.shown(location) : location;
    }

    /** The embedded engine and its version, for {@code --version}. */
    public static String engineVersion() {
        return SqliteStorage.engineVersion();
    }

    /** Whether {@code location} names a database server rather than a file. */
    public static boolean onServer(String location) {
        String l = location.toLowerCase(Locale.ROOT);
        return l.startsWith("postgresql://") || l.startsWith("postgres://") || l.startsWith("jdbc:postgresql:");
    }
}
