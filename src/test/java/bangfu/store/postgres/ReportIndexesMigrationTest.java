package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.examples.ExampleFiles;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A PostgreSQL database of the version before the report indexes' (10), with files on record, migrates by losing the report's two
 * covering indexes of households for one on the union, and keeps every row as it was: the same yearly report.
 */
class ReportIndexesMigrationTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @Test
    void aDatabaseOfTheVersionBeforeKeepsItsRowsAndTradesTheReportIndexesForTheUnion() throws Exception {
        PG.wipe();
        Run imported = Run.of("--db", PG.location(), "import", "--quiet", "examples/" + ExampleFiles.XLSX,
                "examples/" + ExampleFiles.CSV);
        assertThat(imported.exit()).as(imported.err()).isIn(0, 1);
        Run before = Run.of("--db", PG.location(), "report", "yearly", "--year", "2024", "--by", "union");
        assertThat(before.exit()).as(before.err()).isZero();
        String rows = households();
        // back to the version before: its two indexes as the baseline script creates them, and its version number
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX households_union");
            Matcher m = Pattern.compile("CREATE INDEX households_(report|causes) ON households \\([^)]*\\);")
                    .matcher(PostgresSchema.script("V8__baseline.sql"));
            int created = 0;
            while (m.find()) {
                s.execute(m.group());
                created++;
            }
            assertThat(created).isEqualTo(2);
            s.execute("UPDATE schema_version SET version = " + (PostgresSchema.current() - 1));
        }
        assertThat(indexes()).contains("households_report", "households_causes").doesNotContain("households_union");

        Run after = Run.of("--db", PG.location(), "report", "yearly", "--year", "2024", "--by", "union");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo(before.out());
        assertThat(indexes()).contains("households_union", "households_head_period")
                .doesNotContain("households_report", "households_causes");
        assertThat(households()).isEqualTo(rows);
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version FROM schema_version")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(PostgresSchema.current());
        }
    }

    private static List<String> indexes() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = PG.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT indexname FROM pg_indexes WHERE tablename = 'households' ORDER BY 1")) {
            while (rs.next()) out.add(rs.getString(1));
        }
        return out;
    }

    /** Every household row as text, in id order. */
    private static String households() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*), coalesce(string_agg(h::text, E'\\n' ORDER BY h.id), '') FROM households h")) {
            rs.next();
            assertThat(rs.getLong(1)).as("households").isPositive();
            return rs.getString(2);
        }
    }
}
