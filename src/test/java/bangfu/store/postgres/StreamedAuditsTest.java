package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.check.DatabaseChecks;
import bangfu.model.Policy;
import bangfu.model.Selection;
import bangfu.store.Audits;
import bangfu.store.Audits.Counted;
import bangfu.store.Storage.Access;
import bangfu.store.jdbc.AuditQueries;
import bangfu.store.jdbc.Engine;
import bangfu.store.jdbc.ListQueries;
import bangfu.store.jdbc.UploadRows;
import bangfu.store.Lists;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * verify's findings over a database on a server reach the caller while the server still holds the rest of their
 * query, as on SQLite: a million findings, fetched whole by the driver before the first was handed on, sat in memory
 * at once. Seen on the server's side, never by the clock: the query's cursor is open while the first rows are read.
 */
class StreamedAuditsTest {
    /** More files than the server hands over at once, so that a cursor stays open while the first are read. */
    static final int FILES = Engine.FETCH + 2_000;

    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @BeforeAll
    static void filesInPhaseOutWithoutTheirDate() throws SQLException {
        try (PostgresDatabase db = PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of());
             Statement s = db.connection().createStatement()) {
            s.execute("INSERT INTO households (head_id, head_name, union_name, status, filed_on, filed_year)"
                    + " SELECT lpad(i::text, 18, '0'), '某', '工会', 'PHASING_OUT', '2020-01-01', 2020"
                    + " FROM generate_series(1, " + FILES + ") i");
        }
    }

    @Test
    void findingsArriveWhileTheirCursorIsOpenAndTheReadEndsWithTheLastQuery() throws SQLException {
        try (PostgresDatabase db = PostgresDatabase.openReadOnly(PostgresLocation.parse(PG.location()), Map.of())) {
            long idle = cursors(db.connection());
            AuditQueries audits = new AuditQueries(db);
            List<Long> open = new ArrayList<>();
            int read = 0;
            try (Audits.Rows<Counted> undated = audits.phaseOutsUndated()) {
                while (undated.hasNext()) {
                    undated.next();
                    if (read == 0) {
                        open.add(cursors(db.connection()));
                        // a second query opened and closed beside it does not end the read the first streams in
                        try (Audits.Rows<Counted> never = audits.neverAssisted(2025)) {
                            assertThat(never.hasNext()).isTrue();
                        }
                    }
                    if (read == 5_000) open.add(cursors(db.connection()));
                    read++;
                }
            }
            assertThat(read).isEqualTo(FILES);
            assertThat(open).as("the cursor open as the findings arrive").hasSize(2).allMatch(n -> n > idle);
            // and the connection is back to one statement per transaction, writable, afterwards
            assertThat(cursors(db.connection())).isEqualTo(idle);
            assertThat(db.connection().getAutoCommit()).isTrue();
            assertThat(db.connection().isReadOnly()).isFalse();
        }
    }

    @Test
    void verifysChecksHandTheFirstFindingOnBeforeTheLastRowIsFetched() {
        try (PostgresStorage storage = PostgresStorage.open(PG.location(), Access.READ_ONLY, Map.of())) {
            Connection c = storage.engine().connection();
            long idle = cursors(c);
            List<Long> atFirst = new ArrayList<>();
            Set<Long> households = new HashSet<>();
            new DatabaseChecks(storage, Policy.DEFAULTS, 2025, LocalDate.of(2026, 11, 23)).run(f -> {
                if (households.isEmpty()) atFirst.add(cursors(c));
                households.add(f.householdId());
            });
            assertThat(atFirst).as("cursors open when the first finding is handed on").singleElement().matches(n -> n > idle);
            assertThat(households).hasSize(FILES);
            assertThat(cursors(c)).isEqualTo(idle);
        }
    }

    @Test
    void listsAndUploadsLeaveTheConnectionAsTheyFoundIt() throws SQLException {
        try (PostgresDatabase db = PostgresDatabase.openReadOnly(PostgresLocation.parse(PG.location()), Map.of())) {
            assertThat(new ListQueries(db).roster(Selection.ALL, null)).hasSize(FILES);
            assertThat(new UploadRows(db).households(Selection.ALL)).hasSize(FILES);
            assertThat(new ListQueries(db).known(Lists.Filter.STATUS)).containsExactly("PHASING_OUT");
            assertThat(db.connection().getAutoCommit()).isTrue();
            assertThat(db.connection().isReadOnly()).isFalse();
        }
    }

    private static long cursors(Connection c) {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_cursors")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
