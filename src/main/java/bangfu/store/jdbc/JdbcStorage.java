package bangfu.store.jdbc;

import bangfu.classify.FileSource;
import bangfu.classify.TierLedger;
import bangfu.store.Audits;
import bangfu.store.CopyListener;
import bangfu.store.CopyReport;
import bangfu.store.Dossiers;
import bangfu.store.IntegrityReport;
import bangfu.store.Lists;
import bangfu.store.StatusLedger;
import bangfu.store.Storage;
import bangfu.store.UndoListener;
import bangfu.store.UndoPlan;
import bangfu.store.Uploads;
import bangfu.store.Visits;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The parts of a storage written once for both engines: each adapter opens its database and writes its imports and
 * the report's reads its own way, and hands out these over the same {@link Engine}.
 */
public abstract class JdbcStorage implements Storage {
    private final Engine db;

    protected JdbcStorage(Engine db) {
        this.db = db;
    }

    /** The open database, for a copy from one adapter into the other. */
    public final Engine engine() {
        return db;
    }

    @Override
    public final Dossiers dossiers() {
        return new DossierQueries(db);
    }

    @Override
    public final Audits audits() {
        return new AuditQueries(db);
    }

    @Override
    public final Lists lists() {
        return new ListQueries(db);
    }

    @Override
    public final Uploads uploads() {
        return new UploadRows(db);
    }

    @Override
    public final Visits visits() {
        return new VisitRounds(db);
    }

    @Override
    public final FileSource classifyFiles(boolean readAhead) {
        return new ClassifyFiles(db, readAhead);
    }

    @Override
    public final TierLedger tierLedger() {
        return new ClassifyWriter(db);
    }

    @Override
    public final StatusLedger beginStatusChanges(String command, String arguments, LocalDate asOf, Instant startedAt) {
        return StatusChanges.begin(db, command, arguments, asOf, startedAt);
    }

    @Override
    public final UndoPlan planUndo(long importId) {
        return ImportUndo.plan(db, importId);
    }

    @Override
    public final UndoPlan undo(long importId, Instant now, UndoListener listener) {
        return ImportUndo.undo(db, importId, now, listener);
    }

    @Override
    public final IntegrityReport integrity() {
        return DatabaseIntegrity.check(db, schemaVersion());
    }

    @Override
    public final CopyReport copyInto(Storage target, CopyListener listener) {
        return DatabaseCopy.copy(db, ((JdbcStorage) target).engine(), location(), target.location(), schemaVersion(), listener);
    }
}
