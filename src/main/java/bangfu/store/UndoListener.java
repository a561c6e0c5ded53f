package bangfu.store;

/** Hears how an undo is going: for the clerk's screen, and for tests that kill it at a chosen step. */
@FunctionalInterface
public interface UndoListener {
    /** The checks are done and the write transaction is open; nothing is written yet. */
    void planned(UndoPlan plan);

    /** A statement of the undo has run on {@code table}: the {@code done}th. */
    default void wrote(int done, String table) {
    }

    /** Everything is written; the transaction is about to commit. */
    default void committing() {
    }

    /** The transaction has committed: the import is undone. */
    default void committed() {
    }
}
