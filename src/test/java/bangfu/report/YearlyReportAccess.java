package bangfu.report;

import bangfu.lifecycle.FileRecord;
import bangfu.store.PaidHouseholds;
import bangfu.store.PaymentRows;
import bangfu.store.YearlyFigures;
import java.util.List;

/** Opens the report's package-private counting to the timing tool in another test package. */
public final class YearlyReportAccess {
    private YearlyReportAccess() {
    }

    /** The payments summed and counted at every level of the report. */
    public static List<YearlyFigures.AidGroup> tally(List<PaymentRows> slices, PaidHouseholds hh, boolean grouped,
                                                     List<String> kinds, List<String> sources) {
        return AidTally.tally(slices, hh, grouped, kinds, sources);
    }

    /** The follow-up counts: due, on time, late, missed, still owed, unscheduled. */
    public static long[] followUps(List<FileRecord> files, YearlyFigures.Scope scope) {
        YearlyReport.FollowUpCounts f = YearlyReport.followUpCounts(files, scope);
        return new long[] {f.due(), f.onTime(), f.late(), f.missed(), f.owed(), f.unscheduled()};
    }
}
