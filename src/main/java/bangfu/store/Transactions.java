package bangfu.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Explicit BEGIN IMMEDIATE / COMMIT / ROLLBACK, so a writer waits for the lock instead of failing mid-way. In a
 * rehearsal ({@link Database#openForRehearsal}) a step's writes are a savepoint inside the rehearsal's one
 * transaction instead, and nothing is ever committed.
 */
final class Transactions {
    private static final String STEP = "bangfu_step";

    private Transactions() {
    }

    /** Begins one step's writes (a file, a migration): a transaction of its own, or a savepoint of the rehearsal. */
    static void begin(Connection c, boolean rehearsal) throws SQLException {
        if (!rehearsal) {
            begin(c);
            return;
        }
        try (Statement s = c.createStatement()) {
            stillRehearsing(s);
            s.execute("SAVEPOINT " + STEP);
        }
    }

    /**
     * Ends a step that succeeded. In a rehearsal its savepoint stays, so that later steps see its writes, and is
     * never released: releasing the outermost savepoint commits, and after SQLITE_FULL or an I/O error SQLite has
     * rolled the rehearsal's transaction back, which would make this step's savepoint the outermost.
     */
    static void commit(Connection c, boolean rehearsal) throws SQLException {
        if (!rehearsal) commit(c);
    }

    /** Undoes a step that failed: its transaction, or in a rehearsal its writes since its savepoint. */
    static void rollbackQuietly(Connection c, boolean rehearsal) {
        if (!rehearsal) {
            rollbackQuietly(c);
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK TO " + STEP);
        } catch (SQLException ignored) {
            // SQLite rolled the whole rehearsal back already: nothing of it is left
        }
    }

    /**
     * A rehearsal's writes are safe only inside its transaction: outside it, each statement would commit on its
     * own. BEGIN fails inside a transaction; where it succeeds the rehearsal's is gone, and the new one is left
     * open for closing the connection to roll back.
     */
    private static void stillRehearsing(Statement s) {
        try {
            s.execute("BEGIN");
        } catch (SQLException insideTransaction) {
            return;
        }
        throw new IllegalStateException("the rehearsal's transaction ended before its last step");
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
