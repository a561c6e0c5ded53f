package bangfu.bench;

import bangfu.store.sqlite.SqliteStorage;
import bangfu.cli.Run;
import bangfu.model.Policy;
import bangfu.store.sqlite.Database;
import bangfu.store.jdbc.VisitRounds;
import bangfu.visit.DueList;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Where {@code visit due} spends its time on a large database (CPU time of the thread), each part alone and cold
 * then warm:
 * {@code java -cp … bangfu.bench.DueTimings DB 2025-12-31}.
 */
public final class DueTimings {
    private DueTimings() {
    }

    public static void main(String[] args) {
        Path db = Path.of(args[0]);
        LocalDate asOf = LocalDate.parse(args[1]);
        for (int round = 1; round <= 3; round++) {
            try (Database opened = Database.openExisting(db)) {
                VisitRounds rounds = new VisitRounds(opened);
                long t = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
                int[] n = {0};
                rounds.fewVisitsByCadre(asOf, 2, null, null, c -> n[0]++);
                t = lap(round + " few visits (" + n[0] + ")", t);
                int files = rounds.phaseOuts(asOf, null, null).size();
                t = lap(round + " phase-outs (" + files + ")", t);
                DueList.Summary due = DueList.write(SqliteStorage.of(opened), Policy.DEFAULTS, asOf, null, null, 30, d -> { });
                lap(round + " due list (" + due.items() + ")", t);
            }
            long t = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            Run run = Run.of("--db", db.toString(), "visit", "due", "--as-of", asOf.toString(), "--format", "json");
            lap(round + " whole command, json (" + run.out().length() + " chars)", t);
        }
    }

    /** CPU time of this thread: on a shared machine wall time says more about the neighbours than about bangfu. */
    private static long lap(String what, long since) {
        long now = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.out.printf("%-48s %6.2f s CPU%n", what, (now - since) / 1e9);
        return now;
    }
}
