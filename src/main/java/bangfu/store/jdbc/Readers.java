package bangfu.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Future;

/**
 * The connections the independent reads of one report run on, as the engine offers them: side by side on
 * connections of their own, or one after another on one snapshot. Closing ends them all.
 */
public interface Readers extends AutoCloseable {
    /** One read, free to use the connection it is given until it returns. */
    interface Read<T> {
        T on(Connection c) throws SQLException;
    }

    /** Starts the read, or runs it at once; its result, or its failure as the cause, comes from the future. */
    <T> Future<T> submit(Read<T> read);

    @Override
    void close();
}
