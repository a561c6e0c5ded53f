package bangfu.cli;

import bangfu.load.ImportListener;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.sheet.ReadProgress;
import java.io.PrintStream;
import me.tongfei.progressbar.ProgressBar;

/**
 * A progress bar per file on a terminal's stderr; nothing at all when stderr is not a terminal. The same steps go
 * to the {@link ProgressTrace} when a test asks for it.
 */
final class ProgressDisplay implements ImportListener, AutoCloseable {
    private final TerminalBar bar;
    private final ProgressTrace trace;

    ProgressDisplay(PrintStream terminal, Lang lang, ProgressTrace trace) {
        this.bar = new TerminalBar(terminal, lang);
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
        // Rows of the sheet being read, its name beside the bar, and the time left at the rate so far; the total
        // is what the sheet says it holds, or an estimate from the bytes read, refined as reading goes on.
        ProgressBar current = bar.show(Message.of("cli.progress", file), -1, TerminalBar.ROWS);
        if (current == null) return ReadProgress.NONE;
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
        bar.close();
    }

    @Override
    public void close() {
        bar.close();
    }
}
