package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.examples.ExampleFiles;
import bangfu.load.FileReport;
import bangfu.load.ImportListener;
import bangfu.load.ImportOptions;
import bangfu.load.Rehearsal;
import bangfu.model.Mapping;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * verify FILE… and {@code import --dry-run} on PostgreSQL run the import in one transaction that is rolled back:
 * afterwards every table of the server holds the same rows, and another clerk's connection never sees them meanwhile.
 */
class PostgresRehearsalTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    static final String DONGCHENG = "examples/" + ExampleFiles.XLSX;
    static final String XICHENG = "examples/" + ExampleFiles.CSV;
    static final String XICHENG_2025 = "examples/" + ExampleFiles.CSV_2025;
    static final String NANGANG = "examples/" + ExampleFiles.XLS;
    static final String LEDGER = "examples/" + ExampleFiles.LEDGER;
    static final String VISITS = "examples/" + ExampleFiles.VISITS;

    @BeforeEach
    void empty() throws Exception {
        PG.wipe();
    }

    @Test
    void aRehearsalThatFoundErrorsAndOneThatFoundNoneLeaveEveryTableAsItWas() throws Exception {
        assertThat(Run.of("--db", PG.location(), "import", "--quiet", DONGCHENG, XICHENG).exit()).isZero();
        Map<String, String> before = fingerprint();
        assertThat(before).containsKeys("households", "members", "imports", "status_history", "changes", "rejects");
        assertThat(before.get("households")).doesNotStartWith("0 rows");

        // Errors: a ledger whose households are partly in the database, partly in the roster given before it.
        Run errors = Run.of("--lang", "en", "--db", PG.location(), "verify", NANGANG, LEDGER, VISITS);
        assertThat(errors.exit()).as(errors.err()).isEqualTo(1);
        assertThat(errors.out()).contains("rows that would be rejected 2, errors 2");
        assertThat(fingerprint()).isEqualTo(before);

        // None: the next year's roster updates households (old → new in changes) and adds some, all rolled back.
        Run clean = Run.of("--lang", "en", "--db", PG.location(), "import", "--dry-run", "--format", "json", XICHENG_2025);
        assertThat(clean.exit()).as(clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("\"updated\" : ").doesNotContain("\"updated\" : 0,");
        assertThat(fingerprint()).isEqualTo(before);

        // The same file imported for real does change the database: the fingerprint can tell.
        assertThat(Run.of("--db", PG.location(), "import", "--quiet", XICHENG_2025).exit()).isZero();
        assertThat(fingerprint()).isNotEqualTo(before);
    }

    @Test
    void anotherClerkNeverSeesTheRowsOfARehearsalInProgress() throws Exception {
        assertThat(Run.of("--db", PG.location(), "import", "--quiet", DONGCHENG).exit()).isZero();
        Map<String, String> before = fingerprint();
        try (Rehearsal rehearsal = Rehearsal.against(PG.location(), Mapping.NONE, options(), ImportListener.NONE, clock())) {
            FileReport roster = rehearsal.check(Path.of(XICHENG));
            FileReport ledger = rehearsal.check(Path.of(LEDGER));
            // The rehearsal wrote them, and the ledger found the roster's households before it ...
            assertThat(roster.totals().inserted()).isPositive();
            assertThat(ledger.totals().inserted()).isPositive();
            // ... but in a transaction of its own: another connection sees the database as it was.
            assertThat(fingerprint()).isEqualTo(before);
            assertThat(count("SELECT count(*) FROM households WHERE union_name = '西城区总工会'")).isZero();
            assertThat(count("SELECT count(*) FROM assistance")).isZero();
        }
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void aRehearsalInAnEmptyDatabaseCreatesTheSchemaOnlyInsideItsTransaction() throws Exception {
        Run run = Run.of("--lang", "en", "--db", PG.location(), "import", "--dry-run", DONGCHENG, XICHENG, LEDGER);
        assertThat(run.exit()).as(run.err()).isEqualTo(1); // the ledger names households of no roster given
        assertThat(run.out()).contains("(dry run: nothing written)");
        assertThat(count("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")).isZero();
    }

    private static ImportOptions options() {
        return new ImportOptions(true, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false,
                LocalDate.of(2024, 12, 31), false);
    }

    private static Clock clock() {
        return Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC);
    }

    private static long count(String sql) throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Per table of the schema its row count and a digest of all its rows, by plain SQL on a connection of its own; the
     * schema's relations (tables, indexes, sequences with their last value) besides.
     */
    static Map<String, String> fingerprint() throws Exception {
        Map<String, String> out = new TreeMap<>();
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
                while (rs.next()) tables.add(rs.getString(1));
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), coalesce(md5(string_agg(t::text, E'\\n' ORDER BY t::text)), '')"
                        + " FROM \"" + table + "\" t")) {
                    rs.next();
                    out.put(table, rs.getLong(1) + " rows " + rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT string_agg(relname || ':' || relkind, ' ' ORDER BY relname)"
                    + " FROM pg_class WHERE relnamespace = 'public'::regnamespace")) {
                rs.next();
                out.put("relations", rs.getString(1));
            }
        }
        return out;
    }
}
