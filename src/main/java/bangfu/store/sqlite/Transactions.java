package bangfu.store.sqlite;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Explicit BEGIN IMMEDIATE / COMMIT / ROLLBACK, so a writer waits for the lock instead of failing mid-way. */
final class Transactions {
    private Transactions() {
    }

    static void begin(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
        }
    }

    /** A read transaction: every query until the rollback sees the same committed state. */
    static void beginReading(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN");
        }
    }

    static void commit(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("COMMIT");
        }
    }

    /** After SQLITE_FULL SQLite has rolled back already; a second rollback must not mask the first error. */
    static void rollbackQuietly(Connection c) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException ignored) {
            // "no transaction is active": nothing left to undo
        }
    }
}
