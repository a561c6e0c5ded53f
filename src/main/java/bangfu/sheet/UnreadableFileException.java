package bangfu.sheet;

import bangfu.model.Message;

/** The file cannot be read at all; the message names the file and says what to do. */
public final class UnreadableFileException extends Exception {
    private final transient Message reason;

    public UnreadableFileException(Message reason, Throwable cause) {
        super(reason.key() + " " + reason.args(), cause);
        this.reason = reason;
    }

    public UnreadableFileException(Message reason) {
        this(reason, null);
    }

    public Message reason() {
        return reason;
    }
}
