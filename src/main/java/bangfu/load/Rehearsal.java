package bangfu.load;

import bangfu.model.Mapping;
import bangfu.sheet.UnreadableFileException;
import bangfu.store.Database;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Judges files as importing them, in the given order, would: the import itself runs against the clerk's database
 * inside one transaction that closing rolls back, so a ledger sees the households of the roster given before it
 * and nothing of the rehearsal ever reaches the file — not after it, not after an error, not when the process is
 * killed, since nothing is ever committed. Holding the database's write lock meanwhile, it keeps another import
 * waiting rather than judge against rows that are about to change. Without a database it starts empty.
 */
public final class Rehearsal implements AutoCloseable {
    private final Database db;
    private final Importer importer;

    private Rehearsal(Database db, Importer importer) {
        this.db = db;
        this.importer = importer;
    }

    /** @param database the clerk's database; rehearsed in if it exists, never created or changed */
    public static Rehearsal against(Path database, Mapping mapping, ImportOptions options, ImportListener listener,
                                    Clock clock) {
        Database db = Database.openForRehearsal(database);
        try {
            return new Rehearsal(db, new Importer(db, mapping, options, listener, clock));
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public FileReport check(Path file) throws UnreadableFileException, NoHeaderException {
        return importer.rehearse(file);
    }

    /** Rolls back everything the rehearsal wrote. */
    @Override
    public void close() {
        db.close();
    }
}
