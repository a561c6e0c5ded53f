package bangfu.store.postgres;

import bangfu.model.Message;
import bangfu.store.DatabaseException;
import bangfu.store.jdbc.Engine;
import bangfu.store.jdbc.Transaction;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private PostgresCatalog catalog;
    /** Opened for a rehearsal: everything runs in one transaction that {@link #close} rolls back, never committed. */
    private boolean rehearsal;

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

    /**
     * Connects for a rehearsal of an import (verify FILE…, import --dry-run): one REPEATABLE READ transaction, begun
     * here and rolled back by {@link #close}, that nothing commits, so no other clerk ever sees its rows and a kill
     * leaves the database as it was. An empty database, or an older schema, is migrated inside that transaction.
     */
    public static PostgresDatabase openForRehearsal(PostgresLocation location, Map<String, String> env) {
        return opened(location, env, c -> {
            c.setAutoCommit(false);
            // the isolation of the one transaction every file's savepoint runs in, set before its first statement
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            PostgresSchema.migrateUncommitted(c, location);
        }).rehearsing();
    }

    private PostgresDatabase rehearsing() {
        rehearsal = true;
        return this;
    }

    /** True for a database opened by {@link #openForRehearsal}. */
    boolean rehearsal() {
        return rehearsal;
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

    private void closeQuietly() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // already failing
        }
    }

    /** Closes; a rehearsal's transaction is rolled back first, with everything it wrote. */
    @Override
    public void close() {
        try {
            if (rehearsal) connection.rollback();
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

    // import --undo, db check, db copy

    private PostgresCatalog catalog() {
        if (catalog == null) catalog = new PostgresCatalog(connection);
        return catalog;
    }

    @Override
    public List<String> tables() throws SQLException {
        return catalog().tables();
    }

    @Override
    public List<String> storedColumns(String table) throws SQLException {
        return catalog().storedColumns(table);
    }

    @Override
    public List<Reference> references(String table) throws SQLException {
        return catalog().references(table);
    }

    @Override
    public String stored(String text, String table, String column) throws SQLException {
        return catalog().stored(text, table, column);
    }

    @Override
    public Map<String, Set<String>> schema() throws SQLException {
        return catalog().schema();
    }

    @Override
    public Schema expectedSchema(int version) throws SQLException {
        return catalog().expected(version);
    }

    /** The server keeps its pages itself (and checksums them where the cluster was made so): nothing to ask. */
    @Override
    public List<String> pageProblems(int shown) {
        return null;
    }

    @Override
    public Transaction beginReading() throws SQLException {
        return repeatableRead(this::ended);
    }

    /**
     * Imports insert into {@code imports}, and every writer that changes a record in place logs it in {@code changes}:
     * SHARE ROW EXCLUSIVE on both waits for those running and holds new ones off. Taken before the first query, so
     * the snapshot of the transaction is taken after them.
     */
    @Override
    public Transaction beginExclusive() throws SQLException {
        Transaction t = beginReading();
        try (Statement s = connection.createStatement()) {
            s.execute("LOCK TABLE imports, changes IN SHARE ROW EXCLUSIVE MODE");
            return t;
        } catch (SQLException e) {
            t.close();
            throw e;
        }
    }

    /**
     * A repeatable-read transaction on the connection; {@code end} puts the connection back as it was (and lets go of
     * what was taken for it), whether it is committed or rolled back.
     */
    private Transaction repeatableRead(Runnable end) throws SQLException {
        try {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        } catch (SQLException e) {
            end.run();
            throw e;
        }
        return Transaction.begun(() -> {
            connection.commit();
            end.run();
        }, () -> {
            try {
                connection.rollback();
            } catch (SQLException ignored) {
                // the connection failed with the error being reported; closing it ends the transaction
            }
            end.run();
        });
    }

    /** Back to one statement per transaction. */
    private void ended() {
        try {
            connection.setAutoCommit(true);
            connection.setReadOnly(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException ignored) {
            // a broken connection is closed with the failure
        }
    }

    /** An identity column's sequence knows nothing of keys given explicitly: it is set past the largest. */
    @Override
    public void keysWritten(String table) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT setval(pg_get_serial_sequence('" + table.replace("'", "''") + "', 'id'),"
                    + " coalesce((SELECT max(id) FROM \"" + table.replace("\"", "\"\"") + "\"), 0) + 1, false)");
        }
    }

    // classify and visit: the commands that move files, and their reads

    /**
     * The advisory lock the commands that move files take, one per database: bangfu's own number, which no other
     * lock of bangfu uses. Taken by the session before its transaction begins, so that the transaction's snapshot,
     * taken after the wait, sees what the previous holder committed.
     */
    public static final long MOVES_LOCK = 0x62616e6766754dL; // "bangfuM"

    /**
     * Waits (up to the lock timeout: {@code db.pg_moves_locked}, exit 4) for any other command moving files on this
     * database, then begins a repeatable-read transaction: an import that changes one of the same files meanwhile
     * makes one of the two fail whole ({@code db.pg_conflict}) rather than one overwrite the other.
     */
    @Override
    public Transaction beginMoves() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + MOVES_LOCK + ")");
        } catch (SQLException e) {
            // the lock timeout ran out while another command moved files: said as such, not as an import's rows
            if ("55P03".equals(e.getSQLState())) throw new DatabaseException(Message.of("db.pg_moves_locked", location), e);
            throw e;
        }
        return repeatableRead(this::endMoves);
    }

    /** Back to one statement per transaction, and the lock let go (closing the session would let it go too). */
    private void endMoves() {
        ended();
        try (Statement s = connection.createStatement()) {
            s.execute("SELECT pg_advisory_unlock(" + MOVES_LOCK + ")");
        } catch (SQLException ignored) {
            // a broken connection holds no lock once it is closed, which the command does next
        }
    }

    /** None: a second session would not read this one's snapshot without exporting it, so reads stay in line. */
    @Override
    public Connection openReader() {
        return null;
    }

    /** As text: the driver hands its bytes over as the server wrote them, UTF-8. */
    @Override
    public String jsonArray(String columns) {
        return "json_build_array(" + columns + ")::text";
    }

    /** A double, which JSON writes as SQLite writes a real: 85.5, and 90 for a whole number. */
    @Override
    public String asStoredNumber(String column) {
        return column + "::float8";
    }

    /**
     * The caller's transaction where it has one, else a read-only one of its own, so that the driver keeps a cursor
     * and fetches rows a batch at a time: a list of a million households, or verify's findings over them, would
     * otherwise be held whole before the first is read. Repeatable read: the statements open together in it (verify
     * runs its checks side by side) see one state, as they do on SQLite.
     */
    @Override
    public Transaction streaming() throws SQLException {
        if (!connection.getAutoCommit()) return Transaction.none();
        connection.setReadOnly(true);
        return beginReading();
    }

    @Override
    public String inRowOrder() {
        return "";
    }

    // db copy into this database

    /** COPY rather than batched INSERTs: the rows of a whole union's database in a few hundred round trips. */
    @Override
    public RowsInto rowsInto(String table, List<String> columns) {
        return new CopiedRows(connection, table, columns);
    }
}
