package bangfu.lifecycle;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import java.time.LocalDate;

/**
 * What one roster row says about a file's lifecycle: the status (null when the row has no 档案状态) and the
 * dates it gives, the union that files it, and whether the row is a transfer in (转入 / 转入日期, or
 * {@code import --transfer}).
 */
public record RosterStatement(FileStatus status, LocalDate filedOn, LocalDate phasedOutOn, LocalDate exitedOn,
                              LocalDate closedOn, CloseReason closeReason, String union, boolean transfer,
                              LocalDate transferredOn) {
    /** The state a new file period opens in: 在档 unless the row says otherwise. */
    FileState opening() {
        return FileState.stated(status == null ? FileStatus.ACTIVE : status, filedOn, phasedOutOn, exitedOn, closedOn,
                closeReason);
    }
}
