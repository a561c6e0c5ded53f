package bangfu.cli;

import java.io.PrintWriter;
import java.util.Map;

/**
 * Machine-readable progress on stderr, one line per step, for tests that kill bangfu at a chosen point instead
 * of after a guessed time: {@code bangfu-progress EVENT [COUNT FILE]}. Off unless the environment sets
 * {@value #VARIABLE}=1; not meant for clerks, whose progress is the bar of {@link ProgressDisplay}.
 */
final class ProgressTrace {
    static final String VARIABLE = "BANGFU_TRACE_PROGRESS";
    static final ProgressTrace OFF = new ProgressTrace(null);

    private final PrintWriter err;

    private ProgressTrace(PrintWriter err) {
        this.err = err;
    }

    static ProgressTrace from(Map<String, String> env, PrintWriter err) {
        return "1".equals(env.get(VARIABLE)) ? new ProgressTrace(err) : OFF;
    }

    /** A step without a file: {@code start}, before the database is even opened. */
    void event(String event) {
        if (err == null) return;
        err.println("bangfu-progress " + event);
        err.flush();
    }

    /** A step of one file: {@code rows} (handed to its transaction so far), {@code committing}, {@code committed}. */
    void event(String event, long count, String file) {
        if (err == null) return;
        err.println("bangfu-progress " + event + " " + count + " " + file);
        err.flush();
    }
}
