package bangfu.store.postgres;

import bangfu.store.jdbc.Engine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The schema of a bangfu database on PostgreSQL as the server's catalogue describes it: the tables of the
 * connection's current schema, less {@code schema_version}, which holds the version and no records (SQLite keeps
 * it in the file's header).
 */
final class PostgresCatalog {
    private static final String VERSION_TABLE = "schema_version";

    private final Connection c;
    private final Map<String, String> types = new HashMap<>();

    PostgresCatalog(Connection c) {
        this.c = c;
    }

    List<String> tables() throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables"
                + " WHERE schemaname = current_schema() AND tablename <> '" + VERSION_TABLE + "' ORDER BY tablename COLLATE \"C\"")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    List<String> storedColumns(String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT column_name FROM information_schema.columns"
                + " WHERE table_schema = current_schema() AND table_name = ? AND is_generated = 'NEVER' ORDER BY ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    List<Engine.Reference> references(String table) throws SQLException {
        return references(table, "current_schema()");
    }

    /** bangfu's references are each of one column. */
    private List<Engine.Reference> references(String table, String schema) throws SQLException {
        List<Engine.Reference> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname, p.relname, pa.attname FROM pg_constraint k"
                + " JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " JOIN pg_class p ON p.oid = k.confrelid"
                + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]"
                + " JOIN pg_attribute pa ON pa.attrelid = k.confrelid AND pa.attnum = k.confkey[1]"
                + " WHERE k.contype = 'f' AND t.relname = ? AND n.nspname = " + schema + " ORDER BY a.attnum, p.relname")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(new Engine.Reference(rs.getString(1), rs.getString(2), rs.getString(3)));
            }
        }
        return out;
    }

    /** PostgreSQL converts text to a number only when told: the column's own type, read once per column. */
    String stored(String text, String table, String column) throws SQLException {
        String key = table + "." + column;
        String type = types.get(key);
        if (type == null) {
            try (PreparedStatement ps = c.prepareStatement("SELECT data_type FROM information_schema.columns"
                    + " WHERE table_schema = current_schema() AND table_name = ? AND column_name = ?")) {
                ps.setString(1, table);
                ps.setString(2, column);
                try (ResultSet rs = ps.executeQuery()) {
                    type = rs.next() ? rs.getString(1) : "text";
                }
            }
            types.put(key, type);
        }
        return "CAST(" + text + " AS " + type + ")";
    }

    Map<String, Set<String>> schema() throws SQLException {
        return columnsOf("current_schema()");
    }

    /**
     * The migration scripts run into the session's temporary schema, read, and rolled back: the same scripts that
     * made the database, so the comparison needs no second description of the schema, and nothing is written (a
     * temporary table needs only the TEMP privilege every user has by default).
     */
    Engine.Schema expected(int version) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Savepoint before = c.setSavepoint();
        try (Statement s = c.createStatement()) {
            s.execute("SET LOCAL search_path = pg_temp");
            for (int v = PostgresSchema.BASELINE; v <= version; v++) {
                // a function made in the temporary schema is found by its qualified name only (schema version 10's
                // triggers name theirs)
                s.execute(PostgresSchema.script(PostgresSchema.SCRIPTS.get(v - PostgresSchema.BASELINE))
                        .replace("EXECUTE FUNCTION ", "EXECUTE FUNCTION pg_temp."));
            }
            String temporary = "(SELECT nspname FROM pg_namespace WHERE oid = pg_my_temp_schema())";
            Map<String, Set<String>> columns = columnsOf(temporary);
            Map<String, List<Engine.Reference>> references = new TreeMap<>();
            for (String table : columns.keySet()) references.put(table, references(table, temporary));
            return new Engine.Schema(columns, references);
        } finally {
            c.rollback(before);
            if (autoCommit) {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    private Map<String, Set<String>> columnsOf(String schema) throws SQLException {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT table_name, column_name"
                + " FROM information_schema.columns WHERE table_schema = " + schema + " AND table_name <> '" + VERSION_TABLE
                + "' ORDER BY table_name, ordinal_position")) {
            while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new LinkedHashSet<>()).add(rs.getString(2));
        }
        return out;
    }
}
