package bangfu.sheet;

import bangfu.model.Message;

/** An output file cannot be written (no such folder, no permission, disk full); nothing was left behind. */
public final class UnwritableFileException extends RuntimeException {
    private final transient Message reason;

    public UnwritableFileException(Message reason, Throwable cause) {
        super(reason.key() + " " + reason.args(), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
