package bangfu.bench;

import bangfu.store.sqlite.Database;
import bangfu.store.jdbc.LifecycleColumns;
import java.nio.file.Path;

/**
 * Writes the lifecycle columns of a database generated in SQL (bench/*.sql), as bangfu's writers would have:
 * {@code java -cp … bangfu.bench.LifecycleRefresh DB}.
 */
public final class LifecycleRefresh {
    private LifecycleRefresh() {
    }

    public static void main(String[] args) {
        try (Database db = Database.open(Path.of(args[0]))) {
            LifecycleColumns.refreshAll(db);
        }
    }
}
