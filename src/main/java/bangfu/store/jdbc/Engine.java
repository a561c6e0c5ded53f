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
}
