package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.CopyListener;
import java.io.PrintStream;

/** A progress bar per table of {@code db copy} on a terminal's stderr, as import shows one per file; else nothing. */
final class CopyProgress implements CopyListener, AutoCloseable {
    private final TerminalBar bar;

    CopyProgress(PrintStream terminal, Lang lang) {
        this.bar = new TerminalBar(terminal, lang);
    }

    @Override
    public void started(String table, long total) {
        bar.show(Message.of("db.copy_progress", table), total, TerminalBar.ROWS);
    }

    @Override
    public void copied(String table, long done) {
        bar.stepTo(done);
    }

    @Override
    public void committing() {
        bar.close();
    }

    @Override
    public void close() {
        bar.close();
    }
}
