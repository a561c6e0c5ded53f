package bangfu.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The database and the files SQLite keeps beside it (-wal, -shm, -journal): no output of bangfu may replace them. */
final class DatabaseFiles {
    private DatabaseFiles() {
    }

    /** Whether {@code target} is the database or one of its journal files, by name or as the same file. */
    static boolean include(Path database, Path target) {
        Path db = database.toAbsolutePath().normalize();
        Path t = target.toAbsolutePath().normalize();
        for (String suffix : List.of("", "-wal", "-shm", "-journal")) {
            Path own = Path.of(db + suffix);
            if (t.equals(own)) return true;
            try {
                if (Files.exists(t) && Files.exists(own) && Files.isSameFile(t, own)) return true;
            } catch (IOException e) {
                // cannot tell: the names differ, which is what matters for a typo
            }
        }
        return false;
    }
}
