package bangfu.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** A table's rows written as JDBC batches of one INSERT each: {@code db copy}'s way into an engine without a faster one. */
final class BatchedInserts implements Engine.RowsInto {
    private static final int BATCH = 1000;

    private final PreparedStatement insert;
    private int pending;

    BatchedInserts(Connection c, String table, List<String> columns) throws SQLException {
        insert = c.prepareStatement("INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(x -> "?").collect(Collectors.joining(", ")) + ")");
    }

    @Override
    public void add(Object[] row) throws SQLException {
        for (int i = 0; i < row.length; i++) insert.setObject(i + 1, row[i]);
        insert.addBatch();
        if (++pending == BATCH) finish();
    }

    @Override
    public void finish() throws SQLException {
        if (pending == 0) return;
        insert.executeBatch();
        pending = 0;
    }

    @Override
    public void close() {
        try {
            insert.close();
        } catch (SQLException ignored) {
            // closed with the transaction that failed, or after it ended
        }
    }
}
