package bangfu.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Copies a database page by page through SQLite's backup API; the original is only read. Its connection
 * is not opened read-only on purpose: a read-only connection to a WAL database leaves empty -wal and -shm
 * files behind, while a normal one that only reads removes them on close and writes nothing to the file.
 */
public final class PageCopy {
    private static final int BUSY_RETRY_MILLIS = 100;
    /** With {@link #BUSY_RETRY_MILLIS}: the same five seconds a writer waits for the lock. */
    private static final int BUSY_RETRIES = 50;

    private PageCopy() {
    }

    /** The page copy itself; the caller tells a failure of the original from one of the copy by its code. */
    static void copyPages(Path original, Path copy) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + original.toAbsolutePath())) {
            // All pages in one step: a step at a time would restart whenever another process commits.
            int rc = ((SQLiteConnection) c).getDatabase().backup("main", copy.toAbsolutePath().toString(), null,
                    BUSY_RETRY_MILLIS, BUSY_RETRIES, -1);
            if (rc != 0) throw new SQLiteException("backup failed with code " + rc, SQLiteErrorCode.getErrorCode(rc));
        }
    }
}
