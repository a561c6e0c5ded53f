package bangfu.cli;

import bangfu.classify.TierLedger;
import bangfu.model.Lang;
import bangfu.model.Message;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far classify --apply has written: a bar on a terminal (none through a pipe or with --quiet), and the steps
 * for the {@link ProgressTrace} when a test asks for them — {@code rows} every {@value #STEP} changes written,
 * {@code committing} and {@code committed}, for the file {@value #WHAT}.
 */
final class ClassifyProgress implements TierLedger.Progress, AutoCloseable {
    static final int STEP = 1000;
    static final String WHAT = "classify";
    private final PrintStream terminal;
    private final Lang lang;
    private final ProgressTrace trace;
    private ProgressBar bar;

    ClassifyProgress(PrintStream terminal, Lang lang, ProgressTrace trace) {
        this.terminal = terminal;
        this.lang = lang;
        this.trace = trace;
    }

    @Override
    public void written(int changes, int classified) {
        if (changes % STEP == 0) trace.event("rows", changes, WHAT);
        if (terminal == null) return;
        if (bar == null) {
            bar = new ProgressBarBuilder().setTaskName(Message.of("classify.progress_task").render(lang))
                    .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1)
                    .setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(250)
                    .continuousUpdate().build();
        }
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
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
