package bangfu.cli;

import bangfu.load.ImportListener;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.sheet.ReadProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar per file on a terminal's stderr; nothing at all when stderr is not a terminal. */
final class ProgressDisplay implements ImportListener, AutoCloseable {
    private final PrintStream terminal;
    private final Lang lang;
    private ProgressBar bar;

    ProgressDisplay(PrintStream terminal, Lang lang) {
        this.terminal = terminal;
        this.lang = lang;
    }

    @Override
    public ReadProgress started(String file) {
        if (terminal == null) return ReadProgress.NONE;
        close();
        bar = new ProgressBarBuilder().setTaskName(Message.of("cli.progress", file).render(lang))
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1)
                .setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(250)
                .continuousUpdate().build();
        ProgressBar current = bar;
        return (done, total) -> {
            if (total > 0 && current.getMax() != total) current.maxHint(total);
            current.stepTo(done);
        };
    }

    @Override
    public void finished(String file) {
        close();
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
