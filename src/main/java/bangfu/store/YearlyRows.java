package bangfu.store;

import bangfu.lifecycle.FileRecord;
import bangfu.store.YearlyFigures.Causes;
import bangfu.store.YearlyFigures.FileGroup;
import bangfu.store.YearlyFigures.VisitGroup;
import java.util.List;

/**
 * What the storage reads for the yearly report: the {@link YearlyFigures} but for the payments, which come as rows
 * with the households they were paid to, for the report to sum and count.
 */
public record YearlyRows(List<FileGroup> files, List<PaymentRows> payments, PaidHouseholds households,
                         List<VisitGroup> visits, List<FileRecord> phaseOuts, Causes causes) {
}
