package bangfu.store.sqlite;

import bangfu.classify.FileSource;
import bangfu.classify.TierLedger;
import bangfu.store.Audits;
import bangfu.store.Backup;
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
import bangfu.store.jdbc.AuditQueries;
import bangfu.store.jdbc.DossierQueries;
import bangfu.store.jdbc.ListQueries;
import bangfu.store.jdbc.UploadRows;
import bangfu.store.jdbc.YearlyReads;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The storage as one SQLite file: the embedded engine, and the default. */
public final class SqliteStorage implements Storage {
    /** The schema this build writes; migrations live in /bangfu/store/V{n}__*.sql. */
    public static final int SCHEMA_VERSION = Database.SCHEMA_VERSION;

    private final Database db;

    private SqliteStorage(Database db) {
        this.db = db;
    }

    public static SqliteStorage open(Path file, Access access) {
        return new SqliteStorage(switch (access) {
            case CREATE -> Database.open(file);
            case EXISTING -> Database.openExisting(file);
            case READ_ONLY -> Database.openReadOnly(file);
            case INSPECT -> Database.openForInspection(file);
            case REHEARSAL -> Database.openForRehearsal(file);
        });
    }

    /** The storage of a database this adapter opened, for tests and benchmarks that also read it with SQL. */
    public static SqliteStorage of(Database db) {
        return new SqliteStorage(db);
    }

    public static Backup backup(Path file, Path target) {
        return DatabaseBackup.write(file, target);
    }

    public static String engineVersion() {
        return "SQLite " + Database.sqliteVersion();
    }

    @Override
    public String location() {
        return db.file().toString();
    }

    @Override
    public int schemaVersion() {
        return db.schemaVersion();
    }

    @Override
    public boolean alreadyImported(String sha256) {
        return ImportWriter.alreadyImported(db, sha256);
    }

    @Override
    public ImportSink beginImport(String fileName, String sha256, Instant startedAt) {
        return ImportWriter.begin(db, fileName, sha256, startedAt);
    }

    @Override
    public YearlyRows yearlyRows(YearlyFigures.Scope scope, List<String> kinds, List<String> sources,
                                 List<String> causeCodes) {
        return YearlyReads.read(db, scope, kinds, sources, causeCodes, (c, filter, binder, to) -> PhaseOuts.read(c, filter, binder::bind, to));
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
        return DatabaseIntegrity.check(db);
    }

    @Override
    public void abandon() {
        db.abandon();
    }

    @Override
    public void close() {
        db.close();
    }
}
