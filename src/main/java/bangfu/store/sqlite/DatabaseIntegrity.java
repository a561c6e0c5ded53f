package bangfu.store.sqlite;

import bangfu.store.IntegrityReport;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The soundness of the database file as SQLite and its schema see it — not the records' content, which
 * {@code verify} checks: the pages ({@code integrity_check}), the references between rows
 * ({@code foreign_key_check}), the tables and columns its schema version must have, and the rows per table.
 * Only reads.
 */
public final class DatabaseIntegrity {
    /** Problems shown per check; the rest are counted. */
    private static final int SHOWN = 20;

    private DatabaseIntegrity() {
    }

    public static IntegrityReport check(Database db) {
        Connection c = db.connection();
        try {
            Transactions.beginReading(c);
            try {
                int version = db.schemaVersion();
                List<String> pages = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(" + SHOWN + ")")) {
                    // One line each: SQLite starts the first with "*** in database main ***" and a line break.
                    while (rs.next()) pages.add(rs.getString(1).replaceAll("\\s+", " "));
                }
                if (pages.equals(List.of("ok"))) pages.clear();
                List<IntegrityReport.Reference> references = new ArrayList<>();
                long referenceCount = 0;
                Map<String, Long> rows = new TreeMap<>();
                Map<String, Set<String>> tables = tables(c);
                List<String> missing = missing(tables, version);
                if (pages.isEmpty()) {
                    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                        while (rs.next()) {
                            if (referenceCount++ < SHOWN) references.add(new IntegrityReport.Reference(rs.getString(1), rs.getLong(2), rs.getString(3)));
                        }
                    }
                    for (String table : tables.keySet()) {
                        try (Statement s = c.createStatement();
                             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + ImportUndo.q(table))) {
                            rows.put(table, rs.next() ? rs.getLong(1) : 0);
                        }
                    }
                }
                return new IntegrityReport(version, pages, references, referenceCount, missing, rows);
            } finally {
                Transactions.rollbackQuietly(c);
            }
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    /** What the migrations up to {@code version} create, built in memory, against what the file has. */
    private static List<String> missing(Map<String, Set<String>> actual, int version) throws SQLException {
        Map<String, Set<String>> expected;
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Database.migrate(memory, 0, version);
            expected = tables(memory);
        }
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

    private static Map<String, Set<String>> tables(Connection c) throws SQLException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_xinfo(m.name) p"
                        + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' ORDER BY m.name, p.cid")) {
            while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        }
        return out;
    }
}
