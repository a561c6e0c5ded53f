package bangfu.store.postgres;

import bangfu.store.jdbc.Engine;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@code db copy}'s rows of one table into PostgreSQL through COPY, sent beside the reading of the source: a million
 * households cost some hundred COPYs instead of a thousand batches of single-row INSERTs, and the source is read while
 * the server writes.
 */
final class CopiedRows implements Engine.RowsInto {
    private final CopyQueue queue;
    private final CopyRows rows;

    CopiedRows(Connection c, String table, List<String> columns) {
        queue = CopyQueue.aside(c);
        rows = new CopyRows(queue, table, columns.toArray(String[]::new));
    }

    @Override
    public void add(Object[] row) throws SQLException {
        rows.add(row);
        if (rows.full()) rows.write();
    }

    @Override
    public void finish() throws SQLException {
        rows.write();
        queue.connection();
    }

    @Override
    public void close() {
        queue.close();
    }
}
