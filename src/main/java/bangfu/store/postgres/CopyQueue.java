package bangfu.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The COPYs of one transaction, sent to the server in the order they were given. Sent aside, on a thread of their
 * own, the server writes one batch while the file's next rows are read and encoded, instead of the reader waiting for
 * each COPY to end; at most {@link #IN_FLIGHT_BYTES} wait to be sent, so a slow server holds the reader back rather
 * than filling the heap. Every other statement on the connection goes through {@link #connection}, which first waits
 * for the COPYs sent to end: a read sees every row written before it, and the first COPY that failed is the failure
 * of the file.
 */
final class CopyQueue implements AutoCloseable {
    /** Bytes sent aside and not yet written by the server: a few batches of {@link CopyRows}. */
    private static final long IN_FLIGHT_BYTES = 16L << 20;

    private final Connection connection;
    /** Null: each COPY is sent in line, and ends before {@link #send} returns. */
    private final ExecutorService sender;
    private final ArrayDeque<Sent> sent = new ArrayDeque<>();
    private long inFlight;

    private CopyQueue(Connection connection, boolean aside) {
        this.connection = connection;
        this.sender = aside ? Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bangfu-copy");
            t.setDaemon(true); // a kill or a failure ends the process without it: the server rolls the transaction back
            return t;
        }) : null;
    }

    /** COPYs sent on the caller's thread, each ended before the next row is read. */
    static CopyQueue inLine(Connection connection) {
        return new CopyQueue(connection, false);
    }

    /** COPYs sent on a thread of their own, beside the caller's reading. */
    static CopyQueue aside(Connection connection) {
        return new CopyQueue(connection, true);
    }

    /** Sends {@code length} bytes of {@code data}, rows in COPY's text format, with {@code copy}; {@code data} is the queue's now. */
    void send(String copy, byte[] data, int length) throws SQLException {
        if (sender == null) {
            copyIn(copy, data, length);
            return;
        }
        while (!sent.isEmpty() && inFlight + length > IN_FLIGHT_BYTES) endOldest();
        sent.add(new Sent(sender.submit(() -> {
            copyIn(copy, data, length);
            return null;
        }), length));
        inFlight += length;
    }

    /** The connection, once every COPY sent has ended; throws the first that failed. */
    Connection connection() throws SQLException {
        while (!sent.isEmpty()) endOldest();
        return connection;
    }

    /** Waits for what was sent, quietly (a failure that brought the caller here is the one to report), and stops the thread. */
    @Override
    public void close() {
        while (!sent.isEmpty()) {
            try {
                endOldest();
            } catch (SQLException | RuntimeException ignored) {
                // the transaction is rolled back after this; the later COPYs fail with it or are rolled back with it
            }
        }
        if (sender != null) sender.shutdown();
    }

    private void endOldest() throws SQLException {
        Sent oldest = sent.poll();
        inFlight -= oldest.length();
        try {
            oldest.copy().get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) throw s;
            if (cause instanceof RuntimeException r) throw r;
            if (cause instanceof Error err) throw err;
            throw new IllegalStateException(cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the server wrote a COPY", e);
        }
    }

    private void copyIn(String copy, byte[] data, int length) throws SQLException {
        CopyIn in = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy);
        try {
            in.writeToCopy(data, 0, length);
            in.endCopy();
        } finally {
            if (in.isActive()) in.cancelCopy();
        }
    }

    private record Sent(Future<?> copy, int length) {
    }
}
