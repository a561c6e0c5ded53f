package bangfu.store;

/** Hears how {@code db copy} is going: for the clerk's screen. */
public interface CopyListener {
    /** Hears nothing. */
    CopyListener NONE = new CopyListener() {
    };

    /** The copy of {@code table} begins: {@code total} rows. */
    default void started(String table, long total) {
    }

    /** {@code done} rows of the table are written. */
    default void copied(String table, long done) {
    }

    /** Every row is written; the target's transaction is about to commit. */
    default void committing() {
    }
}
