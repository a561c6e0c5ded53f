package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * One progress bar at a time on a terminal's stderr, drawn alike for import, classify and db copy; nothing at all
 * when stderr is not a terminal (a pipe, a file, --quiet).
 */
final class TerminalBar implements AutoCloseable {
    /** The unit of a bar that counts rows. */
    static final Message ROWS = Message.of("cli.progress_rows");

    private final PrintStream terminal;
    private final Lang lang;
    private ProgressBar bar;

    /** {@code terminal} null: no bar is ever drawn. */
    TerminalBar(PrintStream terminal, Lang lang) {
        this.terminal = terminal;
        this.lang = lang;
    }

    /**
     * Closes the bar drawn, if any, and draws one named {@code task} counting up to {@code max} (-1: not known yet) in
     * {@code unit} (null: bare numbers); null where there is no terminal.
     */
    ProgressBar show(Message task, long max, Message unit) {
        if (terminal == null) return null;
        close();
        ProgressBarBuilder builder = new ProgressBarBuilder().setTaskName(task.render(lang))
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(max);
        if (unit != null) builder.setUnit(" " + unit.render(lang), 1);
        bar = builder.setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(250)
                .continuousUpdate().build();
        return bar;
    }

    /** Whether a bar is drawn now. */
    boolean shown() {
        return bar != null;
    }

    /** Moves the bar drawn, if any, to {@code done}. */
    void stepTo(long done) {
        if (bar != null) bar.stepTo(done);
    }

    /** Finishes the bar drawn, if any. */
    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
