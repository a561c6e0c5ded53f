package bangfu.store.jdbc;

import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.store.CopyListener;
import bangfu.store.CopyReport;
import bangfu.store.DatabaseException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every record of one bangfu database, with its history, written into another in one transaction of the target:
 * all or nothing. Read from the schema, not from a list of tables, as {@link ImportUndo} reads it: every table the
 * source has, a table after those it refers to. Into a target that holds other unions' records already, every key
 * is moved past the target's own (the references, and the change log's row ids and logged keys, with it), and the
 * copy is refused whole, before anything is written, when the two would hold one file or one head of household
 * twice. The source is only read, in one snapshot.
 */
public final class DatabaseCopy {
    private static final String KEY = "id";
    /**
     * Tables the database keeps itself from others (schema version 10: the visits per file and year, by triggers on
     * {@code visits}): the target's triggers write them as the copied rows arrive, so copying them too would count
     * every visit twice.
     */
    private static final List<String> KEPT_BY_THE_DATABASE = List.of("visit_years");
    private static final int BATCH = 1000;
    /** Heads asked of the target at once. */
    private static final int HEADS = 500;

    private final Engine from;
    private final Engine to;
    private final String source;
    private final String target;
    private final Map<String, List<Engine.Reference>> references = new LinkedHashMap<>();
    /** What each table's keys move by: the target's largest key. */
    private final Map<String, Long> offsets = new HashMap<>();

    private DatabaseCopy(Engine from, Engine to, String source, String target) {
        this.from = from;
        this.to = to;
        this.source = source;
        this.target = target;
    }

    /**
     * Copies {@code from} into {@code to}, both open at the same schema version; {@code source} and {@code target}
     * name them in messages.
     *
     * @throws DatabaseException when the two would hold a file or a head twice, or either engine fails: the target
     *     is then as it was
     */
    public static CopyReport copy(Engine from, Engine to, String source, String target, int version, CopyListener listener) {
        DatabaseCopy copy = new DatabaseCopy(from, to, source, target);
        try {
            try (Transaction reading = from.beginReading()) {
                try (Transaction writing = to.beginExclusive()) {
                    CopyReport report = copy.run(version, listener);
                    listener.committing();
                    writing.commit();
                    return report;
                } catch (SQLException e) {
                    throw to.failure(e);
                }
            }
        } catch (SQLException e) {
            throw from.failure(e);
        }
    }

    private CopyReport run(int version, CopyListener listener) throws SQLException {
        List<String> tables = new ArrayList<>(readSchema());
        tables.removeAll(KEPT_BY_THE_DATABASE);
        boolean merged = false;
        for (String t : tables) {
            long largest = to.storedColumns(t).contains(KEY) ? to.number("SELECT coalesce(max(" + KEY + "), 0) FROM " + q(t)) : 0;
            offsets.put(t, largest);
            merged |= to.number("SELECT count(*) FROM " + q(t)) > 0;
        }
        if (merged) {
            refuseFilesTwice();
            refuseHeadsTwice();
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String t : order(tables)) rows.put(t, copyTable(t, listener));
        return new CopyReport(version, rows, merged);
    }

    /** The source's tables, each of which the target must have with every column. */
    private List<String> readSchema() throws SQLException {
        List<String> tables = from.tables();
        List<String> theirs = to.tables();
        for (String t : tables) {
            List<String> missing = new ArrayList<>(from.storedColumns(t));
            if (theirs.contains(t)) missing.removeAll(to.storedColumns(t));
            else missing = List.of(t);
            if (!missing.isEmpty()) {
                throw new DatabaseException(Message.of("db.copy_schema", source, target, String.join(", ", missing)), null);
            }
            references.put(t, from.references(t));
        }
        return tables;
    }

    /** Each table after the tables it refers to. */
    private List<String> order(List<String> tables) {
        List<String> left = new ArrayList<>(tables);
        List<String> out = new ArrayList<>();
        while (!left.isEmpty()) {
            String next = left.stream().filter(t -> references.get(t).stream()
                    .noneMatch(r -> !r.parent().equals(t) && left.contains(r.parent()))).findFirst()
                    .orElse(left.get(0)); // a cycle of references: bangfu's schema has none
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    /** A file imported on both sides (and not undone) would be two imports of the same records. */
    private void refuseFilesTwice() throws SQLException {
        String sql = "SELECT sha256, id, file_name FROM imports WHERE finished_at IS NOT NULL AND undone_at IS NULL ORDER BY id";
        Map<String, String[]> theirs = new HashMap<>();
        try (Statement s = to.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) theirs.putIfAbsent(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
        }
        try (Statement s = from.connection().createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String[] there = theirs.get(rs.getString(1));
                if (there != null) {
                    throw new DatabaseException(Message.of("db.copy_file_twice", source, target, rs.getString(3),
                            rs.getLong(2), there[0]), null);
                }
            }
        }
    }

    /** One file on record per head (一户一档): a head the target has on file at any union is refused, named masked. */
    private void refuseHeadsTwice() throws SQLException {
        List<String> heads = new ArrayList<>();
        try (Statement s = from.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT head_id FROM households ORDER BY head_id")) {
            while (rs.next()) heads.add(rs.getString(1));
        }
        for (int i = 0; i < heads.size(); i += HEADS) {
            List<String> part = heads.subList(i, Math.min(heads.size(), i + HEADS));
            String sql = "SELECT head_id, union_name FROM households WHERE head_id IN ("
                    + part.stream().map(h -> "?").collect(Collectors.joining(", ")) + ") ORDER BY head_id, period DESC";
            try (PreparedStatement ps = to.connection().prepareStatement(sql)) {
                for (int k = 0; k < part.size(); k++) ps.setString(k + 1, part.get(k));
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        throw new DatabaseException(Message.of("db.copy_head_twice", source, target,
                                Masks.middle(rs.getString(1)), rs.getString(2)), null);
                    }
                }
            }
        }
    }

    private long copyTable(String table, CopyListener listener) throws SQLException {
        List<String> columns = from.storedColumns(table);
        long total = from.number("SELECT count(*) FROM " + q(table));
        listener.started(table, total);
        boolean keyed = columns.contains(KEY);
        // What each column's values move by: its own table's offset for the key, the parent's for a reference.
        long[] moves = new long[columns.size()];
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equals(KEY)) moves[i] = offsets.get(table);
            for (Engine.Reference r : references.get(table)) {
                if (r.column().equals(columns.get(i))) moves[i] = offsets.getOrDefault(r.parent(), 0L);
            }
        }
        boolean changeLog = table.equals("changes");
        int tableName = columns.indexOf("table_name");
        int rowId = columns.indexOf("row_id");
        int columnName = columns.indexOf("column_name");
        int[] logged = {columns.indexOf("old_value"), columns.indexOf("new_value")};
        String list = columns.stream().map(DatabaseCopy::q).collect(Collectors.joining(", "));
        String order = keyed ? q(KEY) : list;
        long done = 0;
        try (Statement s = from.connection().createStatement();
             ResultSet rs = s.executeQuery("SELECT " + list + " FROM " + q(table) + " ORDER BY " + order);
             Engine.RowsInto into = to.rowsInto(q(table), columns.stream().map(DatabaseCopy::q).toList())) {
            s.setFetchSize(BATCH);
            while (rs.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) row[i] = value(rs.getObject(i + 1), moves[i]);
                if (changeLog) moveLogged(row, tableName, rowId, columnName, logged);
                into.add(row);
                if (++done % BATCH == 0) listener.copied(table, done);
            }
            into.finish();
        }
        listener.copied(table, done);
        if (keyed) to.keysWritten(table);
        return done;
    }

    /**
     * A change log row names its row by the key of its table, and a logged reference (the import that wrote a row
     * before) by the parent's key: both move with the rows they name.
     */
    private void moveLogged(Object[] row, int tableName, int rowId, int columnName, int[] logged) {
        String table = (String) row[tableName];
        if (row[rowId] instanceof Number id) row[rowId] = id.longValue() + offsets.getOrDefault(table, 0L);
        String column = (String) row[columnName];
        for (Engine.Reference r : references.getOrDefault(table, List.of())) {
            if (!r.column().equals(column)) continue;
            long move = offsets.getOrDefault(r.parent(), 0L);
            for (int i : logged) {
                if (i >= 0 && row[i] instanceof String text && text.matches("\\d+")) row[i] = Long.toString(Long.parseLong(text) + move);
            }
        }
    }

    /** A value as the other engine takes it: a key moved; PostgreSQL's exact decimal (a home's area) as a number SQLite knows. */
    private static Object value(Object v, long move) {
        if (move != 0 && v instanceof Number n) return n.longValue() + move;
        if (v instanceof BigDecimal d) return d.doubleValue();
        return v;
    }

    private static String q(String identifier) {
        return ImportUndo.q(identifier);
    }
}
