package bangfu.cli;

import bangfu.classify.TierLedger;
import bangfu.model.Lang;
import bangfu.model.Message;
import java.io.PrintStream;
import java.io.PrintWriter;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * How far classify --apply has written: a bar on a terminal; through a pipe a line on stderr every
 * {@value #EVERY} changes, so a script's log shows a long run moving; nothing with --quiet.
 */
final class ClassifyProgress implements TierLedger.Progress, AutoCloseable {
    static final int EVERY = 10_000;
    private final PrintStream terminal;
    private final PrintWriter err;
    private final Lang lang;
    private ProgressBar bar;

    ClassifyProgress(PrintStream terminal, PrintWriter err, boolean quiet, Lang lang) {
        this.terminal = quiet ? null : terminal;
        this.err = quiet || terminal != null ? null : err;
        this.lang = lang;
    }

    @Override
    public void written(int changes, int classified) {
        if (terminal != null) {
            if (bar == null) {
                bar = new ProgressBarBuilder().setTaskName(Message.of("classify.progress_task").render(lang))
                        .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1)
                        .setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(250)
                        .continuousUpdate().build();
            }
            bar.stepTo(changes);
        } else if (err != null && changes % EVERY == 0) {
            err.println("bangfu classify: " + Message.of("classify.progress", changes, classified).render(lang));
            err.flush();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
