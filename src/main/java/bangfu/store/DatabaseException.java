package bangfu.store;

import bangfu.model.Message;

/** The database cannot be used (locked, corrupt, newer schema, disk full); exit code 4. */
public final class DatabaseException extends RuntimeException {
    private final transient Message reason;

    public DatabaseException(Message reason, Throwable cause) {
        super(reason.key() + " " + reason.args(), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
