package bangfu.store.jdbc;

import bangfu.store.UndoListener;
import bangfu.store.UndoPlan;
import bangfu.model.Masks;
import bangfu.store.UndoPlan.Blocker;
import bangfu.store.UndoPlan.Outcome;
import bangfu.store.UndoPlan.Reason;
import bangfu.store.UndoPlan.TableEffect;
import bangfu.store.UndoPlan.Touched;
import bangfu.store.jdbc.LifecycleColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reverts one import, read from the schema rather than from a list of tables: every table with a column that
 * refers to {@code imports} takes part. A row is the import's own when its {@code created_import_id} names it,
 * or — in a table without that column — when one of its import columns names it and the import logged no
 * change of it in {@code changes}: every writer that changes a row in place logs the change. The import's
 * own rows are removed; the rows it changed get the old values of its {@code changes} back; its change log
 * goes with it. It refuses when a later import or command changed those records, or refers to a record it
 * would remove, or when its change log cannot restore them exactly. One transaction: a kill leaves the
 * database as it was or fully undone.
 */
public final class ImportUndo {
    /** Records named per blocker; the rest are counted. */
    private static final int SHOWN = 5;
    /** Records counted exactly per blocker, so that a later ledger of millions of payments cannot exhaust memory. */
    private static final int COUNTED = 100_000;
    private static final String CREATOR = "created_import_id";
    /** The key of every table whose rows the change log names (SQLite's rowid, by INTEGER PRIMARY KEY). */
    private static final String KEY = "id";
    /** The digest a roster row is compared by on re-import; restored like an import column. */
    private static final String DIGEST = "content_hash";

    private final Engine engine;
    private final Connection c;
    private final long n;
    private final Map<String, Table> tables = new TreeMap<>();
    /** The last entry of the import in {@code changes}: every later change has a greater id (writers take turns). */
    private final long lastChange;
    private final Map<Source, Collected> blockers = new TreeMap<>();

    private ImportUndo(Engine engine, long importId) throws SQLException {
        this.engine = engine;
        this.c = engine.connection();
        this.n = importId;
        readSchema();
        lastChange = engine.number("SELECT coalesce(max(id), 0) FROM changes WHERE import_id = " + n);
    }

    /** What undoing the import would do, or why it cannot be done; reads in one snapshot and writes nothing. */
    public static UndoPlan plan(Engine db, long importId) {
        try {
            try (Transaction reading = db.beginReading()) {
                return new ImportUndo(db, importId).plan();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * Undoes the import in one write transaction, or refuses and changes nothing; {@code listener} hears the plan
     * after the checks and before the first write, then each step.
     */
    public static UndoPlan undo(Engine db, long importId, Instant now, UndoListener listener) {
        try {
            // Exclusive from the start: the checks and the writes see the same state, and no import or command
            // can change the import's records between them.
            try (Transaction writing = db.beginExclusive()) {
                ImportUndo undo = new ImportUndo(db, importId);
                UndoPlan plan = undo.plan();
                if (plan.outcome() != Outcome.READY) return plan;
                listener.planned(plan);
                undo.apply(now.toString(), listener);
                listener.committing();
                writing.commit();
                listener.committed();
                return new UndoPlan(plan.importId(), plan.file(), Outcome.UNDONE, now.toString(), plan.effects(), List.of());
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    // ---- the plan ----

    private UndoPlan plan() throws SQLException {
        boolean markable = tables.containsKey("imports") && tables.get("imports").columns.contains("undone_at");
        String sql = "SELECT file_name, " + (markable ? "undone_at" : "NULL") + " FROM imports WHERE id = " + n;
        String file;
        String undoneAt;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) return new UndoPlan(n, null, Outcome.MISSING, null, List.of(), List.of());
            file = rs.getString(1);
            undoneAt = rs.getString(2);
        }
        if (undoneAt != null) return new UndoPlan(n, file, Outcome.ALREADY_UNDONE, undoneAt, List.of(), List.of());
        List<TableEffect> effects = new ArrayList<>();
        for (Table t : targets()) {
            TableEffect e = effect(t);
            if (e.removed() > 0 || e.restored() > 0) effects.add(e);
        }
        findLogGaps();
        for (Table t : targets()) {
            laterChanges(t);
            laterWriters(t);
            laterReferences(t);
        }
        overwrittenMarks();
        laterPeriods();
        List<Blocker> found = blockers();
        return new UndoPlan(n, file, found.isEmpty() ? Outcome.READY : Outcome.REFUSED, null, effects, found);
    }

    private TableEffect effect(Table t) throws SQLException {
        long removed = engine.number("SELECT count(*) FROM " + q(t.name) + " a WHERE " + t.created("a"));
        long restored = engine.number("SELECT count(*) FROM " + q(t.name) + " a WHERE " + t.changed("a"));
        Map<String, Long> fields = new LinkedHashMap<>();
        if (restored > 0) {
            String sql = "SELECT x.column_name, count(DISTINCT x.row_id) FROM changes x JOIN " + q(t.name)
                    + " a ON a.id = x.row_id WHERE x.import_id = " + n + " AND x.table_name = " + lit(t.name)
                    + " AND NOT (" + t.created("a") + ") GROUP BY 1 ORDER BY 1";
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) {
                    if (!t.bookkeeping().contains(rs.getString(1))) fields.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return new TableEffect(t.name, removed, restored, fields);
    }

    /**
     * The log must hold every value the undo puts back: the changed columns' old values (which must still
     * exist) and, for each changed row, its import columns and digest. Imports made before the schema version
     * that added {@code imports.undone_at} logged only the fields.
     */
    private void findLogGaps() throws SQLException {
        List<String[]> logged = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT DISTINCT table_name, column_name FROM changes WHERE import_id = " + n + " AND table_name <> 'changes'")) {
            while (rs.next()) logged.add(new String[] {rs.getString(1), rs.getString(2)});
        }
        for (String[] tc : logged) {
            Table t = tables.get(tc[0]);
            if (t == null || !t.columns.contains(tc[1]) || !t.keyed()) {
                block(new Source(Reason.GONE, null, null, tc[0] + "." + tc[1]), tc[0], 0);
                continue;
            }
            collect("SELECT x.row_id FROM changes x WHERE x.import_id = " + n + " AND x.table_name = " + lit(t.name)
                    + " AND x.column_name = " + lit(tc[1]) + " AND NOT EXISTS (SELECT 1 FROM " + q(t.name)
                    + " WHERE id = x.row_id)", new Source(Reason.GONE, null, null, t.name), t.name);
        }
        for (Table t : targets()) {
            if (!t.keyed()) continue; // no change of its rows can be logged
            for (String column : t.bookkeeping()) {
                if (column.equals(CREATOR)) continue;
                collect("SELECT a.id FROM " + q(t.name) + " a WHERE " + t.changed("a")
                        + " AND NOT EXISTS (SELECT 1 FROM changes b WHERE b.import_id = " + n + " AND b.table_name = "
                        + lit(t.name) + " AND b.row_id = a.id AND b.column_name = " + lit(column) + ")",
                        new Source(Reason.INCOMPLETE_LOG, null, null, t.name + "." + column), t.name);
            }
        }
    }

    /** Changes logged after the import on its rows, by any import or command. */
    private void laterChanges(Table t) throws SQLException {
        if (!t.keyed()) return;
        String sql = "SELECT x.row_id, x.import_id, x.command FROM changes x JOIN " + q(t.name) + " a ON a.id = x.row_id"
                + " WHERE x.table_name = " + lit(t.name) + " AND x.import_id IS DISTINCT FROM " + n
                // The upgrade to version 8 took borrowed dates out of the status history: no one's later change.
                + " AND x.command IS DISTINCT FROM 'migrate'"
                + " AND (" + t.created("a") + " OR (x.id > " + lastChange + " AND " + t.changed("a") + "))";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) block(later(nullableLong(rs, 2), rs.getString(3)), t.name, rs.getLong(1));
        }
    }

    /** Its rows written since by another import, as their own import columns say. */
    private void laterWriters(Table t) throws SQLException {
        for (String w : t.writers()) {
            String sql = "SELECT " + t.key("a") + ", a." + q(w) + " FROM " + q(t.name) + " a WHERE (" + t.created("a") + " OR "
                    + t.changed("a") + ") AND a." + q(w) + " IS NOT NULL AND a." + q(w) + " <> " + n;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                while (rs.next()) block(later(rs.getLong(2), null), t.name, rs.getLong(1));
            }
        }
    }

    /**
     * Rows of other tables, not the import's own, that refer to a row the undo would remove (a later payment to a
     * file this import opened): named by the row they refer to.
     */
    private void laterReferences(Table parent) throws SQLException {
        for (Table child : tables.values()) {
            for (Link link : child.links) {
                if (!link.parent.equals(parent.name) || child.name.equals(parent.name)) continue;
                List<String> sources = child.imports();
                String command = child.columns.contains("command") ? "r.command" : "NULL";
                String writer = sources.isEmpty() ? "NULL"
                        : sources.size() == 1 ? "r." + q(sources.get(0))
                        : engine.greatest() + "(" + sources.stream().map(col -> "coalesce(r." + q(col) + ", 0)")
                                .collect(Collectors.joining(", ")) + ")";
                String sql = "SELECT " + parent.key("a") + ", " + writer + ", " + command + " FROM " + q(child.name) + " r JOIN "
                        + q(parent.name) + " a ON a." + q(link.parentColumn == null ? KEY : link.parentColumn)
                        + " = r." + q(link.column) + " WHERE " + parent.created("a")
                        + (sources.isEmpty() ? "" : " AND NOT (" + child.created("r") + ")");
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) {
                        Long by = nullableLong(rs, 2);
                        Source later = later(by != null && by == 0 ? null : by, rs.getString(3));
                        block(new Source(Reason.REFERENCED, later.importId, later.command, child.name), parent.name, rs.getLong(1));
                    }
                }
            }
        }
    }

    /** A later import that changed a row after this one logs this import as the old value of the row's import column. */
    private void overwrittenMarks() throws SQLException {
        Set<String> marks = new LinkedHashSet<>();
        for (Table t : targets()) marks.addAll(t.writers());
        if (marks.isEmpty()) return;
        String sql = "SELECT x.table_name, x.row_id, x.import_id, x.command FROM changes x WHERE x.column_name IN ("
                + marks.stream().map(ImportUndo::lit).collect(Collectors.joining(", ")) + ") AND x.old_value = "
                + lit(Long.toString(n)) + " AND x.import_id IS DISTINCT FROM " + n;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) block(later(nullableLong(rs, 3), rs.getString(4)), rs.getString(1), rs.getLong(2));
        }
    }

    /**
     * One file on record per head (一户一档): a later period of the same head was opened because this import's
     * period had ended or did not exist, so putting the earlier state back would leave two.
     */
    private void laterPeriods() throws SQLException {
        Table h = tables.get("households");
        if (h == null || !h.columns.containsAll(List.of("head_id", "period", CREATOR))) return;
        String sql = "SELECT later.id, later.created_import_id FROM households a JOIN households later"
                + " ON later.head_id = a.head_id AND later.period > a.period WHERE (" + h.created("a") + " OR "
                + h.changed("a") + ") AND later.created_import_id IS DISTINCT FROM " + n;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) block(later(nullableLong(rs, 2), null), "households", rs.getLong(1));
        }
    }

    private Source later(Long importId, String command) {
        return importId != null ? new Source(Reason.LATER, importId, null, null)
                : new Source(Reason.LATER, null, command, null);
    }

    private void collect(String sql, Source source, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) block(source, table, rs.getLong(1));
        }
    }

    private void block(Source source, String table, long rowId) {
        blockers.computeIfAbsent(source, k -> new Collected()).add(new Key(table, rowId));
    }

    private List<Blocker> blockers() throws SQLException {
        List<Blocker> out = new ArrayList<>();
        for (Map.Entry<Source, Collected> e : blockers.entrySet()) {
            Source s = e.getKey();
            Collected found = e.getValue();
            String file = s.importId == null ? null : fileName(s.importId);
            List<Touched> shown = new ArrayList<>();
            for (Key k : found.shown) {
                if (k.rowId > 0) shown.add(describe(k));
            }
            out.add(new Blocker(s.reason, s.importId, file, s.command, s.detail, shown, found.count));
        }
        return out;
    }

    private String fileName(long importId) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT file_name FROM imports WHERE id = " + importId)) {
            return rs.next() ? rs.getString(1) : "?";
        }
    }

    /** A record by its household's masked head ID, when it belongs to one. */
    private Touched describe(Key k) throws SQLException {
        Table t = tables.get(k.table);
        String sql = null;
        if (k.table.equals("households")) {
            sql = "SELECT head_id, period FROM households WHERE id = " + k.rowId;
        } else if (t != null && t.columns.contains("household_id") && tables.containsKey("households")) {
            sql = "SELECT h.head_id, h.period FROM " + q(k.table) + " r JOIN households h ON h.id = r.household_id WHERE r.id = " + k.rowId;
        }
        if (sql != null) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                if (rs.next() && rs.getString(1) != null) return new Touched(k.table, Masks.middle(rs.getString(1)), rs.getInt(2), k.rowId);
            }
        }
        return new Touched(k.table, null, 0, k.rowId);
    }

    // ---- the undo ----

    private void apply(String now, UndoListener listener) throws SQLException {
        int done = 0;
        try (Statement s = c.createStatement()) {
            List<String[]> logged = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT DISTINCT table_name, column_name FROM changes WHERE import_id = " + n
                    + " AND table_name <> 'changes' ORDER BY 1, 2")) {
                while (rs.next()) logged.add(new String[] {rs.getString(1), rs.getString(2)});
            }
            for (String[] tc : logged) {
                Table t = tables.get(tc[0]);
                String column = tc[1];
                // The import's first change of a field holds the value from before it, as text: the engine turns it
                // back into the number it was.
                String where = "x.import_id = " + n + " AND x.table_name = " + lit(t.name) + " AND x.column_name = " + lit(column);
                String old = "(SELECT x.old_value FROM changes x WHERE " + where + " AND x.row_id = " + q(t.name)
                        + ".id ORDER BY x.id LIMIT 1)";
                s.executeUpdate("UPDATE " + q(t.name) + " SET " + q(column) + " = " + engine.stored(old, t.name, column) + " WHERE id IN"
                        + " (SELECT x.row_id FROM changes x WHERE " + where + ") AND NOT (" + t.created(q(t.name)) + ")");
                listener.wrote(++done, t.name);
            }
            // The change log last: which rows are the import's own is read from it. A table's rows go before those
            // of the tables they refer to, so that every reference holds after each statement.
            for (Table t : deletionOrder()) {
                s.executeUpdate("DELETE FROM " + q(t.name) + " WHERE " + t.created(q(t.name)));
                listener.wrote(++done, t.name);
            }
            // The columns derived from a period's status and dates follow the values put back, by the lifecycle rule.
            if (tables.containsKey("households") && tables.get("households").columns.contains("status_on")) {
                LifecycleColumns.fill(c, "WHERE h.id IN (SELECT x.row_id FROM changes x WHERE x.import_id = " + n
                        + " AND x.table_name = 'households')");
                listener.wrote(++done, "households");
            }
            s.executeUpdate("DELETE FROM changes WHERE import_id = " + n);
            listener.wrote(++done, "changes");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE imports SET undone_at = ? WHERE id = ?")) {
            ps.setString(1, now);
            ps.setLong(2, n);
            ps.executeUpdate();
        }
        listener.wrote(++done, "imports");
    }

    // ---- the schema ----

    private void readSchema() throws SQLException {
        for (String name : engine.tables()) {
            // Computed columns are never stored, so never restored.
            List<String> columns = engine.storedColumns(name);
            List<Link> links = new ArrayList<>();
            Set<String> importColumns = new LinkedHashSet<>();
            for (Engine.Reference r : engine.references(name)) {
                if (r.parent().equalsIgnoreCase("imports")) importColumns.add(r.column());
                else links.add(new Link(r.column(), r.parent(), r.parentColumn()));
            }
            // A column named like one is an import column even where its REFERENCES was left out.
            for (String col : columns) if (col.toLowerCase(Locale.ROOT).endsWith("import_id")) importColumns.add(col);
            tables.put(name, new Table(name, columns, List.copyOf(importColumns), links, n));
        }
    }

    private List<Table> targets() {
        return tables.values().stream().filter(t -> !t.name.equals("imports") && !t.imports().isEmpty()).toList();
    }

    /**
     * The tables whose own rows the undo removes, each before the tables it refers to: no engine has to defer its
     * references (PostgreSQL checks each at once, as bangfu's schema declares them).
     */
    private List<Table> deletionOrder() {
        List<Table> left = new ArrayList<>(targets().stream().filter(t -> !t.name.equals("changes")).toList());
        List<Table> out = new ArrayList<>();
        while (!left.isEmpty()) {
            Table next = left.stream().filter(t -> left.stream().noneMatch(o -> o != t && o.refersTo(t.name))).findFirst()
                    .orElse(left.get(0)); // a cycle of references: bangfu's schema has none
            left.remove(next);
            out.add(next);
        }
        return out;
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static String q(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    static String lit(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /** A column of a table that refers to another table's row; {@code parentColumn} null is its key. */
    private record Link(String column, String parent, String parentColumn) {
    }

    /** A table as the undo sees it: its stored columns, its import columns, its references to other tables. */
    private record Table(String name, List<String> columns, List<String> importColumns, List<Link> links, long n) {
        List<String> imports() {
            return importColumns;
        }

        /** The table has the key that the change log and references name its rows by. */
        boolean keyed() {
            return columns.contains(KEY);
        }

        /** The row's key, or 0 in a table without one (nothing names its rows one by one). */
        String key(String alias) {
            return keyed() ? alias + "." + KEY : "0";
        }

        boolean refersTo(String parent) {
            return links.stream().anyMatch(l -> l.parent.equals(parent));
        }

        /** Import columns that say who wrote the row last (all but the creator). */
        List<String> writers() {
            return importColumns.stream().filter(col -> !col.equals(CREATOR)).toList();
        }

        /** Columns the import logs for every row it changes besides the fields: who wrote it last, and its digest. */
        Set<String> bookkeeping() {
            Set<String> out = new LinkedHashSet<>(importColumns);
            if (columns.contains(DIGEST)) out.add(DIGEST);
            return out;
        }

        /** The row was inserted by the import. */
        String created(String alias) {
            // IS NOT DISTINCT FROM, not =: a NULL import column is "not this import", never unknown, so NOT (created) stays true for it.
            if (importColumns.contains(CREATOR)) return alias + "." + q(CREATOR) + " IS NOT DISTINCT FROM " + n;
            String written = importColumns.stream().map(col -> alias + "." + q(col) + " IS NOT DISTINCT FROM " + n)
                    .collect(Collectors.joining(" OR ", "(", ")"));
            if (!keyed()) return written;
            return written + " AND NOT EXISTS (SELECT 1 FROM changes z WHERE z.table_name = " + lit(name)
                    + " AND z.row_id = " + alias + "." + KEY + " AND z.import_id = " + n + ")";
        }

        /** The row existed before the import, which changed it. */
        String changed(String alias) {
            if (!keyed()) return "1 = 0";
            return alias + "." + KEY + " IN (SELECT z.row_id FROM changes z WHERE z.import_id = " + n + " AND z.table_name = "
                    + lit(name) + ") AND NOT (" + created(alias) + ")";
        }
    }

    private record Source(Reason reason, Long importId, String command, String detail) implements Comparable<Source> {
        private static final Comparator<Source> ORDER = Comparator.comparing(Source::reason)
                .thenComparing(Source::importId, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Source::command, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Source::detail, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Source o) {
            return ORDER.compare(this, o);
        }
    }

    private record Key(String table, long rowId) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int byTable = table.compareTo(o.table);
            return byTable != 0 ? byTable : Long.compare(rowId, o.rowId);
        }
    }

    /** The distinct records of one blocker: the first few by table and row, and how many (exactly up to {@link #COUNTED}). */
    private static final class Collected {
        final TreeSet<Key> shown = new TreeSet<>();
        final Set<Key> seen = new HashSet<>();
        long count;

        void add(Key k) {
            if (seen.size() < COUNTED) {
                if (!seen.add(k)) return;
            } else if (seen.contains(k)) {
                return;
            }
            count++;
            shown.add(k);
            if (shown.size() > SHOWN) shown.pollLast();
        }
    }
}
