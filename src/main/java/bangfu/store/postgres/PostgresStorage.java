package bangfu.store.postgres;

import bangfu.classify.FileSource;
import bangfu.classify.TierLedger;
import bangfu.store.Audits;
import bangfu.store.DatabaseException;
import bangfu.store.Dossiers;
import bangfu.store.ImportSink;
import bangfu.store.IntegrityReport;
import bangfu.store.Lists;
import bangfu.store.StatusLedger;
import bangfu.store.Storage;
import bangfu.store.UndoListener;
import bangfu.store.UndoPlan;
import bangfu.store.Uploads;
import bangfu.store.Visits;
import bangfu.store.YearlyFigures;
import bangfu.store.YearlyRows;
import bangfu.store.CopyListener;
import bangfu.store.CopyReport;
import bangfu.store.jdbc.AuditQueries;
import bangfu.store.jdbc.DatabaseCopy;
import bangfu.store.jdbc.DatabaseIntegrity;
import bangfu.store.jdbc.ClassifyFiles;
import bangfu.store.jdbc.ClassifyWriter;
import bangfu.store.jdbc.DossierQueries;
import bangfu.store.jdbc.Engine;
import bangfu.store.jdbc.EngineBacked;
import bangfu.store.jdbc.ImportUndo;
import bangfu.store.jdbc.ImportRecords;
import bangfu.store.jdbc.ListQueries;
import bangfu.store.jdbc.PhaseOuts;
import bangfu.store.jdbc.StatusChanges;
import bangfu.store.jdbc.UploadRows;
import bangfu.store.jdbc.VisitRounds;
import bangfu.store.jdbc.YearlyReads;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The storage as a database on a PostgreSQL server, shared by many clerks: every part of the interface is written
 * for it, as for SQLite.
 */
public final class PostgresStorage implements Storage, EngineBacked {
    private final PostgresDatabase db;

    private PostgresStorage(PostgresDatabase db) {
        this.db = db;
    }

    /** Opens the database a {@code postgresql://} or {@code jdbc:postgresql://} location names. */
    public static PostgresStorage open(String location, Access access) {
        return open(location, access, System.getenv());
    }

    /** The same with the environment given (PGPASSWORD, PGUSER), for tests. */
    public static PostgresStorage open(String location, Access access, Map<String, String> env) {
        PostgresLocation where = PostgresLocation.parse(location);
        return new PostgresStorage(switch (access) {
            case CREATE -> PostgresDatabase.open(where, env);
            case EXISTING -> PostgresDatabase.openExisting(where, env);
            case READ_ONLY -> PostgresDatabase.openReadOnly(where, env);
            case INSPECT -> PostgresDatabase.openForInspection(where, env);
            case REHEARSAL -> PostgresDatabase.openForRehearsal(where, env);
        });
    }

    /** The location without its password, for messages. */
    public static String shown(String location) {
        return PostgresLocation.parse(location).toString();
    }

    @Override
    public String location() {
        return db.location().toString();
    }

    @Override
    public int schemaVersion() {
        return db.schemaVersion();
    }

    @Override
    public boolean alreadyImported(String sha256) {
        return ImportRecords.alreadyImported(db, sha256);
    }

    @Override
    public ImportSink beginImport(String fileName, String sha256, Instant startedAt) {
        return PostgresImportSink.begin(db, fileName, sha256, startedAt);
    }

    @Override
    public YearlyRows yearlyRows(YearlyFigures.Scope scope, List<String> kinds, List<String> sources, List<String> causeCodes) {
        return YearlyReads.read(db, scope, kinds, sources, causeCodes, PhaseOuts::read);
    }

    @Override
    public Dossiers dossiers() {
        return new DossierQueries(db);
    }

    @Override
    public Audits audits() {
        return new AuditQueries(db);
    }

    @Override
    public Lists lists() {
        return new ListQueries(db);
    }

    @Override
    public Uploads uploads() {
        return new UploadRows(db);
    }

    @Override
    public Visits visits() {
        return new VisitRounds(db);
    }

    @Override
    public FileSource classifyFiles(boolean readAhead) {
        return new ClassifyFiles(db, readAhead);
    }

    @Override
    public TierLedger tierLedger() {
        return new ClassifyWriter(db);
    }

    @Override
    public StatusLedger beginStatusChanges(String command, String arguments, LocalDate asOf, Instant startedAt) {
        return StatusChanges.begin(db, command, arguments, asOf, startedAt);
    }

    @Override
    public UndoPlan planUndo(long importId) {
        return ImportUndo.plan(db, importId);
    }

    @Override
    public UndoPlan undo(long importId, Instant now, UndoListener listener) {
        return ImportUndo.undo(db, importId, now, listener);
    }

    @Override
    public IntegrityReport integrity() {
        return DatabaseIntegrity.check(db, db.schemaVersion());
    }

    @Override
    public CopyReport copyInto(Storage target, CopyListener listener) {
        return DatabaseCopy.copy(db, ((EngineBacked) target).engine(), location(), target.location(), schemaVersion(), listener);
    }

    @Override
    public Engine engine() {
        return db;
    }

    /** Nothing to clean up on a server: a failed import's transaction is already rolled back. */
    @Override
    public void abandon() {
        db.close();
    }

    @Override
    public void close() {
        db.close();
    }
}
