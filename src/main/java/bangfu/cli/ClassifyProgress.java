package bangfu.cli;

import bangfu.classify.TierLedger;
import bangfu.model.Lang;
import bangfu.model.Message;
import java.io.PrintStream;

/**
 * How far classify --apply has written: a bar on a terminal (none through a pipe or with --quiet), and the steps
 * for the {@link ProgressTrace} when a test asks for them — {@code rows} every {@value #STEP} changes written,
 * {@code committing} and {@code committed}, for the file {@value #WHAT}.
 */
final class ClassifyProgress implements TierLedger.Progress, AutoCloseable {
    static final int STEP = 1000;
    static final String WHAT = "classify";
    private final TerminalBar bar;
    private final ProgressTrace trace;

    ClassifyProgress(PrintStream terminal, Lang lang, ProgressTrace trace) {
        this.bar = new TerminalBar(terminal, lang);
        this.trace = trace;
    }

    @Override
    public void written(int changes, int classified) {
        if (changes % STEP == 0) trace.event("rows", changes, WHAT);
        if (!bar.shown()) bar.show(Message.of("classify.progress_task"), -1, null);
        bar.stepTo(changes);
    }

    @Override
    public void committing(int changes) {
        trace.event("committing", changes, WHAT);
    }

    @Override
    public void committed(int changes) {
        trace.event("committed", changes, WHAT);
    }

    @Override
    public void close() {
        bar.close();
    }
}
