package bangfu.store.sqlite;

import bangfu.store.jdbc.Readers;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A report's reads on SQLite: each on a read connection of its own (WAL lets readers run side by side), so the
 * tables are computed in parallel on a machine with spare cores.
 */
final class ReadConnections implements Readers {
    /** SQLite's default upper bound for mmap_size; files beyond it are read the ordinary way past this point. */
    private static final long MMAP_BYTES = 0x7fff0000L;

    private final String url;
    private final ExecutorService pool =
            Executors.newFixedThreadPool(Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors())));

    ReadConnections(Path file) {
        this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    }

    @Override
    public <T> Future<T> submit(Read<T> read) {
        return pool.submit(() -> {
            try (Connection c = DriverManager.getConnection(url)) {
                readOnly(c);
                return read.on(c);
            }
        });
    }

    /**
     * Settings of a report's read connection. The file is memory-mapped: SQLite then reads index pages in
     * place instead of copying each one from the OS cache into the cache of each of the report's connections
     * (bangfu never vacuums or truncates the file, which could fault a mapped read).
     */
    static void readOnly(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA query_only = 1");
            s.execute("PRAGMA cache_size = -65536");
            s.execute("PRAGMA mmap_size = " + MMAP_BYTES);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
