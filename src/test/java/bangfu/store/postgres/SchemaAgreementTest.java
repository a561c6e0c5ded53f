package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Both engines, migrated by this build, hold the same schema: the same tables, and in each the same columns in the
 * same order with mapped types, nullability and defaults, the same keys and references, the same indexes over the
 * same columns, but for the differences listed here. A migration added for one engine only fails here.
 */
class SchemaAgreementTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir static Path folder;
    private static Map<String, List<String>> sqlite;
    private static Map<String, List<String>> postgres;

    /**
     * The indexes one engine has and the other has not, on purpose (schema version 11): SQLite streams the yearly
     * report's groups of households out of two covering indexes in their order; PostgreSQL scans the table in
     * parallel and hashes them, and finds a union's files by the union alone.
     */
    private static final Map<String, List<String>> SQLITE_ONLY = Map.of("table households", List.of(
            "index households_causes [main_cause, secondary_causes, filed_year, left_year, tier, union_name]",
            "index households_report [union_name, tier, filed_year, left_year, left_as, close_reason, is_migrant_worker,"
                    + " is_model_worker, household_size, left_undated, main_cause, secondary_causes]"));
    private static final Map<String, List<String>> POSTGRES_ONLY = Map.of("table households", List.of(
            "index households_union [union_name]"));

    /** SQLite's declared types and what the PostgreSQL scripts declare for each. */
    private static final Map<String, String> TYPES = Map.of("INTEGER", "bigint", "TEXT", "text", "NUMERIC", "numeric");

    @BeforeAll
    static void migrateBoth() throws Exception {
        Path file = folder.resolve("bangfu.db");
        Database.open(file).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            sqlite = describeSqlite(c);
        }
        PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of()).close();
        try (Connection c = PG.connect()) {
            postgres = describePostgres(c);
        }
    }

    @Test
    void bothEnginesAreAtTheSameVersion() throws Exception {
        assertThat(PostgresSchema.current()).isEqualTo(Database.SCHEMA_VERSION);
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(Database.SCHEMA_VERSION);
            assertThat(rs.next()).as("one row").isFalse();
        }
    }

    @Test
    void theSameTables() {
        assertThat(postgres.keySet()).isEqualTo(sqlite.keySet()).contains("table households", "table assistance", "table runs");
    }

    @Test
    void eachTableHasTheSameColumnsKeysAndIndexes() {
        for (String table : sqlite.keySet()) {
            List<String> onlySqlite = SQLITE_ONLY.getOrDefault(table, List.of());
            List<String> onlyPostgres = POSTGRES_ONLY.getOrDefault(table, List.of());
            List<String> shared = new ArrayList<>(sqlite.get(table));
            shared.removeAll(onlySqlite);
            List<String> sharedOnPostgres = new ArrayList<>(postgres.get(table));
            sharedOnPostgres.removeAll(onlyPostgres);
            assertThat(sharedOnPostgres).as(table).containsExactlyElementsOf(shared);
        }
    }

    @Test
    void theIndexesThatDifferOnPurposeAreWhereTheyAreSaidToBe() {
        SQLITE_ONLY.forEach((table, lines) -> {
            assertThat(sqlite.get(table)).as("SQLite's " + table).containsAll(lines);
            assertThat(postgres.get(table)).as("PostgreSQL's " + table).doesNotContainAnyElementsOf(lines);
        });
        POSTGRES_ONLY.forEach((table, lines) -> {
            assertThat(postgres.get(table)).as("PostgreSQL's " + table).containsAll(lines);
            assertThat(sqlite.get(table)).as("SQLite's " + table).doesNotContainAnyElementsOf(lines);
        });
    }

    @Test
    void everyTextColumnOnPostgresqlSortsByCodePointAsSqliteDoes() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT table_name || '.' || column_name FROM information_schema.columns
                 WHERE table_schema = 'public' AND data_type = 'text' AND coalesce(collation_name, '') <> 'C'""")) {
            List<String> others = new ArrayList<>();
            while (rs.next()) others.add(rs.getString(1));
            assertThat(others).isEmpty();
        }
    }

    private static Map<String, List<String>> describeSqlite(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        for (String table : names) {
            List<String> lines = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
                while (rs.next()) {
                    boolean pk = rs.getInt("pk") > 0;
                    String type = TYPES.get(rs.getString("type"));
                    lines.add(column(rs.getString("name"), type == null ? rs.getString("type") : type,
                            pk || rs.getBoolean("notnull"), pk ? null : rs.getString("dflt_value"), rs.getInt("pk")));
                }
            }
            List<String> references = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA foreign_key_list(" + table + ")")) {
                while (rs.next()) references.add("reference " + rs.getString("from") + " -> " + rs.getString("table") + "." + rs.getString("to"));
            }
            lines.addAll(references.stream().sorted().toList());
            List<String> indexes = new ArrayList<>();
            List<String[]> list = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_list(" + table + ")")) {
                while (rs.next()) list.add(new String[] {rs.getString("name"), rs.getString("unique"), rs.getString("origin"), rs.getString("partial")});
            }
            for (String[] index : list) {
                List<String> keys = new ArrayList<>();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA index_info(" + index[0] + ")")) {
                    while (rs.next()) keys.add(rs.getInt("cid") == -2 ? "(expression)" : rs.getString("name"));
                }
                // a composite primary key is an index of its own on SQLite and the key's index on PostgreSQL
                String name = "pk".equals(index[2]) ? "(primary key)" : index[0];
                indexes.add(index(name, "1".equals(index[1]), keys, "1".equals(index[3])));
            }
            lines.addAll(indexes.stream().sorted().toList());
            tables.put("table " + table, lines);
        }
        return tables;
    }

    private static Map<String, List<String>> describePostgres(Connection c) throws SQLException {
        Map<String, List<String>> tables = new TreeMap<>();
        List<String> names = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                // schema_version holds what SQLite keeps in PRAGMA user_version
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version' ORDER BY 1")) {
            while (rs.next()) names.add(rs.getString(1));
        }
        for (String table : names) {
            List<String> lines = new ArrayList<>();
            Map<String, Integer> pkPosition = new TreeMap<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT a.attname, array_position(i.indkey::int2[], a.attnum) AS position
                      FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                     WHERE i.indrelid = '%s'::regclass AND i.indisprimary""".formatted(table))) {
                while (rs.next()) pkPosition.put(rs.getString(1), rs.getInt(2) + 1);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT column_name, data_type, is_nullable, column_default FROM information_schema.columns
                     WHERE table_schema = 'public' AND table_name = '%s' ORDER BY ordinal_position""".formatted(table))) {
                while (rs.next()) {
                    String name = rs.getString(1);
                    int pk = pkPosition.getOrDefault(name, 0);
                    lines.add(column(name, rs.getString(2), "NO".equals(rs.getString(3)), pk > 0 ? null : rs.getString(4), pk));
                }
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT a.attname, f.relname, fa.attname
                      FROM pg_constraint k
                      JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1]
                      JOIN pg_class f ON f.oid = k.confrelid
                      JOIN pg_attribute fa ON fa.attrelid = k.confrelid AND fa.attnum = k.confkey[1]
                     WHERE k.conrelid = '%s'::regclass AND k.contype = 'f' ORDER BY 1""".formatted(table))) {
                List<String> references = new ArrayList<>();
                while (rs.next()) references.add("reference " + rs.getString(1) + " -> " + rs.getString(2) + "." + rs.getString(3));
                lines.addAll(references.stream().sorted().toList());
            }
            List<String> indexes = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                    SELECT x.relname, i.indisunique, i.indisprimary, i.indpred IS NOT NULL,
                           array(SELECT coalesce((SELECT attname FROM pg_attribute WHERE attrelid = i.indrelid AND attnum = k), '(expression)')
                                   FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS u(k, n) ORDER BY n)
                      FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid
                     WHERE i.indrelid = '%s'::regclass""".formatted(table))) {
                while (rs.next()) {
                    boolean primary = rs.getBoolean(3);
                    List<String> keys = List.of((String[]) rs.getArray(5).getArray());
                    // a single-column primary key is the table's rowid on SQLite, with no index to list
                    if (primary && keys.size() == 1) continue;
                    indexes.add(index(primary ? "(primary key)" : rs.getString(1), rs.getBoolean(2), keys, rs.getBoolean(4)));
                }
            }
            lines.addAll(indexes.stream().sorted().toList());
            tables.put("table " + table, lines);
        }
        return tables;
    }

    private static String column(String name, String type, boolean notNull, String dflt, int pk) {
        return "column " + name + " " + type + (notNull ? " not null" : "") + (dflt == null ? "" : " default " + dflt)
                + (pk > 0 ? " key#" + pk : "");
    }

    private static String index(String name, boolean unique, List<String> keys, boolean partial) {
        return "index " + name + (unique ? " unique" : "") + " " + keys + (partial ? " partial" : "");
    }
}
