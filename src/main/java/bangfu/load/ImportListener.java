package bangfu.load;

import bangfu.sheet.ReadProgress;

/** Hears how an import is going, for a progress bar. */
public interface ImportListener {
    ImportListener NONE = file -> ReadProgress.NONE;

    /** Called when a file starts; the returned progress is fed from the reading thread. */
    ReadProgress started(String file);

    default void finished(String file) {
    }
}
