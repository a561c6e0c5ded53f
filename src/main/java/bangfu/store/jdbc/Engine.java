package bangfu.store.jdbc;

import bangfu.store.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;

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

    // classify and visit: the commands that move files, and their reads

    /**
     * Begins the one write transaction of a command that moves files ({@code classify --apply}, {@code visit advance
     * --apply}, {@code visit close}) once no other such command is writing, waiting up to the lock timeout: two clerks
     * moving the same household run one after the other, the second reading what the first wrote.
     */
    void beginMoves() throws SQLException;

    /** Commits the transaction {@link #beginMoves} began and lets the next such command in. */
    void commitMoves() throws SQLException;

    /** Undoes it, quietly: a failure that brought us here is the one to report. */
    void rollbackMovesQuietly();

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

    /**
     * Runs {@code reading} so that a statement given a fetch size hands its rows over as they come, not all at once:
     * a server's driver keeps a cursor only inside a transaction, which this opens (and ends) when the caller has
     * none; SQLite steps through its rows anyway.
     */
    <T> T streamed(Reading<T> reading) throws SQLException;
}
