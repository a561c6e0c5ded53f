package bangfu.visit;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.TestIds;
import bangfu.cli.Run;
import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresDatabase;
import bangfu.store.postgres.PostgresLocation;
import bangfu.store.sqlite.Database;
import bangfu.store.jdbc.LifecycleColumns;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * One rule, one answer: on the same database the yearly report's 走访 and follow-up tables, verify's TOO_FEW_VISITS
 * and {@code visit due} count the same households and the same follow-ups, and the report's follow-up figures match
 * a plain computation over the raw rows straight from the definitions in docs/report.md; on PostgreSQL too.
 */
class OneRuleOneAnswerTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir static Path dir;
    static Path db;
    static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void generate() throws Exception {
        db = dir.resolve("rounds.db");
        Database.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            fill(c);
        }
        try (Database written = Database.open(db)) {
            LifecycleColumns.refreshAll(written);
        }
        // the same rows on PostgreSQL, their derived columns written by the same code
        try (PostgresDatabase written = PostgresDatabase.open(PostgresLocation.parse(PG.location()), Map.of())) {
            fill(written.connection());
            written.connection().setAutoCommit(true);
            LifecycleColumns.refreshAll(written);
        }
    }

    /** 800 file periods with their history and visits, the same every time. */
    private static void fill(Connection c) throws Exception {
        Random rnd = new Random(20250820);
        String[] outcomes = {"STABLE", "STABLE", "IMPROVED", "NEW_HARDSHIP", null};
        c.setAutoCommit(false);
        try (PreparedStatement h = c.prepareStatement("""
                INSERT INTO households (id, head_id, period, head_name, union_name, helper, status, filed_on, phased_out_on,
                    exited_on, closed_on, close_reason) VALUES (?, ?, 1, '某', ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement s = c.prepareStatement("""
                INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, recorded_at)
                VALUES (?, ?, ?, ?, 'import', 't')""");
             PreparedStatement v = c.prepareStatement(
                "INSERT INTO visits (household_id, visited_on, kind, outcome, occurrence) VALUES (?, ?, 'HOME', ?, ?)")) {
            for (int id = 1; id <= 800; id++) {
                LocalDate filed = LocalDate.of(2021, 1, 1).plusDays(rnd.nextInt(1400));
                String status = "ACTIVE";
                LocalDate phased = null, exited = null, closed = null;
                List<Object[]> history = new ArrayList<>();
                history.add(new Object[] {null, "ACTIVE", filed});
                if (rnd.nextInt(5) < 2) {
                    LocalDate entered = filed.plusDays(10 + rnd.nextInt(500));
                    boolean undated = rnd.nextInt(12) == 0;
                    phased = undated ? null : entered;
                    history.add(new Object[] {"ACTIVE", "PHASING_OUT", phased});
                    status = "PHASING_OUT";
                    int end = rnd.nextInt(5);
                    LocalDate left = entered.plusDays(20 + rnd.nextInt(300));
                    if (end == 1) {
                        status = "EXITED";
                        exited = left;
                        history.add(new Object[] {"PHASING_OUT", "EXITED", left});
                    } else if (end == 2) {
                        status = "ACTIVE";
                        history.add(new Object[] {"PHASING_OUT", "ACTIVE", rnd.nextInt(10) == 0 ? null : left});
                    } else if (end == 3) {
                        status = "CLOSED";
                        closed = left;
                        history.add(new Object[] {"PHASING_OUT", "CLOSED", left});
                    }
                } else if (rnd.nextInt(6) == 0) {
                    status = "CLOSED";
                    closed = filed.plusDays(rnd.nextInt(900));
                    history.add(new Object[] {"ACTIVE", "CLOSED", closed});
                }
                int i = 1;
                h.setLong(i++, id);
                h.setString(i++, TestIds.id(LocalDate.of(1960, 1, 1).plusDays(id * 11L).toString().replace("-", ""), id % 900 + 1));
                h.setString(i++, "工会" + rnd.nextInt(3));
                h.setString(i++, rnd.nextInt(10) == 0 ? null : "干部" + rnd.nextInt(6));
                h.setString(i++, status);
                h.setString(i++, filed.toString());
                h.setString(i++, text(phased));
                h.setString(i++, text(exited));
                h.setString(i++, text(closed));
                h.setString(i, closed == null ? null : "OTHER");
                h.executeUpdate();
                for (Object[] e : history) {
                    s.setLong(1, id);
                    s.setString(2, (String) e[0]);
                    s.setString(3, (String) e[1]);
                    s.setString(4, text((LocalDate) e[2]));
                    s.executeUpdate();
                }
                int visits = rnd.nextInt(5);
                for (int k = 0; k < visits; k++) {
                    v.setLong(1, id);
                    v.setString(2, LocalDate.of(2022, 6, 1).plusDays(rnd.nextInt(1000)).toString());
                    v.setString(3, outcomes[rnd.nextInt(outcomes.length)]);
                    v.setInt(4, k + 1);
                    v.executeUpdate();
                }
            }
        }
        c.commit();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2023, 2024})
    void reportVerifyAndVisitDueCountTheSameHouseholdsAndFollowUps(int year) throws Exception {
        String end = year + "-12-31";
        JsonNode report = json(Run.of("--lang", "en", "--db", db.toString(), "report", "yearly", "--year", "" + year, "--format", "json"));
        JsonNode verify = json(Run.of("--lang", "en", "--db", db.toString(), "verify", "--year", "" + year, "--format", "json"));
        JsonNode due = json(Run.of("--lang", "en", "--db", db.toString(), "visit", "due", "--as-of", end, "--within", "0",
                "--format", "json"));
        long yearly = 0, followUps = 0;
        for (JsonNode d : due.get("due")) {
            if (d.get("reason").asText().equals("yearly_minimum")) yearly++;
            else if (d.get("due_on").asText().startsWith(year + "-")) followUps++;
        }
        long belowMinimum = cells(report, "visits", "total").get("below_minimum").asLong();
        assertThat(belowMinimum).as("the report's 走访不足2次户数").isPositive()
                .isEqualTo(verify.at("/counts/byCode/TOO_FEW_VISITS").asLong())
                .isEqualTo(yearly)
                .isEqualTo(plainShortOfVisits(year));

        long[] expected = plainFollowUps(year);
        JsonNode f = cells(report, "followups", "total");
        assertThat(new long[] {f.get("due").asLong(), f.get("on_time").asLong(), f.get("late").asLong(), f.get("not_done").asLong(),
                f.get("still_owed").asLong()}).as("due, on time, late, not done, still owed").containsExactly(expected);
        assertThat(expected[0]).isPositive();
        assertThat(f.get("still_owed").asLong()).as("what visit due lists as of %s", end).isEqualTo(followUps);
    }

    /**
     * On PostgreSQL, with the same rows: the yearly report and {@code visit due} count what the plain computation
     * counts, and {@code visit due} prints byte for byte what it prints on SQLite.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {2023, 2024})
    void onPostgresqlTheReportAndVisitDueGiveTheSameAnswer(int year) throws Exception {
        String end = year + "-12-31";
        JsonNode report = json(Run.of("--lang", "en", "--db", PG.location(), "report", "yearly", "--year", "" + year, "--format", "json"));
        String[] due = {"--lang", "en", "--db", PG.location(), "visit", "due", "--as-of", end, "--within", "0", "--format", "json"};
        Run onPostgres = Run.of(due);
        due[3] = db.toString();
        assertThat(onPostgres.out()).isEqualTo(Run.of(due).out());
        long yearly = 0, followUps = 0;
        for (JsonNode d : json(onPostgres).get("due")) {
            if (d.get("reason").asText().equals("yearly_minimum")) yearly++;
            else if (d.get("due_on").asText().startsWith(year + "-")) followUps++;
        }
        assertThat(cells(report, "visits", "total").get("below_minimum").asLong()).isEqualTo(yearly)
                .isEqualTo(plainShortOfVisits(year));
        long[] expected = plainFollowUps(year);
        JsonNode f = cells(report, "followups", "total");
        assertThat(new long[] {f.get("due").asLong(), f.get("on_time").asLong(), f.get("late").asLong(), f.get("not_done").asLong(),
                f.get("still_owed").asLong()}).as("due, on time, late, not done, still owed").containsExactly(expected);
        assertThat(f.get("still_owed").asLong()).isEqualTo(followUps);
    }

    // ---- the plain computation: raw rows, the definitions, no bangfu code ----

    /** Files on file on 31 December (filed by then, not exited or closed by then) with fewer than 2 visits in the year. */
    static long plainShortOfVisits(int year) throws Exception {
        String end = year + "-12-31";
        return count("""
                SELECT count(*) FROM households h WHERE h.filed_on <= '%1$s'
                   AND NOT (h.status IN ('EXITED', 'CLOSED') AND coalesce(h.exited_on, h.closed_on) <= '%1$s')
                   AND (SELECT count(*) FROM visits v WHERE v.household_id = h.id AND v.visited_on BETWEEN '%2$s-01-01' AND '%1$s') < 2"""
                .formatted(end, year));
    }

    /** due, on time, late, not done, still owed: the follow-ups at 3 and 6 months falling due in the year. */
    static long[] plainFollowUps(int year) throws Exception {
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate cutoff = LocalDate.of(year, 12, 31);
        Map<Long, List<String[]>> history = new HashMap<>();
        Map<Long, List<LocalDate>> visits = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT household_id, to_status, changed_on FROM status_history ORDER BY id")) {
                while (rs.next()) history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new String[] {rs.getString(2), rs.getString(3)});
            }
            try (ResultSet rs = s.executeQuery("SELECT household_id, visited_on FROM visits ORDER BY visited_on, id")) {
                while (rs.next()) visits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(LocalDate.parse(rs.getString(2)));
            }
        }
        long[] out = new long[5];
        for (Map.Entry<Long, List<String[]>> e : history.entrySet()) {
            List<String[]> rows = e.getValue();
            for (int i = 0; i < rows.size(); i++) {
                if (!rows.get(i)[0].equals("PHASING_OUT") || rows.get(i)[1] == null) continue;
                LocalDate entered = LocalDate.parse(rows.get(i)[1]);
                boolean hasEnd = i + 1 < rows.size();
                if (hasEnd && rows.get(i + 1)[1] == null) continue;
                LocalDate endDay = hasEnd ? LocalDate.parse(rows.get(i + 1)[1]) : null;
                boolean ended = endDay != null && !endDay.isAfter(cutoff);
                LocalDate last = ended ? endDay : cutoff;
                if (entered.isAfter(cutoff)) continue;
                List<LocalDate> usable = new ArrayList<>();
                for (LocalDate v : visits.getOrDefault(e.getKey(), List.of())) if (v.isAfter(entered) && !v.isAfter(last)) usable.add(v);
                LocalDate after = entered;
                int next = 0;
                for (int months : new int[] {3, 6}) {
                    LocalDate dueOn = entered.plusMonths(months);
                    while (next < usable.size() && !usable.get(next).isAfter(after)) next++;
                    LocalDate done = next < usable.size() ? usable.get(next++) : null;
                    after = dueOn;
                    boolean owedAtAll = done != null || !dueOn.isAfter(ended ? endDay : cutoff);
                    if (!owedAtAll || dueOn.isBefore(start) || dueOn.isAfter(cutoff)) continue;
                    out[0]++;
                    if (done != null && !done.isAfter(dueOn)) out[1]++;
                    else if (done != null) out[2]++;
                    else {
                        out[3]++;
                        if (!ended) out[4]++;
                    }
                }
            }
        }
        return out;
    }

    private static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static JsonNode json(Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isLessThanOrEqualTo(1);
        return JSON.readTree(run.out());
    }

    private static JsonNode cells(JsonNode report, String table, String row) {
        for (JsonNode t : report.get("tables")) {
            if (!t.get("id").asText().equals(table)) continue;
            for (JsonNode r : t.get("rows")) if (row.equals(r.path("key").asText())) return r.get("cells");
        }
        throw new AssertionError("no row " + row + " in table " + table);
    }

    private static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
