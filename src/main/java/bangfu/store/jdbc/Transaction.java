package bangfu.store.jdbc;

import java.sql.SQLException;

/**
 * A transaction an {@link Engine} began, ended once: by {@link #commit}, or by {@link #close} before it, which undoes
 * what it wrote, quietly (the failure that brought the caller there is the one to report). Begin it in a
 * try-with-resources and it can never be left open.
 */
public final class Transaction implements AutoCloseable {
    /** How the engine ends it one way or the other. */
    public interface End {
        void run() throws SQLException;
    }

    private final End commit;
    private final Runnable rollbackQuietly;
    private boolean ended;

    private Transaction(End commit, Runnable rollbackQuietly) {
        this.commit = commit;
        this.rollbackQuietly = rollbackQuietly;
    }

    /** The transaction just begun, which {@code commit} commits and {@code rollbackQuietly} undoes without failing. */
    public static Transaction begun(End commit, Runnable rollbackQuietly) {
        return new Transaction(commit, rollbackQuietly);
    }

    /** Nothing to begin or end: the caller's own transaction holds, or the engine needs none. */
    public static Transaction none() {
        return new Transaction(() -> { }, () -> { });
    }

    /** Commits; a commit that fails leaves it to {@link #close} to roll back. */
    public void commit() throws SQLException {
        if (ended) throw new IllegalStateException("the transaction has ended");
        commit.run();
        ended = true;
    }

    /** Rolls back unless committed; ending it twice does nothing. */
    @Override
    public void close() {
        if (ended) return;
        ended = true;
        rollbackQuietly.run();
    }
}
