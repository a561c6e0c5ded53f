package bangfu.store;

import bangfu.lifecycle.CountedVisits;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** What the visit rounds read: a head's file with its history and visits, the files short of the yearly minimum, the 渐退 files. */
public interface Visits {
    /** The latest file period of the head with this 18-character ID, if the head has one. */
    Optional<FilePeriod> latest(String headId);

    /** One period with its status history and all its visits. */
    FileRecord record(FilePeriod file);

    /**
     * The periods on file at some time in {@code asOf}'s year with fewer than {@code minimum} visits dated from 1
     * January to {@code asOf}, in the order of their cadre (帮扶责任人, by code point; none last), head ID and row, as
     * they are read; whether each is held to the minimum is the caller's (the lifecycle's) to judge. {@code union} and
     * {@code helper} narrow it when not null.
     */
    void fewVisitsByCadre(LocalDate asOf, int minimum, String union, String helper, Consumer<CountedVisits> sink);

    /** Every period that has been in 渐退, with its history and its visits up to {@code asOf}, in household order. */
    List<FileRecord> phaseOuts(LocalDate asOf, String union, String helper);

    /**
     * The same as {@link #phaseOuts}, read ahead on a read connection of its own while the caller queries on: the
     * supplier returns the files once they are read (waiting if need be) and rethrows a failure of the reading.
     */
    Supplier<List<FileRecord>> phaseOutsAhead(LocalDate asOf, String union, String helper);
}
