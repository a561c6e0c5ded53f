package bangfu.store.sqlite;

import bangfu.store.jdbc.Engine;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The schema of a SQLite database as its catalogue ({@code sqlite_master} and the table pragmas) describes it. */
final class SchemaCatalog {
    private SchemaCatalog() {
    }

    static List<String> tables(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' ORDER BY name")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        return names;
    }

    static List<String> storedColumns(Connection c, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        // Generated columns (hidden 2 and 3) are computed, never stored.
        try (PreparedStatement ps = c.prepareStatement("SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) columns.add(rs.getString(1));
            }
        }
        return columns;
    }

    static List<Engine.Reference> references(Connection c, String table) throws SQLException {
        List<Engine.Reference> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?) ORDER BY id, seq")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Engine.Reference(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    static Map<String, Set<String>> schema(Connection c) throws SQLException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT m.name, p.name FROM sqlite_master m, pragma_table_xinfo(m.name) p"
                        + " WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' ORDER BY m.name, p.cid")) {
            while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        }
        return out;
    }

    /** What the migrations up to {@code version} create, built in memory. */
    static Engine.Schema expected(int version) throws SQLException {
        try (Connection memory = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Database.migrate(memory, 0, version);
            Map<String, List<Engine.Reference>> references = new TreeMap<>();
            for (String table : tables(memory)) references.put(table, references(memory, table));
            return new Engine.Schema(schema(memory), references);
        }
    }

    /** {@code integrity_check}'s findings, one line each; empty when the file is sound. */
    static List<String> pageProblems(Connection c, int shown) throws SQLException {
        List<String> pages = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA integrity_check(" + shown + ")")) {
            // SQLite starts the first with "*** in database main ***" and a line break.
            while (rs.next()) pages.add(rs.getString(1).replaceAll("\\s+", " "));
        }
        if (pages.equals(List.of("ok"))) pages.clear();
        return pages;
    }
}
