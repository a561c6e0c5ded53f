package bangfu.store.sqlite;

import bangfu.store.Backup;
import bangfu.store.ImportSink;
import bangfu.store.Storage;
import bangfu.store.YearlyFigures;
import bangfu.store.YearlyRows;
import bangfu.store.jdbc.JdbcStorage;
import bangfu.store.jdbc.PhaseOuts;
import bangfu.store.jdbc.YearlyReads;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/** The storage as one SQLite file: the embedded engine, and the default. */
public final class SqliteStorage extends JdbcStorage {
    /** The schema this build writes; migrations live in /bangfu/store/V{n}__*.sql. */
    public static final int SCHEMA_VERSION = Database.SCHEMA_VERSION;

    private final Database db;

    private SqliteStorage(Database db) {
        super(db);
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

    /** A verified SQLite file holding every record of {@code source}, a database on a server, with its history. */
    public static Backup backup(Storage source, Path target) {
        return DatabaseBackup.write(source, target);
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
        return YearlyReads.read(db, scope, kinds, sources, causeCodes, PhaseOuts::schedules);
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
