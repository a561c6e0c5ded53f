package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresDatabase;
import bangfu.store.postgres.PostgresServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two clerks moving the files of one household on a shared PostgreSQL database at the same moment ({@code visit
 * advance --apply}, {@code visit close}) run one after the other: the second waits for the first and then reads
 * what it wrote, and the database ends as after the two in one order. Never a deadlock trace, never a move written
 * twice or lost. A clerk whose wait runs out is told so in one sentence, exit 4, and nothing changes. The clerks are
 * held at the door (the lock those commands take, held by this test) and let go once the server shows them all
 * waiting for it, never by the clock.
 */
class PostgresMovesIT {
    /** 王淑珍: in 渐退, her follow-ups done and stable, so that {@code visit advance} moves her to 脱困 on 2025-07-08. */
    static final String EXITING = "110102197502187422";
    static final String[] FILES = {"examples/花名册-西城区总工会-2024.csv", "examples/花名册-西城区总工会-2025.csv",
        "examples/走访记录-西城区总工会-2025.csv"};
    static final String[] ADVANCE = {"visit", "advance", "--as-of", "2025-08-20", "--apply"};
    static final String[] CLOSE = {"visit", "close", EXITING, "--reason", "死亡", "--date", "2025-07-20"};

    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;

    @Test
    void twoClerksAdvancingAtOnceWriteEachMoveOnce() throws Exception {
        String alone = sequentially(List.of(ADVANCE, ADVANCE)).dump;
        filled(PG.location());
        List<Run> runs = race(PG.location(), List.of(ADVANCE, ADVANCE));
        assertThat(runs).extracting(Run::exit).containsExactly(0, 0);
        // one of them moved the two files; the other, let in after it, found nothing left to move
        assertThat(runs).extracting(Run::out).filteredOn(o -> o.contains("2 files changed")).hasSize(1);
        assertThat(runs).extracting(Run::out).filteredOn(o -> o.contains("0 files")).hasSize(1);
        assertThat(dump(PG.location())).isEqualTo(alone);
    }

    @Test
    void closingAndAdvancingOneHouseholdAtOnceEndAsOneAfterTheOther() throws Exception {
        Sequence closeFirst = sequentially(List.of(CLOSE, ADVANCE));
        Sequence advanceFirst = sequentially(List.of(ADVANCE, CLOSE));
        // the two orders end differently, so that the race's end tells which came first
        assertThat(closeFirst.dump).isNotEqualTo(advanceFirst.dump);
        filled(PG.location());
        List<Run> runs = race(PG.location(), List.of(CLOSE, ADVANCE));
        List<Integer> exits = runs.stream().map(Run::exit).toList();
        String after = dump(PG.location());
        if (after.equals(closeFirst.dump)) assertThat(exits).isEqualTo(closeFirst.exits);
        else assertThat(after).isEqualTo(advanceFirst.dump).satisfies(a -> assertThat(exits).isEqualTo(
                List.of(advanceFirst.exits.get(1), advanceFirst.exits.get(0))));
    }

    @Test
    void aClerkWhoseWaitRunsOutIsToldInOneSentenceAndChangesNothing() throws Exception {
        String location = PostgresServer.get().location(FreshPostgres.createDatabase("timeout"));
        try {
            filled(location);
            String before = dump(location);
            try (Connection door = PostgresServer.get().connect(database(location)); Statement s = door.createStatement()) {
                s.execute("SELECT pg_advisory_lock(" + PostgresDatabase.MOVES_LOCK + ")");
                Bangfu run = Bangfu.run(dir, args(location + "&options=-c%20lock_timeout%3D300ms", ADVANCE));
                assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(4);
                assertThat(run.err().strip().lines()).hasSize(1);
                assertThat(run.err()).contains("another clerk is still writing changes of files").doesNotContain("Exception");
            }
            assertThat(dump(location)).isEqualTo(before);
        } finally {
            FreshPostgres.dropDatabase(database(location));
        }
    }

    record Run(int exit, String out, String err) {
    }

    record Sequence(List<Integer> exits, String dump) {
    }

    /** The commands one after the other on a database of their own, filled as the race's is. */
    private Sequence sequentially(List<String[]> commands) throws Exception {
        String location = PostgresServer.get().location(FreshPostgres.createDatabase("alone"));
        try {
            filled(location);
            List<Integer> exits = new ArrayList<>();
            for (String[] command : commands) {
                Bangfu run = Bangfu.run(dir, args(location, command));
                assertThat(run.err()).doesNotContain("Exception");
                exits.add(run.exit());
            }
            return new Sequence(exits, dump(location));
        } finally {
            FreshPostgres.dropDatabase(database(location));
        }
    }

    private void filled(String location) throws Exception {
        if (location.equals(PG.location())) PG.wipe();
        List<String> line = new ArrayList<>(List.of("--db", location, "import", "--quiet"));
        for (String f : FILES) line.add(Path.of(f).toAbsolutePath().toString());
        Bangfu run = Bangfu.run(dir, line.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    /** Starts one clerk per command, held at the door until the server shows each waiting, then lets them go. */
    private List<Run> race(String location, List<String[]> commands) throws Exception {
        List<Process> clerks = new ArrayList<>();
        try (Connection door = PostgresServer.get().connect(database(location)); Statement s = door.createStatement()) {
            s.execute("SELECT pg_advisory_lock(" + PostgresDatabase.MOVES_LOCK + ")");
            for (String[] command : commands) {
                ProcessBuilder pb = Bangfu.builder(dir, args(location, command));
                pb.redirectOutput(dir.resolve("out-" + clerks.size() + ".txt").toFile());
                pb.redirectError(dir.resolve("err-" + clerks.size() + ".txt").toFile());
                clerks.add(pb.start());
            }
            waitUntilWaiting(s, clerks);
            s.execute("SELECT pg_advisory_unlock(" + PostgresDatabase.MOVES_LOCK + ")");
        }
        List<Run> runs = new ArrayList<>();
        for (int i = 0; i < clerks.size(); i++) {
            assertThat(clerks.get(i).waitFor(300, TimeUnit.SECONDS)).as("clerk " + i + " finished").isTrue();
            Run run = new Run(clerks.get(i).exitValue(), Files.readString(dir.resolve("out-" + i + ".txt")),
                    Files.readString(dir.resolve("err-" + i + ".txt")));
            assertThat(run.err()).as("clerk " + i).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("deadlock");
            runs.add(run);
        }
        return runs;
    }

    /** Waits until every clerk waits for the door, each on its own connection. */
    private static void waitUntilWaiting(Statement s, List<Process> clerks) throws Exception {
        while (true) {
            for (Process p : clerks) if (!p.isAlive()) throw new AssertionError("a clerk ended while the door was shut");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
                    + " AND database = (SELECT oid FROM pg_database WHERE datname = current_database())")) {
                rs.next();
                if (rs.getInt(1) >= clerks.size()) return;
            }
            Thread.onSpinWait();
        }
    }

    /** Files, their status history, the change log and the runs, without row ids and moments of recording. */
    private static String dump(String location) throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = PostgresServer.get().connect(database(location)); Statement s = c.createStatement()) {
            for (String sql : List.of(
                    "SELECT head_id || ' ' || status || ' ' || coalesce(status_on, '') || ' ' || coalesce(exited_on, '') || ' '"
                            + " || coalesce(closed_on, '') || ' ' || coalesce(close_reason, '') || ' ' || left_year FROM households"
                            + " ORDER BY head_id, period",
                    "SELECT h.head_id || ' ' || coalesce(x.from_status, '-') || ' → ' || x.to_status || ' ' || coalesce(x.changed_on, '')"
                            + " || ' ' || x.command || ' ' || coalesce(r.arguments, '') || ' ' || coalesce(v.visited_on, '')"
                            + " FROM status_history x JOIN households h ON h.id = x.household_id LEFT JOIN runs r ON r.id = x.run_id"
                            + " LEFT JOIN visits v ON v.id = x.visit_id ORDER BY 1",
                    "SELECT h.head_id || ' ' || x.column_name || ' ' || coalesce(x.old_value, '') || ' → ' || coalesce(x.new_value, '')"
                            + " || ' ' || x.command FROM changes x JOIN households h ON h.id = x.row_id"
                            + " WHERE x.table_name = 'households' AND x.run_id IS NOT NULL ORDER BY 1",
                    "SELECT command || ' ' || arguments || ' ' || (finished_at IS NOT NULL) FROM runs ORDER BY 1")) {
                try (ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) out.append(rs.getString(1)).append('\n');
                }
                out.append("--\n");
            }
        }
        return out.toString();
    }

    private static String database(String location) {
        return location.substring(location.lastIndexOf('/') + 1, location.indexOf('?'));
    }

    private static String[] args(String location, String[] command) {
        List<String> line = new ArrayList<>(List.of("--lang", "en", "--db", location));
        line.addAll(List.of(command));
        return line.toArray(String[]::new);
    }
}
