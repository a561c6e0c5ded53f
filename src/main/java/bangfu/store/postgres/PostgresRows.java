package bangfu.store.postgres;

import bangfu.lifecycle.FileState;
import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import bangfu.store.StoredLifecycle;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reading the stored forms of the domain's values out of PostgreSQL's rows. */
final class PostgresRows {
    private PostgresRows() {
    }

    /** Reads {@link StoredLifecycle#STATE} starting at column {@code first}. */
    static FileState state(ResultSet rs, int first) throws SQLException {
        String reason = rs.getString(first + 6);
        return new FileState(FileStatus.valueOf(rs.getString(first)), StoredLifecycle.date(rs.getString(first + 1)),
                StoredLifecycle.date(rs.getString(first + 2)), StoredLifecycle.date(rs.getString(first + 3)),
                StoredLifecycle.date(rs.getString(first + 4)), StoredLifecycle.date(rs.getString(first + 5)),
                reason == null ? null : CloseReason.valueOf(reason));
    }
}
