package bangfu.store.postgres;

import bangfu.store.ImportSink;
import bangfu.store.YearlyFigures;
import bangfu.store.YearlyRows;
import bangfu.store.jdbc.JdbcStorage;
import bangfu.store.jdbc.ImportRecords;
import bangfu.store.jdbc.PhaseOuts;
import bangfu.store.jdbc.YearlyReads;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The storage as a database on a PostgreSQL server, shared by many clerks: every part of the interface is written
 * for it, as for SQLite.
 */
public final class PostgresStorage extends JdbcStorage {
    private final PostgresDatabase db;

    private PostgresStorage(PostgresDatabase db) {
        super(db);
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
        return YearlyReads.read(db, scope, kinds, sources, causeCodes, PhaseOuts::schedules);
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
