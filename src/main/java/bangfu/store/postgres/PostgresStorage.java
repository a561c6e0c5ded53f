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
import bangfu.store.jdbc.AuditQueries;
import bangfu.store.jdbc.DossierQueries;
import bangfu.store.jdbc.ListQueries;
import bangfu.store.jdbc.UploadRows;
import bangfu.store.jdbc.YearlyReads;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The storage as a database on a PostgreSQL server, shared by many clerks. Imports and the reports are written for
 * it; every other part refuses in one sentence ({@code db.pg_not_yet}, exit 4) until it is.
 */
public final class PostgresStorage implements Storage {
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
            // a rehearsal runs the import in one transaction rolled back at the end: not written for PostgreSQL yet
            case REHEARSAL -> throw PostgresDatabase.notYetAvailable(where, "a rehearsal (verify, import --dry-run)");
        });
    }

    /** What a command that has no PostgreSQL part yet says, naming the database without its password. */
    public static DatabaseException notYet(String location, String what) {
        return PostgresDatabase.notYetAvailable(PostgresLocation.parse(location), what);
    }

    /** The location without its password, for messages. */
    public static String shown(String location) {
        return PostgresLocation.parse(location).toString();
    }

    private DatabaseException notYet(String what) {
        return PostgresDatabase.notYetAvailable(db.location(), what);
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
        return PostgresImportSink.alreadyImported(db, sha256);
    }

    @Override
    public ImportSink beginImport(String fileName, String sha256, Instant startedAt) {
        return PostgresImportSink.begin(db, fileName, sha256, startedAt);
    }

    @Override
    public YearlyRows yearlyRows(YearlyFigures.Scope scope, List<String> kinds, List<String> sources, List<String> causeCodes) {
        return YearlyReads.read(db, scope, kinds, sources, causeCodes, PostgresPhaseOuts::read);
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
        throw notYet("visit");
    }

    @Override
    public FileSource classifyFiles(boolean readAhead) {
        throw notYet("classify");
    }

    @Override
    public TierLedger tierLedger() {
        throw notYet("classify --apply");
    }

    @Override
    public StatusLedger beginStatusChanges(String command, String arguments, LocalDate asOf, Instant startedAt) {
        throw notYet(command);
    }

    @Override
    public UndoPlan planUndo(long importId) {
        throw notYet("import --undo");
    }

    @Override
    public UndoPlan undo(long importId, Instant now, UndoListener listener) {
        throw notYet("import --undo");
    }

    @Override
    public IntegrityReport integrity() {
        throw notYet("db check");
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
