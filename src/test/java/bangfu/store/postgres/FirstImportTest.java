package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.examples.ExampleFiles;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A first import into the empty households table builds its secondary indexes and checks its foreign keys once at
 * the end, holding the tables alone; when another clerk holds one of them it imports as any other file, without
 * waiting. Either way the schema afterwards is the migrated one, index for index and constraint for constraint.
 */
class FirstImportTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    static final String ROSTERS = "examples/" + ExampleFiles.XLSX;

    @BeforeEach
    void empty() throws Exception {
        PG.wipe();
        PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of()).close();
    }

    @Test
    void theIndexesAndForeignKeysAfterAFirstImportAreTheMigratedOnes() throws Exception {
        List<String> migrated = schema();
        assertThat(migrated).anyMatch(d -> d.contains("households_union"))
                .anyMatch(d -> d.contains("members_household_id_fkey"));
        List<String> built = builtIndexes();
        Run run = Run.of("--db", PG.location(), "import", "--quiet", ROSTERS, "examples/" + ExampleFiles.CSV);
        assertThat(run.exit()).as(run.err()).isZero();
        // the first file held the tables alone: every secondary index of the three tables was built again (new oids)
        assertThat(builtIndexes()).as("rebuilt").doesNotContainAnyElementsOf(built).hasSameSizeAs(built);
        assertThat(count("SELECT count(*) FROM households")).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM status_history")).isEqualTo(20);
        assertThat(schema()).isEqualTo(migrated);
        // the foreign keys hold again: a member of no household is refused
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute(
                    "INSERT INTO members (household_id, name) VALUES (-1, '无户')")).hasMessageContaining("foreign key");
        }
        // …and so do those onto imports, which such an import drops too: a status entry of no import is refused
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.execute("INSERT INTO status_history"
                    + " (household_id, to_status, command, import_id, recorded_at) SELECT min(id), 'ACTIVE', 'import', -1, 'now'"
                    + " FROM households")).hasMessageContaining("foreign key");
        }
    }

    @Test
    void whileAnotherClerksImportHasBegunTheFirstImportDoesNotWaitForIt() throws Exception {
        // what another clerk's import holds once it has written its imports row: this one cannot take imports alone
        importsRowByRowWhileAnotherHolds("LOCK TABLE imports IN ROW EXCLUSIVE MODE");
    }

    @Test
    void whileAnotherClerkReadsHouseholdsTheFirstImportDoesNotWaitForIt() throws Exception {
        // a clerk reading households: the import cannot hold the table alone, so it writes row by row meanwhile
        importsRowByRowWhileAnotherHolds("LOCK TABLE households IN ACCESS SHARE MODE");
    }

    /** With {@code lock} held by another connection, a first import finishes without waiting, as any other import. */
    private static void importsRowByRowWhileAnotherHolds(String lock) throws Exception {
        List<String> migrated = schema();
        List<String> built = builtIndexes();
        try (Connection other = PG.connect()) {
            other.setAutoCommit(false);
            try (Statement s = other.createStatement()) {
                s.execute(lock);
            }
            Run run = Run.of("--db", PG.location(), "import", "--quiet", ROSTERS);
            assertThat(run.exit()).as(run.err()).isZero();
            other.rollback();
        }
        assertThat(count("SELECT count(*) FROM households")).isEqualTo(12);
        assertThat(count("SELECT count(*) FROM status_history")).isEqualTo(12);
        assertThat(schema()).isEqualTo(migrated);
        assertThat(builtIndexes()).as("kept up row by row, not rebuilt").isEqualTo(built);
    }

    /** The secondary indexes of the tables a first import holds, each with the oid it was built as. */
    private static List<String> builtIndexes() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT i.indexrelid::regclass || ' ' || i.indexrelid::bigint FROM pg_index i
                WHERE i.indrelid IN ('households'::regclass, 'members'::regclass, 'status_history'::regclass)
                AND NOT i.indisprimary ORDER BY 1""")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Every index and constraint of the schema as the server states it. */
    private static List<String> schema() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT indexdef FROM pg_indexes WHERE schemaname = 'public'
                UNION ALL SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) FROM pg_constraint
                WHERE connamespace = 'public'::regnamespace ORDER BY 1""")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    private static long count(String sql) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
