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

/**
 * A progress bar per file on a terminal's stderr; nothing at all when stderr is not a terminal. The same steps go
 * to the {@link ProgressTrace} when a test asks for it.
 */
final class ProgressDisplay implements ImportListener, AutoCloseable {
    private final PrintStream terminal;
    private final Lang lang;
    private final ProgressTrace trace;
    private ProgressBar bar;

    ProgressDisplay(PrintStream terminal, Lang lang, ProgressTrace trace) {
        this.terminal = terminal;
        this.lang = lang;
        this.trace = trace;
    }

    @Override
    public void written(String file, long rows) {
        trace.event("rows", rows, file);
    }

    @Override
    public void committing(String file, long rows) {
        trace.event("committing", rows, file);
    }

    @Override
    public void committed(String file, long rows) {
        trace.event("committed", rows, file);
    }

    @Override
    public ReadProgress started(String file) {
        if (terminal == null) return ReadProgress.NONE;
        close();
        // Rows of the sheet being read, its name beside the bar, and the time left at the rate so far; the total
        // is what the sheet says it holds, or an estimate from the bytes read, refined as reading goes on.
        bar = new ProgressBarBuilder().setTaskName(Message.of("cli.progress", file).render(lang))
                .setStyle(ProgressBarStyle.ASCII).setInitialMax(-1)
                .setUnit(" " + Message.of("cli.progress_rows").render(lang), 1)
                .setConsumer(new ConsoleProgressBarConsumer(terminal)).setUpdateIntervalMillis(250)
                .continuousUpdate().build();
        ProgressBar current = bar;
        return new ReadProgress() {
            @Override
            public void advanced(long done, long total) {
                if (total > 0 && current.getMax() != total) current.maxHint(total);
                current.stepTo(done);
            }

            @Override
            public void sheet(String name) {
                current.reset();
                current.maxHint(-1);
                current.setExtraMessage(name);
            }
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
