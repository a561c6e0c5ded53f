package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import java.time.LocalDate;

/**
 * Where one file period stands in its lifecycle, as recorded: its status, the day that status took effect, and
 * the date of each state it has been in (建档, 渐退, 脱困, 注销). A null date is unknown, never guessed.
 *
 * @param statusOn the day the current status took effect (for 在档 after 渐退: the day it came back), or null
 */
public record FileState(FileStatus status, LocalDate statusOn, LocalDate filedOn, LocalDate phasedOutOn,
                        LocalDate exitedOn, LocalDate closedOn, CloseReason closeReason) {
    public FileState {
        requireNonNull(status, "status");
    }

    /** A state as a roster states it: the status takes effect on the date the roster gives for that status. */
    public static FileState stated(FileStatus status, LocalDate filedOn, LocalDate phasedOutOn, LocalDate exitedOn,
                                   LocalDate closedOn, CloseReason closeReason) {
        FileState dates = new FileState(status, null, filedOn, phasedOutOn, exitedOn, closedOn, closeReason);
        return dates.withStatus(status, dates.dateOf(status));
    }

    /** The date this period records for a status: 建档日期, 渐退日期, 脱困日期 or 注销日期. */
    public LocalDate dateOf(FileStatus s) {
        return switch (s) {
            case ACTIVE -> filedOn;
            case PHASING_OUT -> phasedOutOn;
            case EXITED -> exitedOn;
            case CLOSED -> closedOn;
        };
    }

    /** Whether the period is on record now (在档 or 渐退), as opposed to having left (脱困, 注销). */
    public boolean onRecord() {
        return status == FileStatus.ACTIVE || status == FileStatus.PHASING_OUT;
    }

    FileState withStatus(FileStatus to, LocalDate on) {
        return new FileState(to, on, filedOn, phasedOutOn, exitedOn, closedOn, closeReason);
    }

    FileState with(FileStatus to, LocalDate on, CloseReason reason) {
        return switch (to) {
            case ACTIVE -> new FileState(to, on, filedOn, phasedOutOn, exitedOn, closedOn, closeReason);
            case PHASING_OUT -> new FileState(to, on, filedOn, on, exitedOn, closedOn, closeReason);
            case EXITED -> new FileState(to, on, filedOn, phasedOutOn, on, closedOn, closeReason);
            case CLOSED -> new FileState(to, on, filedOn, phasedOutOn, exitedOn, on, reason);
        };
    }
}
