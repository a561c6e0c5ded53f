package bangfu.classify;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where --apply writes: one classify run with all its changes in one transaction, or nothing. The transaction
 * is taken before the first file is read, so that what was classified is what is written; changes are written
 * as they are decided, so that a million of them never wait in memory.
 */
public interface TierLedger {
    /** Takes the write lock and starts the run. */
    void begin(Run run);

    /** Writes one change of the run (buffered; all of them reach the file only with {@link #finish}). */
    void write(Change change);

    /** Records the run's totals and commits; returns the run's id. */
    long finish(Totals totals);

    /** Gives up the transaction begun, writing nothing; a no-op when none is open. */
    void abandon();

    /** The run as recorded: the day it classified as of, the policy it applied, when it started. */
    record Run(LocalDate asOf, String policyDigest, String policyVersion, Instant startedAt) {
        public Run {
            requireNonNull(asOf, "asOf");
            requireNonNull(policyDigest, "policyDigest");
            requireNonNull(policyVersion, "policyVersion");
            requireNonNull(startedAt, "startedAt");
        }
    }

    /** How many files the run classified, how many changed tier, how many moved on (into 渐退). */
    record Totals(int classified, int tierChanges, int moves) {
    }

    /** Hears how far a run has got, for a progress bar or a test's kill points. */
    interface Progress {
        Progress NONE = (written, classified) -> { };

        /** After each change written (not yet committed), with the files classified so far. */
        void written(int changes, int classified);

        /** Just before the run commits. */
        default void committing(int changes) {
        }

        /** Just after it committed. */
        default void committed(int changes) {
        }
    }
}
