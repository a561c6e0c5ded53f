package bangfu.store.postgres;

import bangfu.store.jdbc.Readers;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * A report's reads on PostgreSQL: side by side on a few connections of the same clerk, all in one REPEATABLE READ
 * snapshot (the database's own connection exports it, the others take it up), so that every figure sees the same
 * committed state and the server works on several statements at once instead of one after another. Each read
 * has a connection to itself while it runs; nothing is written, and closing rolls every transaction back.
 */
final class SnapshotReads implements Readers {
    /**
     * Memory a sort or hash of the report may use before it spills to disk, for its transactions only: grouping two
     * million visits by household spilled at the server's default of 4 MB.
     */
    static final String WORK_MEM = "64MB";

    /**
     * How many connections a report reads on: its reads are a dozen statements, and the longest few (the year's
     * payments by kind, visits by household, files by group) are what run side by side.
     */
    static final int CONNECTIONS = 4;

    private final PostgresDatabase db;
    private final List<Connection> others = new ArrayList<>();
    private final BlockingQueue<Connection> free = new LinkedBlockingQueue<>();
    private final ExecutorService pool;
    /** The first failure: its connection's transaction is aborted, so every read after it fails with it. */
    private volatile Exception failed;

    SnapshotReads(PostgresDatabase db, int connections) {
        this.db = db;
        try {
            Connection own = db.connection();
            begin(own, null);
            String snapshot;
            try (Statement s = own.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_export_snapshot()")) {
                rs.next();
                snapshot = rs.getString(1);
            }
            free.add(own);
            for (int i = 1; i < connections; i++) {
                Connection c = db.another();
                others.add(c);
                begin(c, snapshot);
                free.add(c);
            }
        } catch (SQLException e) {
            close();
            throw db.failure(e);
        }
        pool = Executors.newFixedThreadPool(connections);
    }

    /** Begins a report's transaction; with a snapshot, one that sees exactly what that exported snapshot sees. */
    private static void begin(Connection c, String snapshot) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        try (Statement s = c.createStatement()) {
            if (snapshot != null) s.execute("SET TRANSACTION SNAPSHOT '" + snapshot + "'");
            s.execute("SET LOCAL work_mem = '" + WORK_MEM + "'");
        }
    }

    @Override
    public <T> Future<T> submit(Read<T> read) {
        return pool.submit(() -> {
            Connection c = free.take();
            try {
                if (failed != null) throw failed;
                return read.on(c);
            } catch (SQLException | RuntimeException e) {
                if (failed == null) failed = e;
                throw e;
            } finally {
                free.add(c);
            }
        });
    }

    @Override
    public void close() {
        if (pool != null) pool.shutdownNow();
        for (Connection c : others) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // a read connection of this report only: closing it ends its transaction
            }
        }
        Connection own = db.connection();
        try {
            own.rollback();
            own.setAutoCommit(true);
            own.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException ignored) {
            // the connection is closed with the failure that brought us here
        }
    }
}
