package bangfu.config;

import bangfu.model.Message;

/** The YAML file cannot be used; the message names the file, the line and the key. Exit code 3. */
public final class ConfigException extends RuntimeException {
    private final transient Message reason;

    public ConfigException(Message reason, Throwable cause) {
        super(reason.key() + " " + reason.args(), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
