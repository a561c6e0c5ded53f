package bangfu.store;

import java.nio.file.Path;

/** A backup that was written and verified: where, and the schema version it holds. */
public record Backup(Path target, int schemaVersion) {
}
