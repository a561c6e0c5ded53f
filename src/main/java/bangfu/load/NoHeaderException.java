package bangfu.load;

import bangfu.model.Message;

/** No sheet of the file has a header bangfu recognises: unusable input, exit code 3. */
public final class NoHeaderException extends Exception {
    private final transient Message reason;

    public NoHeaderException(Message reason) {
        super(reason.key() + " " + reason.args());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
