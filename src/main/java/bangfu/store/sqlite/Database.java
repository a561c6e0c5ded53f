package bangfu.store.sqlite;

import bangfu.store.jdbc.LifecycleColumns;
import bangfu.store.JsonText;
import bangfu.store.DatabaseException;
import bangfu.store.jdbc.Engine;
import bangfu.store.jdbc.Transaction;
import bangfu.model.Masks;
import bangfu.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.SQLiteException;

/** The one SQLite file: opened with the right pragmas, migrated forward, closed. */
public final class Database implements Engine, AutoCloseable {
    /** The schema this build writes; migrations live in /bangfu/store/V{n}__*.sql. */
    public static final int SCHEMA_VERSION = 11;
    private static final String[] MIGRATIONS = {"V1__households.sql", "V2__ledgers_and_visits.sql",
        "V3__yearly_report.sql", "V4__masked_rejects.sql", "V5__undo.sql", "V6__vocabulary.sql",
        "V7__classify.sql", "V8__lifecycle.sql", "V9__imported_by.sql", "V10__visit_years.sql",
        "V11__report_indexes.sql"};
    /** The version whose migration masks the rejected rows kept by earlier versions. */
    private static final int MASKED_REJECTS = 4;
    /**
     * Where a migration script hands over to Java: the lifecycle columns are written from the one lifecycle rule
     * ({@link LifecycleColumns}), which SQL must not restate, between the statements before and after this line.
     */
    private static final String LIFECYCLE_STEP = "(?m)^-- bangfu: lifecycle columns\\s*$";
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final Connection connection;
    /** This run created the file: abandoning it may remove it again. */
    private boolean created;
    /** Opened for a rehearsal: every write is inside one transaction that closing rolls back, never committed. */
    private boolean rehearsal;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens the database, creating it (owner-only) and migrating it to {@link #SCHEMA_VERSION}. */
    public static Database open(Path file) {
        loadSqlite();
        boolean created = createOwnerOnly(file);
        checkLooksLikeSqlite(file);
        return connect(file, "jdbc:sqlite:" + file.toAbsolutePath(), new Properties(), created, connection -> {
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA busy_timeout = 5000");
            }
            // Before anything writes (even journal_mode = WAL rewrites the header): another program's database
            // must not get bangfu's tables added to it. Only an SQLite file without any table is taken as new.
            refuseForeign(file, connection);
            try (Statement s = connection.createStatement()) {
                setUpForImports(s);
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = NORMAL");
            }
            Database db = new Database(file, connection);
            db.created = created;
            db.migrate();
            return db;
        });
    }

    /**
     * Opens the database for a rehearsal of an import: inside one write transaction, taken at once (a writer
     * waiting on it gets the lock message after the busy timeout), that {@link #close} rolls back and nothing
     * commits, so the file stays as every reader sees it even when the process is killed. An older schema is
     * migrated inside that transaction too. A file that does not exist is not created: the rehearsal runs in a
     * temporary database of SQLite's own, which is deleted from disk as soon as it is opened.
     */
    public static Database openForRehearsal(Path file) {
        loadSqlite();
        boolean exists = Files.exists(file);
        if (exists) checkLooksLikeSqlite(file);
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        config.setBusyTimeout(5000);
        // An empty name is SQLite's private temporary database: no file anyone else could see or that a kill leaves.
        String url = "jdbc:sqlite:" + (exists ? file.toAbsolutePath() : "");
        return connect(file, url, config.toProperties(), false, connection -> {
            if (exists) refuseForeign(file, connection);
            try (Statement s = connection.createStatement()) {
                // Before the transaction: foreign_keys is a no-op inside one. The journal mode stays the file's own:
                // a rehearsal commits nothing, so it needs no WAL, and it must not change the header.
                setUpForImports(s);
                s.execute("BEGIN IMMEDIATE");
            }
            Database db = new Database(file, connection);
            db.rehearsal = true;
            db.migrate();
            return db;
        });
    }

    /** What is done with a new connection to make it bangfu's database. */
    private interface Opening {
        Database on(Connection connection) throws SQLException;
    }

    /**
     * Connects and hands the connection to {@code opening}; when either fails, the connection is closed and a file
     * this run created is removed again, so a failed opening leaves nothing behind.
     */
    private static Database connect(Path file, String url, Properties properties, boolean created, Opening opening) {
        Connection connection = null;
        try {
            connection = DriverManager.getConnection(url, properties);
            return opening.on(connection);
        } catch (SQLException e) {
            closeQuietly(connection);
            if (created) remove(file);
            throw failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            if (created) remove(file);
            throw e;
        }
    }

    /** The settings of a connection that imports, for this connection only. */
    private static void setUpForImports(Statement s) throws SQLException {
        s.execute("PRAGMA foreign_keys = ON");
        // A file-sized import touches index pages all over the file; the default 2 MB cache spills constantly.
        s.execute("PRAGMA cache_size = -131072");
        // Building an index at the end of a large import is a sort: let SQLite use both cores for it.
        s.execute("PRAGMA threads = " + Math.min(4, Runtime.getRuntime().availableProcessors()));
    }

    /** True for a database opened by {@link #openForRehearsal}. */
    boolean rehearsal() {
        return rehearsal;
    }

    /**
     * Before the first import into a file this run created: journals it the rollback way until {@link #writeAhead}.
     * A write-ahead log holds every new page a second time and copies it into the file after the commit; a rollback
     * journal keeps only the pages that existed before the transaction (the empty schema's few) and the new pages
     * go once, straight into the file. A kill or a power cut still rolls back to the empty database: the next opening
     * finds the journal hot and puts those pages back before anything reads (synchronous = FULL, SQLite's own
     * guarantee for that mode; CrashIT kills first imports). Readers of a file that holds nothing yet lose nothing
     * by waiting for the commit. Returns false, and the log stays, when another connection has the file open.
     */
    boolean journalWithoutLog() {
        if (!created || rehearsal) return false;
        try (Statement s = connection.createStatement()) {
            if (number("SELECT count(*) FROM imports") != 0) return false;
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = DELETE")) {
                if (!rs.next() || !"delete".equalsIgnoreCase(rs.getString(1))) return false;
            }
            s.execute("PRAGMA synchronous = FULL");
            return true;
        } catch (SQLException e) {
            // another program opened the new file meanwhile and holds it: the log it may be reading through stays
            return false;
        }
    }

    /**
     * Back to the write-ahead log after {@link #journalWithoutLog}, outside any transaction, so that readers work
     * beside the next writer. Where another program holds the file, it stays in rollback mode until the next opening,
     * which sets the log again: still sound, only without reading beside a writer meanwhile.
     */
    void writeAhead() {
        if (rehearsal) return;
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("PRAGMA synchronous = NORMAL");
        } catch (SQLException e) {
            // the import is committed or rolled back already: the journal mode is only how the next one is written
        }
    }

    /** Removes a database file this run created, with the files SQLite keeps beside it. */
    private static void remove(Path file) {
        for (String suffix : new String[] {"-wal", "-shm", "-journal", ""}) {
            try {
                Files.deleteIfExists(Path.of(file + suffix));
            } catch (IOException e) {
                // best effort: the failure that brought us here is the one to report
            }
        }
    }

    private static void refuseForeign(Path file, Connection connection) throws SQLException {
        int version;
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
        }
        // Other programs number their schemas too: a version of ours without our imports table is not ours.
        String sql = version == 0 ? "SELECT count(*) FROM sqlite_master"
                : "SELECT count(*) = 0 FROM sqlite_master WHERE type = 'table' AND name = 'imports'";
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (rs.next() && rs.getLong(1) > 0) throw new DatabaseException(Message.of("check.db_not_bangfu", file), null);
        }
    }

    /** Opens a database that must exist: for reading commands a missing file is a mistyped --db, not a new database. */
    public static Database openExisting(Path file) {
        if (!Files.isRegularFile(file)) throw new DatabaseException(Message.of("db.missing", file), null);
        // Looked at without writing first: an empty file or another program's SQLite file must not be turned
        // into a bangfu database by a report. A bangfu database of an older version is migrated, as import does.
        openReadOnly(file, 1).close();
        return open(file);
    }

    /**
     * Opens an existing database for reading only: never creates the file, never migrates, never writes (not
     * even a checkpoint), so the file stays byte for byte as it was. Older schemas are refused with advice.
     */
    public static Database openReadOnly(Path file) {
        return openReadOnly(file, SCHEMA_VERSION);
    }

    /**
     * Opens an existing bangfu database of any version this build knows, read-only as {@link #openReadOnly(Path)}
     * does: for looking at a database without upgrading it (a check, a backup, a dry run).
     */
    public static Database openForInspection(Path file) {
        return openReadOnly(file, 1);
    }

    private static Database openReadOnly(Path file, int oldestVersion) {
        if (!Files.isRegularFile(file)) throw new DatabaseException(Message.of("db.missing", file), null);
        checkLooksLikeSqlite(file);
        loadSqlite();
        Connection connection = null;
        try {
            // Read-write without CREATE, then query_only: a read-only connection to a WAL database would leave
            // -wal and -shm files behind, which only the last read-write connection removes on closing.
            org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
            config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
            config.setBusyTimeout(5000);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (Statement s = connection.createStatement()) {
                s.execute("PRAGMA query_only = ON");
            }
            Database db = new Database(file, connection);
            int version = db.schemaVersion();
            if (version > SCHEMA_VERSION) {
                throw new DatabaseException(Message.of("db.newer_schema", file, version, SCHEMA_VERSION), null);
            }
            if (version == 0) throw new DatabaseException(Message.of("check.db_not_bangfu", file), null);
            if (version < oldestVersion) throw new DatabaseException(Message.of("check.db_old_schema", file, version), null);
            return db;
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure(file, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    @Override
    public Connection connection() {
        return connection;
    }

    @Override
    public DatabaseException failure(SQLException e) {
        return failure(file, e);
    }

    public Path file() {
        return file;
    }

    public int schemaVersion() {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    public static String sqliteVersion() {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT sqlite_version()")) {
            return rs.next() ? rs.getString(1) : "?";
        } catch (SQLException e) {
            return "?";
        }
    }

    private void migrate() throws SQLException {
        int current = schemaVersion();
        if (current > SCHEMA_VERSION) {
            throw new DatabaseException(Message.of("db.newer_schema", file, current, SCHEMA_VERSION), null);
        }
        migrate(connection, current, SCHEMA_VERSION, rehearsal);
    }

    /** Applies the migrations after version {@code from} up to {@code to}, each in one transaction. */
    static void migrate(Connection connection, int from, int to) throws SQLException {
        migrate(connection, from, to, false);
    }

    /** The same, each a step of a rehearsal's transaction when {@code rehearsal}: DDL is transactional in SQLite. */
    private static void migrate(Connection connection, int from, int to, boolean rehearsal) throws SQLException {
        for (int version = from + 1; version <= to; version++) {
            String script = readScript(MIGRATIONS[version - 1]);
            try (Statement s = connection.createStatement()) {
                Transactions.begin(connection, rehearsal);
                try {
                    String[] parts = script.split(LIFECYCLE_STEP, 2);
                    for (String sql : statements(parts[0])) s.execute(sql);
                    if (version == MASKED_REJECTS) maskRejects(connection);
                    if (parts.length > 1) {
                        LifecycleColumns.fill(connection);
                        for (String sql : statements(parts[1])) s.execute(sql);
                    }
                    s.execute("PRAGMA user_version = " + version);
                    Transactions.commit(connection, rehearsal);
                } catch (SQLException e) {
                    Transactions.rollbackQuietly(connection, rehearsal);
                    throw e;
                }
            }
        }
    }

    /**
     * Masks the cells of rows rejected before version 4, in the same transaction as the version change. Which
     * column held what was not kept, so every cell is masked as free text is: runs of 15 or more digits (IDs,
     * cards) and 11-digit mobiles.
     */
    private static void maskRejects(Connection connection) throws SQLException {
        Map<Long, Map<String, String>> rows = new LinkedHashMap<>();
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT r.id, j.key, j.value FROM rejects r, json_each(r.raw) j WHERE json_valid(r.raw) ORDER BY r.id, j.id")) {
            while (rs.next()) {
                String value = rs.getString(3);
                rows.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>())
                        .put(rs.getString(2), value == null ? "" : Masks.numbersIn(value));
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("UPDATE rejects SET raw = ? WHERE id = ?")) {
            for (Map.Entry<Long, Map<String, String>> row : rows.entrySet()) {
                ps.setString(1, row.getValue().isEmpty() ? "{}" : JsonText.encode(row.getValue()));
                ps.setLong(2, row.getKey());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        // What json_each cannot read is not kept at all.
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("UPDATE rejects SET raw = '{}' WHERE NOT json_valid(raw)");
        }
    }

    /**
     * Splits a migration script on semicolons that end a line, keeping a trigger whole: its statements between
     * BEGIN and END are one statement of the script.
     */
    static String[] statements(String script) {
        String withoutComments = script.replaceAll("(?m)^\\s*--.*$", "");
        List<String> out = new ArrayList<>();
        StringBuilder trigger = null;
        for (String part : withoutComments.split(";\\s*(\\r?\\n|$)")) {
            String sql = part.strip();
            if (sql.isEmpty()) continue;
            if (trigger == null && sql.regionMatches(true, 0, "CREATE TRIGGER", 0, "CREATE TRIGGER".length())) trigger = new StringBuilder();
            if (trigger == null) {
                out.add(sql);
            } else {
                trigger.append(sql).append(";\n");
                if (sql.regionMatches(true, sql.length() - 3, "END", 0, 3)) {
                    out.add(trigger.toString().strip());
                    trigger = null;
                }
            }
        }
        if (trigger != null) out.add(trigger.toString().strip());
        return out.toArray(String[]::new);
    }

    private static String readScript(String name) {
        try (InputStream in = Database.class.getResourceAsStream("/bangfu/store/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("missing migration " + name, e);
        }
    }

    /**
     * SQLite's native library is unpacked into the temporary folder on every start unless the user's cache holds it
     * ({@link NativeLibraryCache}). A full, read-only or noexec
     * folder there made the driver print 65 lines of stack trace and fail with "Error opening connection".
     */
    static void loadSqlite() {
        NativeLibraryCache.use(System.getenv());
        try {
            if (SQLiteJDBCLoader.initialize()) return;
        } catch (Exception | LinkageError e) {
            // reported below
        }
        String folder = System.getProperty("org.sqlite.tmpdir", System.getProperty("java.io.tmpdir"));
        throw new DatabaseException(Message.of("db.no_native", folder), null);
    }

    /**
     * Closes after a failure that may have left a large write-ahead log: a database this run created and that
     * holds no import yet is removed again, with its log, so that a full disk is left as full as it was;
     * an older database gets its log emptied where the disk allows.
     */
    public void abandon() {
        boolean remove = false;
        try (Statement s = connection.createStatement()) {
            if (created) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM imports WHERE finished_at IS NOT NULL")) {
                    remove = rs.next() && rs.getLong(1) == 0;
                }
            }
            if (!remove) s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException e) {
            // best effort: the failure that brought us here is the one to report
        }
        closeQuietly(connection);
        if (remove) remove(file);
    }

    /** @return true when this call created the file */
    static boolean createOwnerOnly(Path file) {
        if (Files.exists(file)) return false;
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null && !Files.isDirectory(parent)) {
                throw new DatabaseException(Message.of("db.no_folder", file, parent), null);
            }
            try {
                // SQLite would create it 0644; the file holds health and income data of named people.
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException raced) {
            // another bangfu created it first; fine
            return false;
        } catch (IOException e) {
            throw new DatabaseException(Message.of("db.cannot_create", file, e.getMessage()), e);
        }
    }

    static void checkLooksLikeSqlite(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length > 0 && !Arrays.equals(head, SQLITE_MAGIC)) {
                throw new DatabaseException(Message.of("db.not_a_database", file), null);
            }
        } catch (IOException e) {
            throw new DatabaseException(Message.of("db.cannot_open", file, e.getMessage()), e);
        }
    }

    /** A failure of a read on a connection of its own, rethrown as the same failure read in the foreground would be. */
    static RuntimeException failure(Path file, java.util.concurrent.ExecutionException e) {
        if (e.getCause() instanceof SQLException se) return failure(file, se);
        if (e.getCause() instanceof RuntimeException re) return re;
        return new IllegalStateException(e.getCause());
    }

    /** Turns a driver failure into a sentence for the clerk. */
    static DatabaseException failure(Path file, SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? -1 : code.code & 0xff;
        String key = switch (primary) {
            case 5, 6 -> "db.locked";
            case 11, 26 -> "db.corrupt";
            case 13 -> "db.full";
            // SQLite's index of its log is a file too: on a full disk it cannot grow (SQLITE_IOERR_SHMSIZE …)
            case 10 -> "db.io";
            case 8 -> "db.readonly";
            case 14 -> "db.cannot_open";
            default -> "db.error";
        };
        String detail = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        return new DatabaseException(Message.of(key, file, detail), e);
    }

    private static void closeQuietly(Connection c) {
        if (c == null) return;
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one to report
        }
    }

    /** Closes; a rehearsal's transaction is rolled back first, with everything it wrote. */
    @Override
    public void close() {
        if (rehearsal) Transactions.rollbackQuietly(connection);
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    // the read side: reports and verify's database checks

    @Override
    public bangfu.store.jdbc.Readers readers() {
        return new ReadConnections(file);
    }

    @Override
    public String indexedBy(String index) {
        return " INDEXED BY " + index;
    }

    /** SQLite's GROUP BY hands the groups out sorted already. */
    @Override
    public String groupsInOrder(int keys) {
        return "";
    }

    @Override
    public String greatest() {
        return "max";
    }

    // import --undo, db check, db copy

    @Override
    public List<String> tables() throws SQLException {
        return SchemaCatalog.tables(connection);
    }

    @Override
    public List<String> storedColumns(String table) throws SQLException {
        return SchemaCatalog.storedColumns(connection, table);
    }

    @Override
    public List<Reference> references(String table) throws SQLException {
        return SchemaCatalog.references(connection, table);
    }

    /** The column's affinity turns the logged text back into the number it was. */
    @Override
    public String stored(String text, String table, String column) {
        return text;
    }

    @Override
    public Map<String, Set<String>> schema() throws SQLException {
        return SchemaCatalog.schema(connection);
    }

    @Override
    public Schema expectedSchema(int version) throws SQLException {
        return SchemaCatalog.expected(version);
    }

    @Override
    public List<String> pageProblems(int shown) throws SQLException {
        return SchemaCatalog.pageProblems(connection, shown);
    }

    @Override
    public Transaction beginReading() throws SQLException {
        Transactions.beginReading(connection);
        return begun();
    }

    /** SQLite has one writer at a time: BEGIN IMMEDIATE waits for it (the busy timeout) and then excludes others. */
    @Override
    public Transaction beginExclusive() throws SQLException {
        Transactions.begin(connection);
        return begun();
    }

    private Transaction begun() {
        return Transaction.begun(() -> Transactions.commit(connection), () -> Transactions.rollbackQuietly(connection));
    }

    /** SQLite's next rowid is the largest plus one. */
    @Override
    public void keysWritten(String table) {
    }

    // classify and visit: the commands that move files, and their reads

    /** BEGIN IMMEDIATE, as {@link #beginExclusive}: SQLite has one writer at a time, and the second waits up to the busy timeout. */
    @Override
    public Transaction beginMoves() throws SQLException {
        return beginExclusive();
    }

    /** A connection of its own to the file: WAL lets it read while this one writes or reads. */
    @Override
    public Connection openReader() throws SQLException {
        Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try (Statement s = c.createStatement()) {
            // Not memory-mapped: it reads a few scattered rows, which a mapping would only count against the process.
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA query_only = 1");
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw e;
        }
    }

    @Override
    public String jsonArray(String columns) {
        return "json_array(" + columns + ")";
    }

    /** As it is: the column's affinity stored it so. */
    @Override
    public String asStoredNumber(String column) {
        return column;
    }

    /** None: SQLite steps through the rows as they are asked for. */
    @Override
    public Transaction streaming() {
        return Transaction.none();
    }

    @Override
    public String inRowOrder() {
        return " NOT INDEXED";
    }
}
