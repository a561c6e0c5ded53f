package bangfu.load;

import bangfu.model.Mapping;
import bangfu.sheet.UnreadableFileException;
import bangfu.store.Storage;
import bangfu.store.Stores;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Judges files as importing them, in the given order, would: the import itself runs against the clerk's database
 * inside one transaction that closing rolls back, so a ledger sees the households of the roster given before it
 * and nothing of the rehearsal ever reaches the file — not after it, not after an error, not when the process is
 * killed, since nothing is ever committed. On SQLite it holds the database's write lock meanwhile, keeping another
 * import waiting rather than judge against rows that are about to change; on PostgreSQL it reads one snapshot and
 * other clerks never see its rows. Without a database (an empty one on a server) it starts empty.
 */
public final class Rehearsal implements AutoCloseable {
    private final Storage db;
    private final Importer importer;

    private Rehearsal(Storage db, Importer importer) {
        this.db = db;
        this.importer = importer;
    }

    /** @param database the clerk's database (a file or a server's URL); rehearsed in if it exists, never created or changed */
    public static Rehearsal against(String database, Mapping mapping, ImportOptions options, ImportListener listener,
                                    Clock clock) {
        Storage db = Stores.open(database, Storage.Access.REHEARSAL);
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
