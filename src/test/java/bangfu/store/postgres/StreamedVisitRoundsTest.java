package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.jdbc.VisitRounds;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The files short of visits come from the server as they are read, through a cursor, not held whole first: as of
 * 30 June nearly every file is short, and a million of them, held whole, ran {@code visit due} out of memory.
 */
class StreamedVisitRoundsTest {
    /** More files than the server hands over at once, so that a cursor stays open while the first are read. */
    static final int FILES = 12_000;

    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @Test
    void filesShortOfVisitsArriveWhileTheirCursorIsOpen() throws SQLException {
        List<Long> open = new ArrayList<>();
        int[] read = {0};
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of())) {
            try (Statement s = db.connection().createStatement()) {
                s.execute("INSERT INTO households (head_id, head_name, union_name, status, status_on, filed_on, filed_year)"
                        + " SELECT lpad(i::text, 18, '0'), '某', '工会', 'ACTIVE', '2020-01-01', '2020-01-01', 2020"
                        + " FROM generate_series(1, " + FILES + ") i");
            }
            // the query that counts them is one itself
            long idle = cursors(db);
            new VisitRounds(db).fewVisitsByCadre(LocalDate.of(2025, 6, 30), 2, null, null, c -> {
                // the first file and one further on in the first batch; the last batch ends the cursor
                if (read[0] == 0 || read[0] == 5_000) open.add(cursors(db));
                read[0]++;
            });
            assertThat(read[0]).isEqualTo(FILES);
            assertThat(open).as("the cursors open as the files arrive").hasSize(2).allMatch(n -> n > idle);
            // and the connection is back to one statement per transaction afterwards
            assertThat(cursors(db)).isEqualTo(idle);
            assertThat(db.connection().getAutoCommit()).isTrue();
        }
    }

    private static long cursors(PostgresDatabase db) {
        try (Statement s = db.connection().createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_cursors")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
