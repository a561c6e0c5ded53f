package bangfu.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The visits per file and year that the database keeps (schema version 10) are what a plain count of the visits
 * says, after every way visits are written or removed: an import, {@code visit add}, {@code import --undo}, the same
 * file imported again, and the migration of a database made before the counts were kept.
 */
class VisitYearsTest {
    /** The kept counts, and the same counted from the visits, in one order. */
    static final String KEPT = "SELECT household_id, year, visits, last_on FROM visit_years ORDER BY 1, 2";
    static final String COUNTED = """
            SELECT household_id, CAST(substr(visited_on, 1, 4) AS INTEGER), count(*), max(visited_on) FROM visits
             GROUP BY household_id, substr(visited_on, 1, 4) ORDER BY 1, 2""";
    static final String LIANG = "110102197008175338";

    @TempDir Path dir;

    @Test
    void theKeptCountsAreThePlainCountsAfterImportAddUndoAndReimport() throws Exception {
        Path db = dir.resolve("u.db");
        String visits = "examples/走访记录-西城区总工会-2025.csv";
        ok(Run.of("--db", db.toString(), "import", "--quiet", "examples/花名册-西城区总工会-2024.csv",
                "examples/花名册-西城区总工会-2025.csv", visits));
        List<List<String>> imported = Sql.rows(db, KEPT);
        assertThat(imported).isNotEmpty().isEqualTo(Sql.rows(db, COUNTED));
        assertThat(Sql.count(db, "SELECT sum(visits) FROM visit_years")).isEqualTo(Sql.count(db, "SELECT count(*) FROM visits"));

        // a visit later than the latest of its file's year: the count and the latest day both move
        ok(Run.of("--db", db.toString(), "visit", "add", LIANG, "--date", "2025-12-30", "--kind", "入户走访", "--visitor", "孙淑珍"));
        assertThat(Sql.rows(db, KEPT)).isEqualTo(Sql.rows(db, COUNTED)).isNotEqualTo(imported);
        assertThat(Sql.one(db, "SELECT y.last_on FROM visit_years y JOIN households h ON h.id = y.household_id"
                + " WHERE h.head_id = '" + LIANG + "' AND y.year = 2025")).isEqualTo("2025-12-30");

        String visitImport = Sql.one(db, "SELECT max(import_id) FROM visits WHERE visited_on < '2025-12-30'");
        ok(Run.of("--db", db.toString(), "import", "--undo", visitImport));
        assertThat(Sql.count(db, "SELECT count(*) FROM visits")).isEqualTo(1);
        assertThat(Sql.rows(db, KEPT)).isEqualTo(Sql.rows(db, COUNTED)).hasSize(1);

        ok(Run.of("--db", db.toString(), "import", "--quiet", visits));
        assertThat(Sql.rows(db, KEPT)).isEqualTo(Sql.rows(db, COUNTED));
        assertThat(Sql.count(db, "SELECT sum(visits) FROM visit_years")).isEqualTo(imported.stream()
                .mapToLong(r -> Long.parseLong(r.get(2))).sum() + 1);
    }

    @Test
    void aDueListAsOfADayBeforeTheYearsLastVisitCountsOnlyTheVisitsUpToIt() throws Exception {
        Path db = dir.resolve("u.db");
        ok(Run.of("--db", db.toString(), "import", "--quiet", "examples/花名册-西城区总工会-2024.csv",
                "examples/花名册-西城区总工会-2025.csv", "examples/走访记录-西城区总工会-2025.csv"));
        String asOf = Sql.one(db, "SELECT min(last_on) FROM visit_years WHERE visits >= 2");
        // a day before some file's last visit of the year, so that its kept count is too high for that day
        String dayBefore = java.time.LocalDate.parse(asOf).minusDays(1).toString();
        Run due = Run.of("--db", db.toString(), "visit", "due", "--as-of", dayBefore, "--format", "json", "--reveal");
        ok(due);
        JsonNode list = new ObjectMapper().readTree(due.out()).get("due");
        assertThat(list).isNotEmpty();
        for (JsonNode d : list) {
            long counted = Sql.count(db, "SELECT count(*) FROM visits v JOIN households h ON h.id = v.household_id"
                    + " WHERE h.head_id = '" + d.get("head_id").asText() + "' AND h.period = (SELECT max(period) FROM households"
                    + " WHERE head_id = h.head_id) AND v.visited_on BETWEEN '" + dayBefore.substring(0, 4) + "-01-01' AND '" + dayBefore + "'");
            assertThat(d.get("visits_this_year").asLong()).as(d.toString()).isEqualTo(counted);
        }
    }

    @Test
    void aDatabaseMadeBeforeTheCountsGetsThemFromItsVisitsAndKeepsThemOnDelete() throws Exception {
        Path db = dir.resolve("old.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            Database.migrate(c, 0, Database.SCHEMA_VERSION - 1);
            // foreign keys are off on a plain connection: visits of files 1 and 2 without their files
            s.execute("""
                    INSERT INTO visits (household_id, visited_on, kind) VALUES (1, '2024-03-01', 'a'), (1, '2024-11-30', 'a'),
                        (1, '2025-02-01', 'a'), (2, '2025-05-05', 'a'), (2, '2025-05-05', 'b'), (2, '2025-09-09', 'a')""");
            Database.migrate(c, Database.SCHEMA_VERSION - 1, Database.SCHEMA_VERSION);
        }
        assertThat(Sql.rows(db, KEPT)).containsExactly(List.of("1", "2024", "2", "2024-11-30"), List.of("1", "2025", "1", "2025-02-01"),
                List.of("2", "2025", "3", "2025-09-09"));
        Sql.execute(db, "DELETE FROM visits WHERE visited_on IN ('2025-09-09', '2025-02-01')");
        assertThat(Sql.rows(db, KEPT)).containsExactly(List.of("1", "2024", "2", "2024-11-30"), List.of("2", "2025", "2", "2025-05-05"))
                .isEqualTo(Sql.rows(db, COUNTED));
        Sql.execute(db, "UPDATE visits SET household_id = 3, visited_on = '2026-01-02' WHERE visited_on = '2024-03-01'");
        assertThat(Sql.rows(db, KEPT)).isEqualTo(Sql.rows(db, COUNTED)).contains(List.of("3", "2026", "1", "2026-01-02"));
    }

    private static void ok(Run run) {
        assertThat(run.exit()).as(run.err() + run.out()).isZero();
    }
}
