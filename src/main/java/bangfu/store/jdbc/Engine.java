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
}
