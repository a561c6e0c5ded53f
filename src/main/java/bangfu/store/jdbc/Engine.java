package bangfu.store.jdbc;

import bangfu.store.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One open database as the portable JDBC code of both adapters needs it: its connection and how a failure of the
 * driver becomes a sentence for the clerk. What the engines spell differently is asked of this, so that a query
 * written once here serves SQLite and PostgreSQL alike.
 */
public interface Engine {
    /** The open connection; its transaction is the caller's to begin and end. */
    Connection connection();

    /** The driver's failure as the one-line message of this engine, naming the database (never a password). */
    DatabaseException failure(SQLException e);

    /** The first column of the first row {@code sql} gives, as a whole number; 0 when it gives no row. */
    default long number(String sql) throws SQLException {
        try (java.sql.Statement s = connection().createStatement(); java.sql.ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    // the read side: reports and verify's database checks

    /**
     * The connections a report's independent reads run on: SQLite gives each its own connection, side by side;
     * PostgreSQL runs them in turn on this connection, in one snapshot.
     */
    Readers readers();

    /** An index the engine is told to read a table by ({@code " INDEXED BY name"}), or "" where the planner picks. */
    String indexedBy(String index);

    /**
     * What makes the rows of a GROUP BY over {@code keys} leading columns come out sorted as SQLite sorts them
     * (NULL first, texts by code point): "" where grouping already sorts.
     */
    String groupsInOrder(int keys);

    /** The function giving the greater of two values ({@code max} of two arguments in SQLite, {@code greatest}). */
    String greatest();

    // import --undo, db check, db copy: the schema as the database describes it, and whole-database transactions

    /** bangfu's tables of records in this database, by name (not the engine's own, nor the schema version's). */
    List<String> tables() throws SQLException;

    /** The columns of {@code table} that hold stored values (computed ones left out), in the table's order. */
    List<String> storedColumns(String table) throws SQLException;

    /** The columns of {@code table} that refer to a row of another table. */
    List<Reference> references(String table) throws SQLException;

    /** SQL that turns {@code text}, a value as the change log keeps it, into what {@code table.column} stores. */
    String stored(String text, String table, String column) throws SQLException;

    /** Every table of records and its columns, computed ones too, by name and in each table's order. */
    Map<String, Set<String>> schema() throws SQLException;

    /**
     * What the migrations up to {@code version} create, built aside and thrown away (nothing is written): its tables
     * as {@link #schema} gives them, and the references they declare.
     */
    Schema expectedSchema(int version) throws SQLException;

    /** What the engine's own check of its pages found (empty: sound), or null where the server keeps them itself. */
    List<String> pageProblems(int shown) throws SQLException;

    /** Begins a transaction whose every query sees the same committed state; closing it ends it. */
    Transaction beginReading() throws SQLException;

    /**
     * Begins a transaction that writes while no import or command does: it waits for those running, as long as the
     * engine waits for a lock, and holds new ones off until it ends.
     */
    Transaction beginExclusive() throws SQLException;

    /** After rows were written into {@code table} with their keys given: the next key the engine draws follows them. */
    void keysWritten(String table) throws SQLException;

    /** Tables with their columns, and the references of each table's columns to other tables. */
    record Schema(Map<String, Set<String>> columns, Map<String, List<Reference>> references) {
    }

    /** A column that refers to a row of {@code parent} by its {@code parentColumn} (null: the parent's key). */
    record Reference(String column, String parent, String parentColumn) {
    }

    // classify and visit: the commands that move files, and their reads

    /**
     * Begins the one write transaction of a command that moves files ({@code classify --apply}, {@code visit advance
     * --apply}, {@code visit close}) once no other such command is writing, waiting up to the lock timeout: two clerks
     * moving the same household run one after the other, the second reading what the first wrote. Its end, either
     * way, lets the next such command in.
     */
    Transaction beginMoves() throws SQLException;

    /**
     * A second, read-only connection to the same database, for reading ahead on another thread while this one
     * queries on; null where a second connection costs more than it saves (a server's connection, which would not
     * see the same snapshot without exporting it), and the caller reads in line instead.
     */
    Connection openReader() throws SQLException;

    /**
     * The columns (SQL expressions, separated by commas) as one JSON array in text, as {@link JsonRow} reads it:
     * one value of a row instead of thirty, which a driver that crosses into native code per column needs.
     */
    String jsonArray(String columns);

    /** A {@code numeric} column as SQLite's NUMERIC affinity stores it: a whole number, or a real with no trailing zeros. */
    String asStoredNumber(String column);

    /** A read over the connection, for {@link #streamed}. */
    interface Reading<T> {
        T run(Connection c) throws SQLException;
    }

    /** Rows a server hands over at a time to a statement given this fetch size inside {@link #streaming}. */
    int FETCH = 10_000;

    /**
     * Begins what a statement given a fetch size needs to hand its rows over as they come, not all at once: a
     * server's driver keeps a cursor only inside a transaction, which this begins (read-only, one snapshot for every
     * statement until it is closed) when the caller has none; SQLite steps through its rows anyway, and needs none.
     */
    Transaction streaming() throws SQLException;

    /** Runs {@code reading} inside {@link #streaming}. */
    default <T> T streamed(Reading<T> reading) throws SQLException {
        try (Transaction t = streaming()) {
            return reading.run(connection());
        }
    }

    /** One row of a result, for {@link #eachRow}. */
    interface Row {
        void accept(java.sql.ResultSet rs) throws SQLException;
    }

    /** Runs {@code sql} with {@code params} bound in order and hands {@code row} each row as it comes ({@link #streaming}). */
    default void eachRow(String sql, List<?> params, Row row) throws SQLException {
        streamed(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(FETCH);
                for (int i = 0; i < params.size(); i++) s.setObject(i + 1, params.get(i));
                try (java.sql.ResultSet rs = s.executeQuery()) {
                    while (rs.next()) row.accept(rs);
                }
            }
            return null;
        });
    }

    // visit due

    /** Tells the engine to read a table in row order, not through an index ({@code " NOT INDEXED"}), or "" where it cannot be told. */
    String inRowOrder();

    // db copy into this database: a table's rows written in bulk

    /**
     * Where {@code db copy} writes the rows of {@code table}, each value in the {@code columns}' order (names quoted
     * as given): batched INSERTs unless the engine has a faster way in. Rows are in the table once {@link
     * RowsInto#finish} has returned; a writer closed without it leaves the transaction to be rolled back.
     */
    default RowsInto rowsInto(String table, List<String> columns) throws SQLException {
        return new BatchedInserts(connection(), table, columns);
    }

    /** Rows on their way into one table of this database, within the caller's transaction. */
    interface RowsInto extends AutoCloseable {
        /** Takes one row; it may be written now or later, before {@link #finish} returns. */
        void add(Object[] row) throws SQLException;

        /** Writes what is left and waits until every row is in the table; throws the first failure. */
        void finish() throws SQLException;

        /** Lets go of what the writer holds, after {@link #finish} or instead of it (the transaction then rolls back). */
        @Override
        void close();
    }
}
