package bangfu.store;

import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.Transition;
import java.time.Instant;

/**
 * One run of a command that moves files, written in one transaction: nothing reaches the database until
 * {@link #commit}; closing without it leaves the database as it was.
 */
public interface StatusLedger extends AutoCloseable {
    long runId();

    /** Writes one decided move of {@code file} (whose stored state is {@code file.state()}). */
    void apply(FilePeriod file, Transition t);

    /** Finishes the run and commits everything at once. */
    void commit(Instant finishedAt);

    @Override
    void close();
}
