package bangfu.store.postgres;

import bangfu.lifecycle.FileState;
import bangfu.lifecycle.RosterOutcome;
import bangfu.lifecycle.Transition;
import bangfu.model.CloseReason;
import bangfu.model.Counts;
import bangfu.model.Field;
import bangfu.model.FileStatus;
import bangfu.model.IdNumber;
import bangfu.model.LedgerField;
import bangfu.model.MemberField;
import bangfu.model.RecordKind;
import bangfu.model.RosterField;
import bangfu.model.Values;
import bangfu.model.VisitField;
import bangfu.store.DatabaseException;
import bangfu.store.HouseholdIndex;
import bangfu.store.ImportSink;
import bangfu.store.jdbc.UpdateStatements;
import bangfu.store.jdbc.ImportRecords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything one imported file writes to PostgreSQL, in one transaction: new rows go in with COPY (households with
 * ids drawn from their sequence, so members can name them at once), payments and visits through a staging table
 * merged with {@code ON CONFLICT DO NOTHING} on their idempotency keys, updates in batches. Nothing is visible to
 * other clerks until {@link #commit}; closing without it, or a kill, leaves the database as it was before the file.
 */
final class PostgresImportSink implements ImportSink {
    private static final RosterField[] ROSTER_COLUMNS = ImportRecords.ROSTER_COLUMNS;
    private static final MemberField[] MEMBER_COLUMNS = ImportRecords.MEMBER_COLUMNS;
    private static final LedgerField[] LEDGER_COLUMNS = Arrays.stream(LedgerField.values())
            .filter(f -> f != LedgerField.HEAD_ID && f != LedgerField.NAME).toArray(LedgerField[]::new);
    private static final VisitField[] VISIT_COLUMNS = Arrays.stream(VisitField.values())
            .filter(f -> f != VisitField.HEAD_ID && f != VisitField.NAME).toArray(VisitField[]::new);
    /** The savepoint of one file in a rehearsal. */
    private static final String REHEARSED_FILE = "bangfu_file";
    /**
     * The tables a first import into the empty households table writes without an index kept up or a foreign key
     * checked per row: all three are empty then (members and status entries refer to households). Their secondary
     * indexes are built once at the end, their foreign keys checked once, with one query each.
     */
    private static final List<String> HELD_TABLES = List.of("households", "members", "status_history");
    /** The memory each index build of such an import may sort in (kB), where the server's default gives 64 MB. */
    private static final int INDEX_BUILD_KB = 256 << 10;

    private final PostgresDatabase db;
    /** The connection as it is before any COPY is sent; afterwards every statement goes through {@link #c()}. */
    private final Connection c;
    /** The file's COPYs, sent beside the reading: the server writes one batch while the next is read. */
    private final CopyQueue copies;
    private final long importId;
    private final String now;
    private HouseholdIndex index;
    /** Household ids drawn from the sequence and not used yet: [next, end). */
    private long nextId;
    private long endId;
    private int idBlock = 16;
    private final CopyRows households;
    private final CopyRows members;
    private final CopyRows history;
    private final CopyRows changes;
    private final CopyRows rejects;
    /** The first status entry of each household this file creates, sent at commit after the file's other entries. */
    private final FirstStatusEntries firstEntries = new FirstStatusEntries();
    private CopyRows payments;
    private CopyRows visits;
    private long staged;
    private int queuedEvents;
    private boolean updatesPending;
    private long bookkeepingOf = -1;
    private String[] bookkeeping;
    private final Map<Long, String> memberWriters = new HashMap<>();
    /** The households this file's rows update, as read before each update, and their UPDATEs by the columns they set. */
    private final ImportRecords.StoredReads storedReads = new ImportRecords.StoredReads();
    private long storedOf = -1;
    private ImportRecords.StoredStatus stored;
    private final UpdateStatements updateStatements;
    private boolean open = true;
    /**
     * A first import into the empty households table, holding it and the tables that refer to it alone: their
     * deferred indexes and foreign keys, as the statements that restore them before commit.
     */
    private final List<String> restore = new ArrayList<>();
    private boolean alone;

    private PostgresImportSink(PostgresDatabase db, String fileName, String sha256, Instant startedAt) throws SQLException {
        this.db = db;
        this.c = db.connection();
        this.now = startedAt.toString();
        if (db.rehearsal()) {
            // a step of the rehearsal's one transaction, already REPEATABLE READ: later files see this one's rows
            execute(c, "SAVEPOINT " + REHEARSED_FILE);
            importId = insertImport(fileName, sha256);
        } else {
            long bulk = householdsLookEmpty() ? beginAlone(fileName, sha256) : -1;
            if (bulk > 0) {
                importId = bulk;
                alone = true;
            } else {
                c.setAutoCommit(false);
                // One snapshot for the whole file: the households on file are read once, at the start, and every change
                // is decided against them. A household another clerk's import changed meanwhile then fails this file
                // with 40001 instead of being overwritten from stale values (a lost update under READ COMMITTED).
                c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                importId = insertImport(fileName, sha256);
            }
        }
        copies = CopyQueue.aside(c);
        households = new CopyRows(copies, "households", ImportRecords.HOUSEHOLD_COLUMNS.toArray(String[]::new));
        members = new CopyRows(copies, "members", "household_id", "name", "id_number", "relation", "gender", "birth_date",
                "health", "occupation", "relation_wording", "extra", "import_id");
        history = new CopyRows(copies, "status_history", "household_id", "from_status", "to_status", "changed_on", "reason",
                "command", "import_id", "recorded_at", "from_union", "to_union");
        changes = new CopyRows(copies, "changes", "table_name", "row_id", "column_name", "old_value", "new_value", "command",
                "import_id", "recorded_at");
        rejects = new CopyRows(copies, "rejects", "import_id", "sheet", "row_number", "codes", "raw");
        updateStatements = new UpdateStatements(c, statements -> {
            c(); // the batches' rows refer to households sent before them
            for (PreparedStatement ps : statements) ps.executeBatch();
        });
    }

    private long insertImport(String fileName, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO imports (file_name, sha256, started_at, imported_by) VALUES (?, ?, ?, current_user) RETURNING id")) {
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            ps.setString(3, now);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Asked before the file's transaction, on its own: only then is it worth trying {@link #beginAlone}. */
    private boolean householdsLookEmpty() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM households)")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Begins a first import into the empty households table, when no other clerk holds it, a table referring to it or
     * a table they refer to: kept up row by row, the secondary indexes of households cost most of the import (≈1.5 s
     * per 200,000 rows each for the report's two), and the foreign-key checks of every household, member and status
     * entry (onto households, imports and the rest, one trigger per row and key) more; here the indexes of the three
     * tables are dropped and built once, sorted, at the end, and every foreign key checked then with one query — all
     * in this transaction, which a failure or a kill rolls back with the rest. The tables are taken with NOWAIT, so
     * this never waits and never deadlocks: when another clerk holds one (has begun an import and written its imports
     * row, say), or the table is no longer empty, the transaction is rolled back and the file begins as any other
     * (returns -1). Meanwhile other clerks wait for this one at their first statement, as the lock timeout allows.
     * Other clerks cannot change these tables while it runs, so READ COMMITTED suffices.
     */
    private long beginAlone(String fileName, String sha256) throws SQLException {
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        long id = insertImport(fileName, sha256);
        String held = "'" + String.join("'::regclass, '", HELD_TABLES) + "'::regclass";
        try (Statement s = c.createStatement()) {
            // Dropping a foreign key takes the table it refers to as well: imports (every household and status entry
            // names its import), and those the status entries may name. Taken up front, with NOWAIT, or not at all.
            List<String> tables = new ArrayList<>(HELD_TABLES);
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT confrelid::regclass::text FROM pg_constraint WHERE contype = 'f'"
                    + " AND conrelid IN (" + held + ") ORDER BY 1")) {
                while (rs.next()) if (!tables.contains(rs.getString(1))) tables.add(rs.getString(1));
            }
            s.execute("LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE NOWAIT");
        } catch (SQLException e) {
            if (!"55P03".equals(e.getSQLState())) throw e;
            c.rollback();
            return -1;
        }
        if (!householdsLookEmpty()) {
            c.rollback();
            return -1;
        }
        try (Statement s = c.createStatement()) {
            List<String[]> found = new ArrayList<>();
            // every index but the keys (a unique one too: it is checked when built), then every foreign key
            try (ResultSet rs = s.executeQuery("SELECT i.indexrelid::regclass, pg_get_indexdef(i.indexrelid) FROM pg_index i"
                    + " WHERE i.indrelid IN (" + held + ") AND NOT i.indisprimary"
                    + " AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid) ORDER BY 1")) {
                while (rs.next()) found.add(new String[] {"DROP INDEX " + rs.getString(1), rs.getString(2)});
            }
            try (ResultSet rs = s.executeQuery("SELECT conrelid::regclass, conname, pg_get_constraintdef(oid) FROM pg_constraint"
                    + " WHERE contype = 'f' AND conrelid IN (" + held + ") ORDER BY 1, 2")) {
                while (rs.next()) {
                    String table = "ALTER TABLE " + rs.getString(1) + " ";
                    found.add(new String[] {table + "DROP CONSTRAINT " + rs.getString(2),
                        table + "ADD CONSTRAINT " + rs.getString(2) + " " + rs.getString(3)});
                }
            }
            for (String[] step : found) {
                s.execute(step[0]);
                restore.add(step[1]);
            }
        }
        return id;
    }

    /** Starts the transaction of one file. */
    static PostgresImportSink begin(PostgresDatabase db, String fileName, String sha256, Instant startedAt) {
        try {
            return new PostgresImportSink(db, fileName, sha256, startedAt);
        } catch (SQLException e) {
            rollbackQuietly(db);
            throw db.failure(e);
        }
    }

    @Override
    public long importId() {
        return importId;
    }

    @Override
    public HouseholdIndex index() {
        if (index == null) {
            try {
                index = ImportRecords.readIndex(c());
            } catch (SQLException e) {
                throw fail(e);
            }
        }
        return index;
    }

    @Override
    public long insertHousehold(IdNumber head, int period, FileState state, Map<RosterField, Object> values,
                                String extraJson, long hash) {
        try {
            long id = nextHouseholdId();
            Object[] row = ImportRecords.householdRow(id, period, state, values, extraJson, hash, importId);
            households.add(row);
            firstEntries.created(id, row);
            if (households.full()) flushAll();
            ImportRecords.index(index(), head, id, period, state, hash);
            return id;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * The next household id from the table's own sequence, drawn in growing blocks (16, 32 … 8,192 at a time): a
     * million new households cost a few hundred round trips, a small roster wastes few numbers. Numbers drawn by an
     * import that is rolled back stay unused, as sequences do; other clerks' imports draw their own.
     */
    private long nextHouseholdId() throws SQLException {
        if (nextId == endId && alone) {
            // Alone on the table, nobody else draws from its sequence: a block of numbers is one call, not one per row.
            try (PreparedStatement ps = c().prepareStatement(
                    "SELECT setval(pg_get_serial_sequence('households', 'id'), nextval(pg_get_serial_sequence('households', 'id')) + ? - 1)")) {
                ps.setInt(1, idBlock);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    endId = rs.getLong(1) + 1;
                    nextId = endId - idBlock;
                }
            }
            idBlock = Math.min(1 << 20, idBlock * 2);
        }
        if (nextId == endId) {
            try (PreparedStatement ps = c().prepareStatement(
                    "SELECT nextval(pg_get_serial_sequence('households', 'id')) FROM generate_series(1, ?)")) {
                ps.setInt(1, idBlock);
                long first = Long.MAX_VALUE;
                long last = Long.MIN_VALUE;
                int n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long v = rs.getLong(1);
                        first = Math.min(first, v);
                        last = Math.max(last, v);
                        n++;
                    }
                }
                // Another clerk drawing at the same moment may interleave: keep the first unbroken run only.
                if (last - first + 1 != n) last = first;
                nextId = first;
                endId = last + 1;
            }
            idBlock = Math.min(8192, idBlock * 2);
        }
        return nextId++;
    }

    @Override
    public Map<RosterField, String> storedValues(long householdId, Collection<RosterField> fields) {
        flushHouseholds();
        try {
            ImportRecords.StoredRow row = storedReads.values(c(), householdId, fields);
            if (row.bookkeeping() != null) {
                bookkeepingOf = householdId;
                bookkeeping = row.bookkeeping();
            }
            return row.values();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public StoredState storedState(long householdId) {
        flushHouseholds();
        try {
            stored = storedReads.state(c(), householdId);
            storedOf = householdId;
            return stored.state();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void updateHousehold(long householdId, IdNumber head, Map<RosterField, Object> changed,
                                Map<RosterField, String> old, long hash, FileState after) {
        try {
            if (bookkeepingOf != householdId) storedValues(householdId, List.of());
            String[] before = bookkeeping;
            List<RosterField> fields = new ArrayList<>(changed.keySet());
            ImportRecords.HouseholdUpdate update = ImportRecords.householdUpdate(householdId, fields, changed, after,
                    storedOf == householdId ? stored : null, hash, importId);
            PreparedStatement ps = updateStatements.statement(update.sql());
            Object[] values = update.values();
            firstEntries.assigned(householdId, update.columns(), values);
            for (int i = 0; i < values.length; i++) setValue(ps, i + 1, values[i]);
            ps.addBatch();
            updatesPending = true;
            ImportRecords.logHouseholdUpdate(this::addChange, householdId, fields, changed, old, before, hash, importId);
            bookkeeping = new String[] {Long.toString(hash), Long.toString(importId)};
            HouseholdIndex.Entry e = index().find(head.asLong());
            if (e != null && e.rowId() == householdId) ImportRecords.index(index(), head, householdId, e.period(), after, hash);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void recordStatusChange(long householdId, Transition t) {
        addHistory(householdId, t.from(), t.to(), t.on(), t.reason() == null ? null : t.reason().name(), null, null);
    }

    @Override
    public void recordTransfer(long householdId, RosterOutcome.Transfer t) {
        addHistory(householdId, t.status(), t.status(), t.on(), CloseReason.TRANSFER.name(), t.fromUnion(), t.toUnion());
    }

    @Override
    public void redateStatus(long householdId, FileStatus status, LocalDate on) {
        try {
            flushHouseholds();
            history.write();
            ImportRecords.LatestEntry latest = ImportRecords.latestEntry(c(), householdId, status);
            if (latest == null) return;
            long entry = latest.id();
            String old = latest.changedOn();
            String dated = on == null ? null : on.toString();
            if (Objects.equals(old, dated)) return;
            try (PreparedStatement ps = c().prepareStatement("UPDATE status_history SET changed_on = ? WHERE id = ?")) {
                ps.setString(1, dated);
                ps.setLong(2, entry);
                ps.executeUpdate();
            }
            addChange("status_history", entry, "changed_on", old, dated);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public Map<String, Map<MemberField, String>> storedMembers(long householdId) {
        flushHouseholds();
        memberWriters.clear();
        try {
            members.write();
            return ImportRecords.storedMembers(c(), householdId, memberWriters);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void insertMember(long householdId, Map<MemberField, Object> values, String extraJson) {
        Object[] row = new Object[MEMBER_COLUMNS.length + 3];
        row[0] = householdId;
        for (int i = 0; i < MEMBER_COLUMNS.length; i++) row[1 + i] = ImportRecords.sqlValue(MEMBER_COLUMNS[i], values.get(MEMBER_COLUMNS[i]));
        row[MEMBER_COLUMNS.length + 1] = extraJson;
        row[MEMBER_COLUMNS.length + 2] = importId;
        queue(members, row);
    }

    @Override
    public void updateMember(long memberId, Map<MemberField, Object> changed, Map<MemberField, String> old) {
        if (changed.isEmpty()) return;
        try {
            if (!memberWriters.containsKey(memberId)) memberWriters.put(memberId, memberWriter(memberId));
            addChange("members", memberId, "import_id", memberWriters.get(memberId), Long.toString(importId));
            memberWriters.put(memberId, Long.toString(importId));
            for (Map.Entry<MemberField, Object> ch : changed.entrySet()) {
                MemberField f = ch.getKey();
                PreparedStatement ps = updateStatements.statement("UPDATE members SET " + f.key() + " = ?, import_id = ? WHERE id = ?");
                bind(ps, 1, f, ch.getValue());
                ps.setLong(2, importId);
                ps.setLong(3, memberId);
                ps.addBatch();
                updatesPending = true;
                addChange("members", memberId, f.key(), old.get(f), Values.canonical(f, ch.getValue()));
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private String memberWriter(long memberId) throws SQLException {
        flushHouseholds();
        members.write();
        return ImportRecords.memberWriter(c(), memberId);
    }

    @Override
    public void reject(String sheet, int rowNumber, String codes, String rawJson) {
        queue(rejects, importId, sheet, rowNumber, codes, rawJson);
    }

    @Override
    public void recordSheet(String sheet, String kind, int headerRow, Counts n) {
        try {
            ImportRecords.recordSheet(c(), importId, sheet, kind, headerRow, n);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void commit(Counts n, Instant finishedAt) {
        try {
            flushAll();
            flushEvents();
            // after every other status entry of the file, as ImportRecords.finish writes them on SQLite
            firstEntries.writeTo(new CopyRows(copies, "status_history", "household_id", "from_status", "to_status",
                    "changed_on", "reason", "command", "import_id", "recorded_at"), importId, now);
            ImportRecords.recordCounts(c(), importId, n, finishedAt);
            try (Statement s = c().createStatement()) {
                // The indexes are built by sorting every row: with the default 64 MB a million households' report
                // index sorts on disk. More for this transaction only, never less than the server is set to give.
                if (!restore.isEmpty()) s.execute("SELECT set_config('maintenance_work_mem', '" + INDEX_BUILD_KB + "kB', true)"
                        + " FROM pg_settings WHERE name = 'maintenance_work_mem' AND setting::bigint < " + INDEX_BUILD_KB);
                for (String step : restore) s.execute(step);
            }
            // A rehearsal keeps the file's rows for the files after it; its transaction is rolled back at the end.
            if (db.rehearsal()) execute(c(), "RELEASE SAVEPOINT " + REHEARSED_FILE);
            else c().commit();
            open = false;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    @Override
    public void addEvent(RecordKind kind, long householdId, Map<Field, Object> values, String extraJson, int occurrence) {
        try {
            boolean ledger = kind == RecordKind.LEDGER;
            Field[] columns = ledger ? LEDGER_COLUMNS : VISIT_COLUMNS;
            CopyRows staging = ledger ? payments() : visits();
            Object[] row = new Object[columns.length + 5];
            row[0] = ++staged;
            row[1] = householdId;
            for (int i = 0; i < columns.length; i++) row[2 + i] = ImportRecords.sqlValue(columns[i], values.get(columns[i]));
            row[columns.length + 2] = extraJson;
            row[columns.length + 3] = occurrence;
            row[columns.length + 4] = importId;
            staging.add(row);
            if (staging.full()) staging.write(); // a staging table refers to nothing: it may be written at any time
            queuedEvents++;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private CopyRows payments() throws SQLException {
        if (payments == null) payments = staging("assistance", LEDGER_COLUMNS);
        return payments;
    }

    private CopyRows visits() throws SQLException {
        if (visits == null) visits = staging("visits", VISIT_COLUMNS);
        return visits;
    }

    /**
     * A temporary table shaped like the target's columns, dropped at the end of the transaction: COPY fills it, one
     * INSERT … SELECT … ON CONFLICT DO NOTHING merges it, so a re-imported ledger adds only what is new.
     */
    private CopyRows staging(String table, Field[] fields) throws SQLException {
        List<String> columns = new ArrayList<>(List.of("household_id"));
        for (Field f : fields) columns.add(f.key());
        columns.addAll(List.of("extra", "occurrence", "import_id"));
        try (Statement s = c().createStatement()) {
            // IF NOT EXISTS: in a rehearsal, which never commits, an earlier file's table is still there (and empty)
            s.execute("CREATE TEMPORARY TABLE IF NOT EXISTS staged_" + table + " ON COMMIT DROP AS SELECT 0::bigint AS seq, "
                    + String.join(", ", columns) + " FROM " + table + " WITH NO DATA");
        }
        List<String> all = new ArrayList<>(List.of("seq"));
        all.addAll(columns);
        return new CopyRows(copies, "staged_" + table, all.toArray(String[]::new));
    }

    @Override
    public int[] flushEvents() {
        if (queuedEvents == 0) return new int[] {0, 0};
        try {
            flushAll();
            int added = merge("assistance", payments, LEDGER_COLUMNS) + merge("visits", visits, VISIT_COLUMNS);
            int[] out = {added, queuedEvents - added};
            queuedEvents = 0;
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private int merge(String table, CopyRows staging, Field[] fields) throws SQLException {
        if (staging == null) return 0;
        staging.write();
        String columns = "household_id, " + Arrays.stream(fields).map(Field::key).collect(Collectors.joining(", "))
                + ", extra, occurrence, import_id";
        try (Statement s = c().createStatement()) {
            int added = s.executeUpdate("INSERT INTO " + table + " (" + columns + ") SELECT " + columns + " FROM staged_" + table
                    + " ORDER BY seq ON CONFLICT DO NOTHING");
            s.execute("TRUNCATE staged_" + table);
            return added;
        }
    }

    @Override
    public void close() {
        copies.close();
        if (open) {
            open = false;
            rollbackQuietly(db);
        }
        updateStatements.close();
        try {
            storedReads.close();
        } catch (SQLException ignored) {
            // closing after the transaction ended
        }
        if (db.rehearsal()) return; // auto-commit would commit the rehearsal
        try {
            c.setAutoCommit(true);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        } catch (SQLException ignored) {
            // the connection is going away with the failure that brought us here
        }
    }

    private void addHistory(long householdId, FileStatus from, FileStatus to, Object on, String reason, String fromUnion,
                            String toUnion) {
        queue(history, householdId, from == null ? null : from.name(), to.name(), on == null ? null : on.toString(), reason,
                "import", importId, now, fromUnion, toUnion);
    }

    private void addChange(String table, long rowId, String column, String old, String value) {
        queue(changes, table, rowId, column, old, value, "import", importId, now);
    }

    private void queue(CopyRows rows, Object... values) {
        try {
            rows.add(values);
            if (rows.full()) flushAll();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** New households and queued updates first: everything else refers to them, and reads must see them. */
    private void flushHouseholds() {
        try {
            households.write();
            if (updatesPending) {
                c(); // the batches' rows refer to households sent before them
                for (PreparedStatement ps : updateStatements.statements()) ps.executeBatch();
                updatesPending = false;
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private void flushAll() throws SQLException {
        flushHouseholds();
        members.write();
        history.write();
        changes.write();
        rejects.write();
    }

    private static void bind(PreparedStatement ps, int i, Field f, Object v) throws SQLException {
        setValue(ps, i, ImportRecords.sqlValue(f, v));
    }

    /** PostgreSQL types its parameters: a NULL, a number and a text each need their own call. */
    private static void setValue(PreparedStatement ps, int i, Object v) throws SQLException {
        if (v == null) ps.setNull(i, java.sql.Types.OTHER);
        else if (v instanceof Long l) ps.setLong(i, l);
        else if (v instanceof Integer n) ps.setLong(i, n);
        else if (v instanceof Number n) ps.setBigDecimal(i, new java.math.BigDecimal(n.toString()));
        else ps.setObject(i, v.toString(), java.sql.Types.OTHER);
    }

    /** The connection for a statement of its own: once the COPYs sent before it have ended. */
    private Connection c() throws SQLException {
        return copies.connection();
    }

    private DatabaseException fail(SQLException e) {
        return db.failure(e);
    }

    /** Undoes the file: its transaction, or in a rehearsal its writes since its savepoint (which also ends an aborted state). */
    private static void rollbackQuietly(PostgresDatabase db) {
        try {
            if (db.rehearsal()) {
                execute(db.connection(), "ROLLBACK TO SAVEPOINT " + REHEARSED_FILE);
                execute(db.connection(), "RELEASE SAVEPOINT " + REHEARSED_FILE);
            } else {
                db.connection().rollback();
            }
        } catch (SQLException ignored) {
            // the failure that brought us here is the one to report
        }
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
