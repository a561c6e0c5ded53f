package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On PostgreSQL the visits per file and year are kept by statement triggers: after inserts of many rows at once,
 * deletes and a moved visit, they are what a plain count of the visits says.
 */
class VisitYearsPostgresTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    private static final String KEPT = "SELECT household_id, year, visits, last_on FROM visit_years ORDER BY 1, 2";
    private static final String COUNTED = """
            SELECT household_id, CAST(substr(visited_on, 1, 4) AS bigint), count(*), max(visited_on) FROM visits
             GROUP BY household_id, substr(visited_on, 1, 4) ORDER BY 1, 2""";

    @Test
    void theKeptCountsAreThePlainCountsAfterInsertsDeletesAndAMove() throws Exception {
        PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of()).close();
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("""
                    INSERT INTO households (id, head_id, head_name, union_name, status) VALUES
                        (1, '110102197008175338', '甲', 'U', 'ACTIVE'), (2, '110102197502187422', '乙', 'U', 'ACTIVE'),
                        (3, '110102198907036598', '丙', 'U', 'ACTIVE')""");
            s.execute("""
                    INSERT INTO visits (household_id, visited_on, kind) VALUES (1, '2024-03-01', 'a'), (1, '2024-11-30', 'a'),
                        (1, '2025-02-01', 'a'), (2, '2025-05-05', 'a'), (2, '2025-05-05', 'b')""");
            s.execute("INSERT INTO visits (household_id, visited_on, kind) VALUES (2, '2025-09-09', 'a')");
            assertThat(rows(c, KEPT)).containsExactly(List.of("1", "2024", "2", "2024-11-30"), List.of("1", "2025", "1", "2025-02-01"),
                    List.of("2", "2025", "3", "2025-09-09"));
            s.execute("DELETE FROM visits WHERE visited_on IN ('2025-09-09', '2025-02-01')");
            assertThat(rows(c, KEPT)).containsExactly(List.of("1", "2024", "2", "2024-11-30"), List.of("2", "2025", "2", "2025-05-05"))
                    .isEqualTo(rows(c, COUNTED));
            s.execute("UPDATE visits SET household_id = 3, visited_on = '2026-01-02' WHERE visited_on = '2024-03-01'");
            assertThat(rows(c, KEPT)).isEqualTo(rows(c, COUNTED)).contains(List.of("3", "2026", "1", "2026-01-02"));
            s.execute("DELETE FROM visits");
            assertThat(rows(c, KEPT)).isEmpty();
        }
    }

    private static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) row.add(rs.getString(i));
                out.add(row);
            }
            return out;
        }
    }
}
