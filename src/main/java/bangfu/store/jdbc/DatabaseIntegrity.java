package bangfu.store.jdbc;

import bangfu.store.IntegrityReport;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The soundness of the database as its engine and its schema see it — not the records' content, which
 * {@code verify} checks: the pages (SQLite's {@code integrity_check}; a server keeps its own), the references
 * between rows, the tables and columns its schema version must have, and the rows per table. Only reads.
 */
public final class DatabaseIntegrity {
    /** Problems shown per check; the rest are counted. */
    private static final int SHOWN = 20;

    private DatabaseIntegrity() {
    }

    public static IntegrityReport check(Engine db, int version) {
        try {
            try (Transaction reading = db.beginReading()) {
                List<String> pages = db.pageProblems(SHOWN);
                boolean sound = pages == null || pages.isEmpty();
                List<IntegrityReport.Reference> references = new ArrayList<>();
                long referenceCount = 0;
                Map<String, Long> rows = new TreeMap<>();
                Map<String, Set<String>> actual = db.schema();
                Engine.Schema expected = db.expectedSchema(version);
                List<String> missing = missing(actual, expected.columns());
                if (sound) {
                    for (String table : db.tables()) {
                        referenceCount += dangling(db, table, expected.references().getOrDefault(table, List.of()), actual, references);
                        try (Statement s = db.connection().createStatement();
                             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + ImportUndo.q(table))) {
                            rows.put(table, rs.next() ? rs.getLong(1) : 0);
                        }
                    }
                }
                return new IntegrityReport(version, pages, references, referenceCount, missing, rows);
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * Rows of {@code table} whose reference leads nowhere, asked in plain SQL of each reference its schema version
     * declares (not of those the database declares now): what SQLite's {@code foreign_key_check} finds, and what a
     * constraint disabled or dropped since let in. A reference whose columns are missing is reported as missing.
     */
    private static long dangling(Engine db, String table, List<Engine.Reference> declared, Map<String, Set<String>> actual,
                                 List<IntegrityReport.Reference> shown) throws SQLException {
        long count = 0;
        Set<String> columns = actual.getOrDefault(table, Set.of());
        boolean keyed = columns.contains("id");
        for (Engine.Reference r : declared) {
            String parentColumn = r.parentColumn() == null ? "id" : r.parentColumn();
            if (!columns.contains(r.column()) || !actual.getOrDefault(r.parent(), Set.of()).contains(parentColumn)) continue;
            String where = " FROM " + ImportUndo.q(table) + " c WHERE c." + ImportUndo.q(r.column()) + " IS NOT NULL AND NOT EXISTS"
                    + " (SELECT 1 FROM " + ImportUndo.q(r.parent()) + " p WHERE p." + ImportUndo.q(parentColumn) + " = c."
                    + ImportUndo.q(r.column()) + ")";
            try (Statement s = db.connection().createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + (keyed ? "c.id" : "0") + where + " ORDER BY 1")) {
                while (rs.next()) {
                    if (shown.size() < SHOWN) shown.add(new IntegrityReport.Reference(table, rs.getLong(1), r.parent()));
                    count++;
                }
            }
        }
        return count;
    }

    /** What the migrations up to the version create against what the database has. */
    private static List<String> missing(Map<String, Set<String>> actual, Map<String, Set<String>> expected) {
        List<String> out = new ArrayList<>();
        expected.forEach((table, columns) -> {
            Set<String> has = actual.get(table);
            if (has == null) {
                out.add(table);
                return;
            }
            for (String col : columns) if (!has.contains(col)) out.add(table + "." + col);
        });
        return out;
    }
}
