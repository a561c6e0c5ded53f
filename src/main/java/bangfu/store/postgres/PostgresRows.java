package bangfu.store.postgres;

import bangfu.lifecycle.FileState;
import bangfu.store.StoredLifecycle;
import bangfu.store.jdbc.LifecycleColumns;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading the stored forms of the domain's values out of PostgreSQL's rows. */
final class PostgresRows {
    private PostgresRows() {
    }

    /** Reads {@link StoredLifecycle#STATE} starting at column {@code first}. */
    static FileState state(ResultSet rs, int first) throws SQLException {
        return LifecycleColumns.state(rs, first);
    }
}
