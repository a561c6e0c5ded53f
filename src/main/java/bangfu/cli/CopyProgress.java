package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.CopyListener;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar per table of {@code db copy} on a terminal's stderr, as import shows one per file; else nothing. */
final class CopyProgress implements CopyListener, AutoCloseable {
    private final PrintStream terminal;
    private final Lang lang;
    private ProgressBar bar;

    CopyProgress(PrintStream terminal, Lang lang) {
        this.terminal = terminal;
        this.lang = lang;
    }

    @Override
    public void started(String table, long total) {
        if (terminal == null) return;
        close();
        bar = new ProgressBarBuilder().setTaskName(Message.of("db.copy_progress", table).render(lang))
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(total)
                .setUnit(" " + Message.of("cli.progress_rows").render(lang), 1)
                .setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(250)
                .continuousUpdate().build();
    }

    @Override
    public void copied(String table, long done) {
        if (bar != null) bar.stepTo(done);
    }

    @Override
    public void committing() {
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
