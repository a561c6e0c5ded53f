package bangfu.store.postgres;

import bangfu.store.jdbc.Readers;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

/**
 * A report's reads on PostgreSQL: one after another on the database's connection, in one REPEATABLE READ transaction,
 * so that every figure sees the same committed state (and the driver may read large results through a cursor).
 * Nothing is written; closing rolls the transaction back.
 */
final class SnapshotReads implements Readers {
    private final PostgresDatabase db;
    /** The first failure: the transaction is aborted by it, so every later read fails with it too. */
    private Exception failed;

    SnapshotReads(PostgresDatabase db) {
        this.db = db;
        try {
            Connection c = db.connection();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public <T> Future<T> submit(Read<T> read) {
        if (failed != null) return CompletableFuture.failedFuture(failed);
        try {
            return CompletableFuture.completedFuture(read.on(db.connection()));
        } catch (SQLException | RuntimeException e) {
            failed = e;
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public void close() {
        Connection c = db.connection();
        try {
            c.rollback();
            c.setAutoCommit(true);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException ignored) {
            // the connection is closed with the failure that brought us here
        }
    }
}
