package bangfu.classify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Where --apply writes: one classify run with all its changes, in one transaction, or nothing. */
public interface TierLedger {
    /** Takes the write lock before the files are read, so that nothing changes them between reading and writing. */
    void begin();

    /** Writes the run and its changes and commits; returns the run's id. */
    long record(Run run, List<Change> changes, Progress progress);

    /** Gives up the transaction begun, writing nothing; a no-op when none is open. */
    void abandon();

    /** The run as recorded: the day it classified as of, the policy it applied, when, and how many files it saw. */
    record Run(LocalDate asOf, String policyDigest, String policyVersion, Instant startedAt, int classified) {
        public Run {
            requireNonNull(asOf, "asOf");
            requireNonNull(policyDigest, "policyDigest");
            requireNonNull(policyVersion, "policyVersion");
            requireNonNull(startedAt, "startedAt");
        }
    }

    /** Hears how many changes are written so far, for a progress bar or a line on stderr. */
    interface Progress {
        Progress NONE = (done, total) -> { };

        void written(int done, int total);
    }
}
