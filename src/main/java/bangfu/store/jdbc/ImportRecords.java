package bangfu.store.jdbc;

import bangfu.lifecycle.FileState;
import bangfu.lifecycle.Lifecycle;
import bangfu.lifecycle.Tenure;
import bangfu.model.Counts;
import bangfu.model.Field;
import bangfu.model.FileStatus;
import bangfu.model.IdNumber;
import bangfu.model.MemberField;
import bangfu.model.RosterField;
import bangfu.model.Values;
import bangfu.store.HouseholdIndex;
import bangfu.store.ImportSink;
import bangfu.store.StoredLifecycle;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The reads and writes of one imported file that are the same SQL on both engines: what the import compares a row
 * against (the household index, a household's stored fields, state and members), the bookkeeping of the file and the
 * change log of an update. How new rows reach their tables in bulk stays each engine's own (SQLite's multi-row
 * INSERT, PostgreSQL's COPY), and so does the transaction around them.
 */
public final class ImportRecords {
    /** The households columns an import writes, in table order: the stored fields (the transfer columns only instruct). */
    public static final RosterField[] ROSTER_COLUMNS = Arrays.stream(RosterField.values())
            .filter(RosterField::stored).toArray(RosterField[]::new);
    /** The members columns an import writes after household_id, in that order. */
    public static final MemberField[] MEMBER_COLUMNS = {MemberField.NAME, MemberField.ID_NUMBER, MemberField.RELATION,
        MemberField.GENDER, MemberField.BIRTH_DATE, MemberField.HEALTH, MemberField.OCCUPATION, MemberField.RELATION_WORDING};

    /** The columns of a new household's row, in the order of {@link #householdRow}. */
    public static final List<String> HOUSEHOLD_COLUMNS = householdColumns();
    /** A stored field's place in {@link #householdRow}, by its ordinal; -1 for a field that is not stored. */
    private static final int[] PLACE_OF = places();

    private ImportRecords() {
    }

    /** Writes one entry of the change log, queued by the engine's own means, in the file's transaction. */
    public interface ChangeLog {
        void add(String table, long rowId, String column, String old, String value) throws SQLException;
    }

    /**
     * A household's stored fields in canonical text (absent when NULL) and its bookkeeping columns (content_hash,
     * updated_import_id), read in the same statement: an update logs their old values too, so that it can be undone.
     */
    public record StoredRow(Map<RosterField, String> values, String[] bookkeeping) {
    }

    /**
     * A household's lifecycle state and union, its status date as stored (a month alone stays one) and its derived
     * lifecycle columns as stored, as text in the order of {@link StoredLifecycle#DERIVED}.
     */
    public record StoredStatus(ImportSink.StoredState state, String statusOn, String[] derived) {
    }

    /** A household's UPDATE: its statement, the columns it sets in order, and its parameters (the id last). */
    public record HouseholdUpdate(String sql, List<String> columns, Object[] values) {
    }

    /** The status history's latest entry into a status: its row id and date as stored. */
    public record LatestEntry(long id, String changedOn) {
    }

    /** True when a finished import of the same content exists and was not undone: re-importing it would change nothing. */
    public static boolean alreadyImported(Engine db, String sha256) {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT 1 FROM imports WHERE sha256 = ? AND finished_at IS NOT NULL AND undone_at IS NULL")) {
            ps.setString(1, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Every head's latest file period, read once per file, in table order (sorting by head costs a random read per row). */
    public static HouseholdIndex readIndex(Connection c) throws SQLException {
        HouseholdIndex index = new HouseholdIndex((int) scalar(c, "SELECT count(*) FROM households"));
        try (Statement s = c.createStatement()) {
            // PostgreSQL reads through a cursor inside the transaction, 10,000 rows at a time, not all at once.
            s.setFetchSize(10_000);
            try (ResultSet rs = s.executeQuery("SELECT head_id, id, period, status, coalesce(content_hash, 0), filed_on,"
                    + " left_as, left_on, left_undated FROM households")) {
                while (rs.next()) {
                    long head = new IdNumber(rs.getString(1)).asLong();
                    int period = rs.getInt(3);
                    HouseholdIndex.Entry seen = index.find(head);
                    if (seen != null && seen.period() > period) continue; // keep each head's latest period
                    String leftAs = rs.getString(7);
                    Tenure tenure = new Tenure(StoredLifecycle.date(rs.getString(6)),
                            leftAs == null ? null : FileStatus.valueOf(leftAs), StoredLifecycle.date(rs.getString(8)),
                            rs.getInt(9) == 1);
                    index.put(head, rs.getLong(2), period, (byte) FileStatus.valueOf(rs.getString(4)).ordinal(),
                            rs.getLong(5), epochDay(tenure.filedOn()), epochDay(tenure.lastPayableDay()));
                }
            }
        }
        return index;
    }

    /**
     * A new file period's row in the order of {@link #HOUSEHOLD_COLUMNS}: the fields the row states (most of a
     * roster's columns are blank in most files), its status, extra fields, digest, the import that made it and the
     * lifecycle columns of the state the lifecycle opened it in.
     */
    public static Object[] householdRow(long id, int period, FileState state, Map<RosterField, Object> values,
                                        String extraJson, long hash, long importId) {
        Object[] row = new Object[HOUSEHOLD_COLUMNS.size()];
        row[0] = id;
        row[1] = period;
        values.forEach((f, v) -> {
            int at = PLACE_OF[f.ordinal()];
            if (at >= 0) row[at] = sqlValue(f, v);
        });
        row[PLACE_OF[RosterField.STATUS.ordinal()]] = sqlValue(RosterField.STATUS, state.status());
        int next = 2 + ROSTER_COLUMNS.length;
        row[next] = extraJson;
        row[next + 1] = hash;
        row[next + 2] = importId;
        row[next + 3] = importId;
        // A status dated by a filing month alone (建档年月) keeps the month, as the roster stated it.
        Object stated = values.get(Lifecycle.dateField(state.status()));
        Object[] derived = StoredLifecycle.derived(state, stated instanceof YearMonth m ? m.toString() : null);
        System.arraycopy(derived, 0, row, next + 4, derived.length);
        return row;
    }

    /** Puts a household's new state into the index, as the index keeps it. */
    public static void index(HouseholdIndex index, IdNumber head, long householdId, int period, FileState state, long hash) {
        Tenure tenure = Tenure.of(state);
        index.put(head.asLong(), householdId, period, (byte) state.status().ordinal(), hash,
                epochDay(tenure.filedOn()), epochDay(tenure.lastPayableDay()));
    }

    /**
     * A file's reads of the households its rows update: one statement, prepared once per file, reads a household's
     * lifecycle state, union, derived columns, bookkeeping and the stored fields the file's rows have asked for so
     * far. A row asking for a field not read yet widens it (the fields only grow, so a file prepares a few statements
     * at most). Preparing a statement per household, and reading the row twice, cost a sixth of a roster update.
     */
    public static final class StoredReads implements AutoCloseable {
        private final EnumSet<RosterField> fields = EnumSet.noneOf(RosterField.class);
        private RosterField[] order = {};
        private PreparedStatement read;
        /** The household last read, and whether its fields have not been handed out since (a row reads once). */
        private long rowOf = -1;
        private boolean fresh;
        private StoredStatus status;
        private String[] values;
        private String[] bookkeeping;

        /** The lifecycle state, union and derived columns of a file period, for judging what a roster row does to it. */
        public StoredStatus state(Connection c, long householdId) throws SQLException {
            if (!read(c, householdId)) throw new SQLException("no household with id " + householdId);
            fresh = true;
            return status;
        }

        /**
         * The stored values of the given fields and the bookkeeping columns, from the read of {@link #state} when it
         * covered them; without bookkeeping when there is no such household.
         */
        public StoredRow values(Connection c, long householdId, Collection<RosterField> wanted) throws SQLException {
            boolean covered = fields.containsAll(wanted);
            if (!covered) {
                fields.addAll(wanted);
                order = fields.toArray(RosterField[]::new);
                closeRead();
            }
            if (!(fresh && covered && rowOf == householdId) && !read(c, householdId)) {
                return new StoredRow(new EnumMap<>(RosterField.class), null);
            }
            fresh = false;
            Map<RosterField, String> out = new EnumMap<>(RosterField.class);
            for (int i = 0; i < order.length; i++) {
                if (values[i] != null && wanted.contains(order[i])) out.put(order[i], values[i]);
            }
            return new StoredRow(out, bookkeeping);
        }

        private boolean read(Connection c, long householdId) throws SQLException {
            rowOf = -1;
            fresh = false;
            if (read == null) {
                String cols = Arrays.stream(order).map(f -> ", " + f.key()).collect(Collectors.joining());
                read = c.prepareStatement("SELECT " + StoredLifecycle.STATE + ", union_name, "
                        + String.join(", ", StoredLifecycle.DERIVED) + ", content_hash, updated_import_id" + cols
                        + " FROM households WHERE id = ?");
            }
            read.setLong(1, householdId);
            try (ResultSet rs = read.executeQuery()) {
                if (!rs.next()) return false;
                FileState state = LifecycleColumns.state(rs, 1);
                int at = 9;
                String[] derived = new String[StoredLifecycle.DERIVED.length];
                for (int i = 0; i < derived.length; i++) derived[i] = rs.getString(at++);
                status = new StoredStatus(new ImportSink.StoredState(state, rs.getString(8)), rs.getString(2), derived);
                bookkeeping = new String[] {rs.getString(at), rs.getString(at + 1)};
                at += 2;
                values = new String[order.length];
                for (int i = 0; i < order.length; i++) values[i] = rs.getString(at++);
            }
            rowOf = householdId;
            return true;
        }

        private void closeRead() throws SQLException {
            if (read != null) read.close();
            read = null;
            rowOf = -1;
        }

        @Override
        public void close() throws SQLException {
            closeRead();
        }
    }

    /**
     * The members stored for a household, keyed by their ID number or, without one, by name, each with its row id
     * under HEAD_ID; {@code writers} gets each member's last import, for the change log of an update.
     */
    public static Map<String, Map<MemberField, String>> storedMembers(Connection c, long householdId, Map<Long, String> writers)
            throws SQLException {
        Map<String, Map<MemberField, String>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT id, name, id_number, relation, gender, birth_date, health, occupation, relation_wording, import_id"
                        + " FROM members WHERE household_id = ?")) {
            ps.setLong(1, householdId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Map<MemberField, String> m = new EnumMap<>(MemberField.class);
                    for (int i = 0; i < MEMBER_COLUMNS.length; i++) {
                        String v = rs.getString(i + 2);
                        if (v != null) m.put(MEMBER_COLUMNS[i], v);
                    }
                    m.put(MemberField.HEAD_ID, Long.toString(rs.getLong(1)));
                    writers.put(rs.getLong(1), rs.getString(MEMBER_COLUMNS.length + 2));
                    out.put(ImportSink.memberKey(m.get(MemberField.ID_NUMBER), m.get(MemberField.NAME)), m);
                }
            }
        }
        return out;
    }

    /** The import that last wrote a member, or null. */
    public static String memberWriter(Connection c, long memberId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT import_id FROM members WHERE id = ?")) {
            ps.setLong(1, memberId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The status history's latest entry of a household into {@code status}, or null. */
    public static LatestEntry latestEntry(Connection c, long householdId, FileStatus status) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT id, changed_on FROM status_history WHERE household_id = ? AND to_status = ?
                ORDER BY id DESC LIMIT 1""")) {
            ps.setLong(1, householdId);
            ps.setString(2, status.name());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new LatestEntry(rs.getLong(1), rs.getString(2)) : null;
            }
        }
    }

    /**
     * The UPDATE of a household's changed fields, of those of its lifecycle columns whose value changes, its digest
     * and its last import; the household's id is the last parameter. A derived column set to what it holds would
     * still move its entry in every index that holds it (SQLite rewrites the entries of each index naming a column
     * of the SET list), and the report's two indexes hold filed_year, left_year, left_as and left_undated: an update
     * of a phone or an address names none of them. {@code stored} is the household as read before the update, or
     * null to set every derived column.
     */
    public static HouseholdUpdate householdUpdate(long householdId, List<RosterField> fields, Map<RosterField, Object> changed,
                                                  FileState after, StoredStatus stored, long hash, long importId) {
        Object[] derived = StoredLifecycle.derived(after, stored == null ? null : stored.statusOn());
        List<String> columns = new ArrayList<>(fields.size() + derived.length + 2);
        Object[] values = new Object[fields.size() + derived.length + 3];
        int i = 0;
        for (RosterField f : fields) {
            columns.add(f.key());
            values[i++] = sqlValue(f, changed.get(f));
        }
        for (int d = 0; d < derived.length; d++) {
            if (stored != null && sameAsStored(derived[d], stored.derived()[d])) continue;
            columns.add(StoredLifecycle.DERIVED[d]);
            values[i++] = derived[d];
        }
        columns.add("content_hash");
        values[i++] = hash;
        columns.add("updated_import_id");
        values[i++] = importId;
        values[i++] = householdId;
        String sql = "UPDATE households SET " + String.join(" = ?, ", columns) + " = ? WHERE id = ?";
        return new HouseholdUpdate(sql, List.copyOf(columns), Arrays.copyOf(values, i));
    }

    /** A derived value against its stored text: numbers and texts alike read back as the text they were written as. */
    private static boolean sameAsStored(Object value, String stored) {
        return value == null ? stored == null : value.toString().equals(stored);
    }

    /** Logs an update of a household old → new, with its digest and last import (the row before: {@code before}). */
    public static void logHouseholdUpdate(ChangeLog log, long householdId, List<RosterField> fields,
                                          Map<RosterField, Object> changed, Map<RosterField, String> old, String[] before,
                                          long hash, long importId) throws SQLException {
        for (RosterField f : fields) {
            Object v = changed.get(f);
            log.add("households", householdId, f.key(), old.get(f), v == null ? null : Values.canonical(f, v));
        }
        log.add("households", householdId, "content_hash", before[0], Long.toString(hash));
        log.add("households", householdId, "updated_import_id", before[1], Long.toString(importId));
    }

    public static void recordSheet(Connection c, long importId, String sheet, String kind, int headerRow, Counts n)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO import_sheets (import_id, sheet, kind, header_row, rows_read, inserted, updated, unchanged, rejected, warnings)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setLong(1, importId);
            ps.setString(2, sheet);
            ps.setString(3, kind);
            ps.setInt(4, headerRow);
            setCounts(ps, 5, n);
            ps.executeUpdate();
        }
    }

    /**
     * The last writes of a file before its commit: the first status entry of every household it filed, in one
     * set-based statement instead of a million bound inserts, and the file's counts with its end. The file's new
     * households all have ids from {@code firstId} on (the id the table's next row had when the file began): an update
     * of a million-file table reads only the rows the file added, not the whole table.
     */
    public static void finish(Connection c, long importId, long firstId, String startedAt, Counts n, Instant finishedAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO status_history (household_id, from_status, to_status, changed_on, reason, command, import_id, recorded_at)
                SELECT id, NULL, status, status_on, close_reason, 'import', ?, ?
                FROM households WHERE id >= ? AND created_import_id = ? ORDER BY id""")) {
            ps.setLong(1, importId);
            ps.setString(2, startedAt);
            ps.setLong(3, firstId);
            ps.setLong(4, importId);
            ps.executeUpdate();
        }
        recordCounts(c, importId, n, finishedAt);
    }

    /** The file's counts and end in its imports row: {@link #finish} without the first status entries. */
    public static void recordCounts(Connection c, long importId, Counts n, Instant finishedAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE imports SET rows_read = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ?, warnings = ?,
                finished_at = ? WHERE id = ?""")) {
            int i = setCounts(ps, 1, n);
            ps.setString(i, finishedAt.toString());
            ps.setLong(i + 1, importId);
            ps.executeUpdate();
        }
    }

    /** A field value as it is stored: Long, Integer, 1/0, canonical text, or null (the same forms on both engines). */
    public static Object sqlValue(Field f, Object v) {
        if (v == null) return null;
        return switch (f.type()) {
            case MONEY, COUNT -> v;
            case YES_NO -> ((Boolean) v) ? 1 : 0;
            default -> Values.canonical(f, v);
        };
    }

    public static int epochDay(LocalDate date) {
        return date == null ? HouseholdIndex.NO_DATE : (int) date.toEpochDay();
    }

    private static int setCounts(PreparedStatement ps, int from, Counts n) throws SQLException {
        int i = from;
        ps.setInt(i++, n.read());
        ps.setInt(i++, n.inserted());
        ps.setInt(i++, n.updated());
        ps.setInt(i++, n.unchanged());
        ps.setInt(i++, n.rejected());
        ps.setInt(i++, n.warnings());
        return i;
    }

    private static List<String> householdColumns() {
        List<String> columns = new ArrayList<>(List.of("id", "period"));
        for (RosterField f : ROSTER_COLUMNS) columns.add(f.key());
        columns.addAll(List.of("extra", "content_hash", "created_import_id", "updated_import_id"));
        columns.addAll(Arrays.asList(StoredLifecycle.DERIVED));
        return List.copyOf(columns);
    }

    private static int[] places() {
        int[] at = new int[RosterField.values().length];
        Arrays.fill(at, -1);
        for (int i = 0; i < ROSTER_COLUMNS.length; i++) at[ROSTER_COLUMNS[i].ordinal()] = 2 + i;
        return at;
    }

    private static long scalar(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
