package bangfu.store;

import bangfu.model.Message;

/**
 * The file a backup was to be written to cannot be written (no such folder, no permission, disk full); exit
 * code 3, as for any output file. Nothing of the backup is left behind, and the database was only read.
 */
public final class BackupTargetException extends RuntimeException {
    private final transient Message reason;

    public BackupTargetException(Message reason, Throwable cause) {
        super(reason.key() + " " + reason.args(), cause);
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}
