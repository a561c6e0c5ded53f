package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.Stores;
import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresServer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code db check} on PostgreSQL: references, schema and row counts as on SQLite, from plain SQL; the pages, which
 * the server keeps itself, are said to be kept by it rather than reported checked.
 */
class PostgresDbCheckTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @BeforeEach
    void examples() throws Exception {
        PG.wipe();
        Run run = Run.of("--db", PG.location(), "import", "--quiet", "examples/花名册-东城区总工会-2024.xlsx", "examples/走访记录-2024.xlsx");
        assertThat(run.exit()).as(run.err()).isIn(0, 1);
    }

    private static Run check(String... more) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--db", PG.location(), "db", "check"));
        args.addAll(List.of(more));
        return Run.of(args.toArray(String[]::new));
    }

    @Test
    void aSoundDatabaseCountsEveryTableAndLeavesThePagesToTheServer() throws Exception {
        List<String> tablesBefore = sql("SELECT tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1");

        Run run = check();

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("database postgresql://127.0.0.1:")
                .containsPattern("(?m)^pages +kept by the server \\(PostgreSQL checks its own pages\\)$")
                .containsPattern("(?m)^references \\(each declared one, in SQL\\) +ok$")
                .containsPattern("(?m)^schema version +" + Stores.SCHEMA_VERSION + " \\(current\\)$")
                .containsPattern("(?m)^tables and columns +all that schema version " + Stores.SCHEMA_VERSION + " creates$")
                .doesNotContain("integrity_check").doesNotContain("schema_version");
        List<String> tables = sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_version'");
        assertThat(tables).contains("households", "members", "visits", "visit_years", "imports", "changes");
        for (String table : tables) {
            String rows = sql("SELECT count(*) FROM " + table).get(0);
            assertThat(run.out()).containsPattern("(?m)^" + table + " +" + rows + "$");
        }
        assertThat(sql("SELECT count(*) FROM households").get(0)).isEqualTo("12");
        // The expected schema was built in the session's temporary schema and rolled back: nothing stays.
        assertThat(sql("SELECT tablename FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1"))
                .isEqualTo(tablesBefore);

        Run zh = Run.of("--lang", "zh", "--db", PG.location(), "db", "check");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("由数据库服务器自行维护");
        Run json = check("--format", "json");
        assertThat(json.exit()).isZero();
        assertThat(json.out()).contains("\"pageProblems\" : null").contains("\"damaged\" : false").contains("\"households\" : 12");
    }

    @Test
    void aUserWhoMayOnlyReadCanCheck() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("DROP ROLE IF EXISTS bangfu_reader");
            s.execute("CREATE ROLE bangfu_reader LOGIN");
            s.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO bangfu_reader");
        }
        String reader = PG.location().replace("user=" + PostgresServer.get().user(), "user=bangfu_reader");

        Run run = Run.of("--lang", "en", "--db", reader, "db", "check");

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).containsPattern("(?m)^households +12$");
    }

    @Test
    void aDanglingRowLetInByADroppedConstraintIsExitCodeOne() throws Exception {
        String member;
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE members DROP CONSTRAINT members_household_id_fkey");
            try (ResultSet rs = s.executeQuery("INSERT INTO members (household_id, name) VALUES (999999, '孤儿行') RETURNING id")) {
                rs.next();
                member = rs.getString(1);
            }
        }

        Run run = check();

        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).contains("1 row(s) refer to rows that do not exist")
                .contains("members row " + member + " refers to a row of households that does not exist");
        assertThat(run.err()).isEmpty();
        Run json = check("--format", "json");
        assertThat(json.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(json.out()).contains("\"danglingReferences\" : 1").contains("\"table\" : \"members\"");
    }

    @Test
    void aColumnTheSchemaVersionCreatesMissingIsDamageExitCodeFour() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE visits DROP COLUMN note");
        }

        Run run = check();

        assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.out()).contains("missing: visits.note");
        assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains("is damaged or is not what its schema version says").doesNotContain("Exception");
    }

    private static List<String> sql(String query) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }
}
