package bangfu.load;

import bangfu.sheet.ReadProgress;

/** Hears how an import is going, for a progress bar (and for tests that kill it at a chosen step). */
public interface ImportListener {
    ImportListener NONE = file -> ReadProgress.NONE;

    /** Called when a file starts; the returned progress is fed from the reading thread. */
    ReadProgress started(String file);

    default void finished(String file) {
    }

    /** Rows of the file handed to its transaction so far; called after each batch. */
    default void written(String file, long rows) {
    }

    /** The file's rows are all written and its transaction is about to commit. */
    default void committing(String file, long rows) {
    }

    /** The file's transaction has committed. */
    default void committed(String file, long rows) {
    }
}
