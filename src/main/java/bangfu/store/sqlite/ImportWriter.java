package bangfu.store.sqlite;

import bangfu.store.ImportSink;
import bangfu.store.HouseholdIndex;
import bangfu.store.DatabaseException;
import bangfu.store.jdbc.UpdateStatements;
import bangfu.store.jdbc.ImportRecords;
import bangfu.lifecycle.FileState;
import bangfu.lifecycle.RosterOutcome;
import bangfu.lifecycle.Transition;
import bangfu.model.CloseReason;
import bangfu.model.Counts;
import bangfu.model.Field;
import bangfu.model.FileStatus;
import bangfu.model.IdNumber;
import bangfu.model.MemberField;
import bangfu.model.RecordKind;
import bangfu.model.RosterField;
import bangfu.model.Values;
import bangfu.store.jdbc.LifecycleColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one imported file writes, inside one write transaction: nothing reaches the file until
 * {@link #commit}, and a failure or a kill leaves the database as it was before the file.
 */
public final class ImportWriter implements ImportSink {
    private static final int BATCH = 1000;
    /** Households per multi-row INSERT: one statement step for many rows, well under SQLite's 32,766 parameters. */
    /** The households columns in the order of the INSERT: the stored fields (the transfer columns only instruct). */
    private static final RosterField[] ROSTER_COLUMNS = ImportRecords.ROSTER_COLUMNS;
    /** The unique index on (head_id, period), named so that an import into an empty table can build it once at the end. */
    private static final String HEAD_INDEX = "households_head_period";
    private static final MemberField[] MEMBER_COLUMNS = ImportRecords.MEMBER_COLUMNS;

    private final Database db;
    private final Connection c;
    private final long importId;
    private final String now;
    private HouseholdIndex index;
    private HouseholdEvents events;
    private long nextHouseholdId;
    /** The id of the file's first new household: every household it creates has this id or a higher one. */
    private final long firstHouseholdId;
    private final MultiRowInsert insertHouseholds;
    private boolean rebuildHeadIndex;
    /** The report's indexes dropped for this import, as the statements that build them again at commit. */
    private final List<String> deferredIndexes = new ArrayList<>();
    private final PreparedStatement insertHistory;
    private final PreparedStatement insertMember;
    private final PreparedStatement insertChange;
    private final PreparedStatement insertReject;
    /**
     * The bookkeeping columns of the household last read by {@link #storedValues} (content_hash, updated_import_id),
     * read with its fields in the same statement: an update logs their old values too, so that it can be undone.
     */
    private long bookkeepingOf = -1;
    private String[] bookkeeping;
    /** Member row id → the import that last wrote it, as read by {@link #storedMembers}, for the same reason. */
    private final Map<Long, String> memberWriters = new HashMap<>();
    /** The households this file's rows update, as read before each update, and their UPDATEs by the columns they set. */
    private final ImportRecords.StoredReads storedReads = new ImportRecords.StoredReads();
    private long storedOf = -1;
    private ImportRecords.StoredStatus stored;
    private final UpdateStatements updateStatements;
    private int pending;
    private boolean open = true;
    /** This file is written under a rollback journal ({@link Database#journalWithoutLog}): the log comes back after it. */
    private final boolean withoutLog;

    private ImportWriter(Database db, String fileName, String sha256, Instant startedAt) throws SQLException {
        this.db = db;
        this.c = db.connection();
        this.now = startedAt.toString();
        // Outside the transaction: the journal mode cannot change inside one.
        withoutLog = db.journalWithoutLog();
        statementJournalsInMemory();
        Transactions.begin(c, db.rehearsal());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO imports (file_name, sha256, started_at) VALUES (?, ?, ?)")) {
            ps.setString(1, fileName);
            ps.setString(2, sha256);
            ps.setString(3, now);
            ps.executeUpdate();
        }
        importId = db.number("SELECT last_insert_rowid()");
        nextHouseholdId = db.number("SELECT coalesce(max(id), 0) + 1 FROM households");
        firstHouseholdId = nextHouseholdId;
        // Most of a roster's ≈80 columns are blank in most files: a statement names only the columns its rows
        // fill, and every column whose default is not NULL, so that what is left out reads exactly as a bound NULL.
        insertHouseholds = MultiRowInsert.omittingNulls(c, "INSERT INTO households", ImportRecords.HOUSEHOLD_COLUMNS,
                columnsWithDefaults("households"));
        // Into an empty table, inserting a million rows in file order into a unique index on random IDs costs
        // more than sorting them once: drop the index now and build it again before commit, in this transaction.
        if (db.number("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = '" + HEAD_INDEX + "'") == 1
                && db.number("SELECT NOT EXISTS (SELECT 1 FROM households)") == 1) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX " + HEAD_INDEX);
            }
            rebuildHeadIndex = true;
        }
        deferReportIndexes();
        insertHistory = c.prepareStatement("""
                INSERT INTO status_history (household_id, from_status, to_status, changed_on, reason, command, import_id,
                                            recorded_at, from_union, to_union)
                VALUES (?, ?, ?, ?, ?, 'import', ?, ?, ?, ?)""");
        insertMember = c.prepareStatement("""
                INSERT INTO members (household_id, name, id_number, relation, gender, birth_date, health, occupation,
                                     relation_wording, extra, import_id)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
        insertChange = c.prepareStatement("""
                INSERT INTO changes (table_name, row_id, column_name, old_value, new_value, command, import_id, recorded_at)
                VALUES (?, ?, ?, ?, ?, 'import', ?, ?)""");
        updateStatements = new UpdateStatements(c, statements -> { });
        insertReject = c.prepareStatement(
                "INSERT INTO rejects (import_id, sheet, row_number, codes, raw) VALUES (?, ?, ?, ?, ?)");
    }

    private Set<String> columnsWithDefaults(String table) throws SQLException {
        Set<String> found = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM pragma_table_info('" + table + "') WHERE dflt_value IS NOT NULL")) {
            while (rs.next()) found.add(rs.getString(1));
        }
        return found;
    }

    /**
     * The yearly report's covering indexes (schema version 3) are wide and ordered by kind, tier, union …: a
     * first ledger of five million payments took twice as long with them kept up row by row. Into an empty
     * table they are dropped and built once, sorted, before commit, in this transaction; a crash rolls the
     * drop back with everything else.
     */
    private void deferReportIndexes() throws SQLException {
        List<String[]> found = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT name, tbl_name, sql FROM sqlite_master
                WHERE type = 'index' AND name IN ('households_report', 'households_causes', 'assistance_report')""")) {
            while (rs.next()) found.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        }
        for (String[] index : found) {
            if (db.number("SELECT NOT EXISTS (SELECT 1 FROM " + index[1] + ")") != 1) continue;
            try (Statement s = c.createStatement()) {
                s.execute("DROP INDEX " + index[0]);
            }
            deferredIndexes.add(index[2]);
        }
    }

    /**
     * Onto stored payments every index is kept up row by row, and each multi-row INSERT first copies every page it
     * changes into its statement journal (a statement that fails a foreign key is undone alone): with the payments
     * landing at random in assistance_report that is ≈40 pages a statement, past the 64 KiB SQLite keeps in memory,
     * so a second ledger of 1M payments wrote 8 GB into a temporary file, most of its system time. Kept in memory
     * instead, a statement's copies are freed when it ends. Into an empty payments table the report index is built
     * at commit by SQLite's sorter, which stays on disk (in memory it was slower and larger), so the default stays.
     * Set before the transaction: SQLite refuses the change inside one once temporary storage is open, so a
     * rehearsal (every file a savepoint of one transaction) keeps what it has.
     */
    private void statementJournalsInMemory() throws SQLException {
        if (db.rehearsal()) return;
        boolean onto = db.number("SELECT EXISTS (SELECT 1 FROM assistance)") == 1;
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA temp_store = " + (onto ? "MEMORY" : "DEFAULT"));
        }
    }

    /** Starts the transaction for one file; waits up to the busy timeout for another writer. */
    public static ImportWriter begin(Database db, String fileName, String sha256, Instant startedAt) {
        try {
            return new ImportWriter(db, fileName, sha256, startedAt);
        } catch (SQLException e) {
            Transactions.rollbackQuietly(db.connection(), db.rehearsal());
            db.writeAhead();
            throw Database.failure(db.file(), e);
        }
    }

    /** True when a finished import of the same content exists and was not undone: re-importing it would change nothing. */
    public static boolean alreadyImported(Database db, String sha256) {
        return ImportRecords.alreadyImported(db, sha256);
    }

    public long importId() {
        return importId;
    }

    /** Every head's latest file period, read once per file. */
    public HouseholdIndex index() {
        if (index == null) {
            try {
                index = ImportRecords.readIndex(c);
            } catch (SQLException e) {
                throw fail(e);
            }
        }
        return index;
    }

    /**
     * Inserts a new file period in the state the lifecycle opened it in; returns the household row id. Its first
     * status entry is written for all new periods at once by {@link #commit}: one set-based statement instead of a
     * million bound inserts.
     */
    public long insertHousehold(IdNumber head, int period, FileState state, Map<RosterField, Object> values,
                                String extraJson, long hash) {
        long id = nextHouseholdId++;
        try {
            Object[] row = ImportRecords.householdRow(id, period, state, values, extraJson, hash, importId);
            insertHouseholds.queue(row);
            ImportRecords.index(index(), head, id, period, state, hash);
            flushIfFull();
            return id;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The stored values of the given fields, in their canonical text form (absent when NULL). */
    public Map<RosterField, String> storedValues(long householdId, Collection<RosterField> fields) {
        flush();
        try {
            ImportRecords.StoredRow row = storedReads.values(c, householdId, fields);
            if (row.bookkeeping() != null) {
                bookkeepingOf = householdId;
                bookkeeping = row.bookkeeping();
            }
            return row.values();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The lifecycle state and union of a file period, for judging what a roster row does to it. */
    public StoredState storedState(long householdId) {
        flush();
        try {
            stored = storedReads.state(c, householdId);
            storedOf = householdId;
            return stored.state();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Writes the changed fields of a file period, logs each change old → new, with the row's digest and last import,
     * so that {@link ImportUndo} can put the row back exactly as it was, and writes the lifecycle columns of the state
     * it is in afterwards.
     */
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
            for (int i = 0; i < values.length; i++) ps.setObject(i + 1, values[i]);
            ps.executeUpdate();
            ImportRecords.logHouseholdUpdate(this::addChange, householdId, fields, changed, old, before, hash, importId);
            bookkeeping = new String[] {Long.toString(hash), Long.toString(importId)};
            HouseholdIndex.Entry e = index().find(head.asLong());
            if (e != null && e.rowId() == householdId) ImportRecords.index(index(), head, householdId, e.period(), after, hash);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Records a move between states of the lifecycle, caused by this import. */
    public void recordStatusChange(long householdId, Transition t) {
        try {
            addHistory(householdId, t.from(), t.to(), t.on(), t.reason() == null ? null : t.reason().name(), null, null);
            flushIfFull();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Records a move of the file from one union to another (调离 / 转入), caused by this import. */
    public void recordTransfer(long householdId, RosterOutcome.Transfer t) {
        try {
            addHistory(householdId, t.status(), t.status(), t.on(), CloseReason.TRANSFER.name(), t.fromUnion(), t.toUnion());
            flushIfFull();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * Dates the status history's latest entry into {@code status}, which a roster now dates for the first time or
     * anew (a 渐退 file whose 渐退日期 was missing); the change is logged like any other.
     */
    public void redateStatus(long householdId, FileStatus status, java.time.LocalDate on) {
        try {
            flushBatches();
            ImportRecords.LatestEntry latest = ImportRecords.latestEntry(c, householdId, status);
            if (latest == null) return;
            long entry = latest.id();
            String old = latest.changedOn();
            String now = on == null ? null : on.toString();
            if (java.util.Objects.equals(old, now)) return;
            PreparedStatement ps = updateStatements.statement("UPDATE status_history SET changed_on = ? WHERE id = ?");
            ps.setString(1, now);
            ps.setLong(2, entry);
            ps.executeUpdate();
            addChange("status_history", entry, "changed_on", old, now);
            flushIfFull();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** The members stored for a household, keyed by their ID number or, without one, by name. */
    public Map<String, Map<MemberField, String>> storedMembers(long householdId) {
        flush();
        memberWriters.clear();
        try {
            return ImportRecords.storedMembers(c, householdId, memberWriters);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void insertMember(long householdId, Map<MemberField, Object> values, String extraJson) {
        try {
            insertMember.setLong(1, householdId);
            for (int i = 0; i < MEMBER_COLUMNS.length; i++) bind(insertMember, 2 + i, MEMBER_COLUMNS[i], values.get(MEMBER_COLUMNS[i]));
            insertMember.setString(2 + MEMBER_COLUMNS.length, extraJson);
            insertMember.setLong(3 + MEMBER_COLUMNS.length, importId);
            insertMember.addBatch();
            flushIfFull();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Updates a stored member (its row id is in the stored map under HEAD_ID) and logs each change, and its last import. */
    public void updateMember(long memberId, Map<MemberField, Object> changed, Map<MemberField, String> old) {
        try {
            if (changed.isEmpty()) return;
            if (!memberWriters.containsKey(memberId)) memberWriters.put(memberId, memberWriter(memberId));
            addChange("members", memberId, "import_id", memberWriters.get(memberId), Long.toString(importId));
            memberWriters.put(memberId, Long.toString(importId));
            for (Map.Entry<MemberField, Object> ch : changed.entrySet()) {
                MemberField f = ch.getKey();
                PreparedStatement ps = updateStatements.statement("UPDATE members SET " + f.key() + " = ?, import_id = ? WHERE id = ?");
                bind(ps, 1, f, ch.getValue());
                ps.setLong(2, importId);
                ps.setLong(3, memberId);
                ps.executeUpdate();
                addChange("members", memberId, f.key(), old.get(f), Values.canonical(f, ch.getValue()));
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private String memberWriter(long memberId) throws SQLException {
        flushBatches();
        return ImportRecords.memberWriter(c, memberId);
    }

    public void reject(String sheet, int rowNumber, String codes, String rawJson) {
        try {
            insertReject.setLong(1, importId);
            insertReject.setString(2, sheet);
            insertReject.setInt(3, rowNumber);
            insertReject.setString(4, codes);
            insertReject.setString(5, rawJson);
            insertReject.addBatch();
            flushIfFull();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void recordSheet(String sheet, String kind, int headerRow, Counts n) {
        try {
            ImportRecords.recordSheet(c, importId, sheet, kind, headerRow, n);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Finishes the file: writes its counts and commits everything at once. */
    public void commit(Counts n, Instant finishedAt) {
        try {
            flush();
            flushEvents();
            if (rebuildHeadIndex) {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE UNIQUE INDEX " + HEAD_INDEX + " ON households (head_id, period)");
                }
                rebuildHeadIndex = false;
            }
            try (Statement s = c.createStatement()) {
                for (String create : deferredIndexes) s.execute(create);
            }
            deferredIndexes.clear();
            ImportRecords.finish(c, importId, firstHouseholdId, now, n, finishedAt);
            Transactions.commit(c, db.rehearsal());
            open = false;
            if (withoutLog) db.writeAhead();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Undoes everything this file wrote (also used for --dry-run). */
    @Override
    public void close() {
        if (open) {
            open = false;
            Transactions.rollbackQuietly(c, db.rehearsal());
            if (withoutLog) db.writeAhead();
        }
        if (events != null) events.close();
        closeStatements();
    }

    private void addHistory(long householdId, FileStatus from, FileStatus to, Object on, String reason, String fromUnion,
                            String toUnion) throws SQLException {
        insertHistory.setLong(1, householdId);
        insertHistory.setString(2, from == null ? null : from.name());
        insertHistory.setString(3, to.name());
        insertHistory.setString(4, on == null ? null : on.toString());
        insertHistory.setString(5, reason);
        insertHistory.setLong(6, importId);
        insertHistory.setString(7, now);
        insertHistory.setString(8, fromUnion);
        insertHistory.setString(9, toUnion);
        insertHistory.addBatch();
        pending++;
    }

    private void addChange(String table, long rowId, String column, String old, String value) throws SQLException {
        insertChange.setString(1, table);
        insertChange.setLong(2, rowId);
        insertChange.setString(3, column);
        insertChange.setString(4, old);
        insertChange.setString(5, value);
        insertChange.setLong(6, importId);
        insertChange.setString(7, now);
        insertChange.addBatch();
        pending++;
    }

    /** Queues a payment or visit of a household, in the same transaction as everything else of the file. */
    public void addEvent(RecordKind kind, long householdId, Map<Field, Object> values, String extraJson, int occurrence) {
        try {
            if (events == null) events = new HouseholdEvents(db, importId);
            // Households first: a payment may refer to one inserted a moment ago, and foreign keys are checked per row.
            if (pending > 0) flushBatches();
            events.add(kind, householdId, values, extraJson, occurrence);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Writes the queued payments and visits; returns {added, already in the database} since the last call. */
    public int[] flushEvents() {
        return events == null ? new int[] {0, 0} : events.flush();
    }

    private static void bind(PreparedStatement ps, int i, Field f, Object v) throws SQLException {
        ps.setObject(i, ImportRecords.sqlValue(f, v));
    }

    private void flushIfFull() throws SQLException {
        if (++pending >= BATCH) flushBatches();
    }

    private void flush() {
        try {
            flushBatches();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    // Households first: members, history and changes refer to them and foreign keys are checked per statement.
    private void flushBatches() throws SQLException {
        insertHouseholds.writeRest();
        insertMember.executeBatch();
        insertHistory.executeBatch();
        insertChange.executeBatch();
        insertReject.executeBatch();
        pending = 0;
    }

    private DatabaseException fail(SQLException e) {
        return Database.failure(db.file(), e);
    }

    private void closeStatements() {
        updateStatements.close();
        try {
            storedReads.close();
        } catch (SQLException ignored) {
            // closing after a failure; the failure is what gets reported
        }
        insertHouseholds.close();
        for (PreparedStatement ps : List.of(insertHistory, insertMember, insertChange, insertReject)) {
            try {
                ps.close();
            } catch (SQLException ignored) {
                // closing after a failure; the failure is what gets reported
            }
        }
    }
}
