package bangfu.store.sqlite;

import bangfu.store.YearlyFigures;
import bangfu.store.jdbc.YearlyReadsAccess;
import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.FundSource;
import bangfu.store.jdbc.PhaseOuts;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Times each query of the yearly report alone, one after the other, on a benchmark database: where the
 * time of {@code bangfu report yearly} goes. {@code java -cp … bangfu.store.sqlite.ReportTimings DB YEAR [union]}
 */
public final class ReportTimings {
    private ReportTimings() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        YearlyFigures.Breakdown by = args.length > 2 ? YearlyFigures.Breakdown.UNION : YearlyFigures.Breakdown.NONE;
        YearlyFigures.Scope s = new YearlyFigures.Scope(year, year, null, null, null, by, 2, LocalDate.now(), java.util.List.of(3, 6));
        List<String> kinds = Arrays.stream(AssistanceKind.values()).map(Enum::name).toList();
        List<String> sources = Arrays.stream(FundSource.values()).map(Enum::name).toList();
        List<String> causes = Arrays.stream(Cause.values()).map(Enum::name).toList();
        try (Database engine = Database.openReadOnly(db); Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            if (!"plain".equals(System.getProperty("bangfu.timings.connection"))) ReadConnections.readOnly(c);
            int rounds = Integer.getInteger("bangfu.timings.rounds", 1);
            for (int round = 1; round <= rounds; round++) {
            if (rounds > 1) System.out.println("round " + round);
            long t = System.nanoTime();
            List<bangfu.store.PaymentRows> slices = new ArrayList<>();
            for (LocalDate[] sl : YearlyReadsAccess.slices(s)) slices.add(YearlyReadsAccess.read(engine, c, sl[0], sl[1], kinds, sources));
            t = lap("payments streamed", t);
            bangfu.store.PaidHouseholds hh = YearlyReadsAccess.households(engine, c, s);
            t = lap("households (heads filed twice, groups)", t);
            bangfu.report.YearlyReportAccess.tally(slices, hh, by != YearlyFigures.Breakdown.NONE, kinds, sources);
            t = lap("tally", t);
            YearlyReadsAccess.files(engine, c, s);
            t = lap("files", t);
            YearlyReadsAccess.visits(engine, c, s);
            t = lap("visits", t);
            // -Dbangfu.timings.whole=true: the visit rounds' read of every column, for comparison
            List<bangfu.lifecycle.FileRecord> phaseOuts = Boolean.getBoolean("bangfu.timings.whole")
                    ? PhaseOuts.read(c, "", (ps, i) -> i, s.cutoff()) : PhaseOuts.schedules(c, "", (ps, i) -> i, s.cutoff());
            t = lap("follow-ups read", t);
            bangfu.report.YearlyReportAccess.followUps(phaseOuts, s);
            t = lap("follow-ups counted", t);
            YearlyReadsAccess.causes(engine, c, s, causes);
            lap("causes", t);
            }
        }
    }

    private static long cpuSince = cpu();

    /** Prints the wall time since {@code since} and this thread's CPU time since the last lap (every read runs here). */
    private static long lap(String what, long since) {
        long now = System.nanoTime();
        long cpu = cpu();
        System.out.printf("%-40s %6.2f s wall %6.2f s CPU%n", what, (now - since) / 1e9, (cpu - cpuSince) / 1e9);
        cpuSince = cpu;
        return now;
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }
}
