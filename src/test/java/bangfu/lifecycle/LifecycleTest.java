package bangfu.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every move a command may ask for, from every state, with the dates that make it allowed or not. */
class LifecycleTest {
    static final LocalDate TODAY = LocalDate.of(2025, 12, 1);
    static final LocalDate FILED = LocalDate.of(2022, 3, 1);

    static FileState in(FileStatus status, LocalDate since) {
        return new FileState(status, since, FILED, status == FileStatus.PHASING_OUT ? since : null,
                status == FileStatus.EXITED ? since : null, status == FileStatus.CLOSED ? since : null,
                status == FileStatus.CLOSED ? CloseReason.DEATH : null);
    }

    @ParameterizedTest(name = "{0} since {1} → {2} on {3}: {4}")
    @CsvSource({
        // allowed moves, and the day they may take effect on
        "ACTIVE,      2022-03-01, PHASING_OUT, 2025-01-15, ok",
        "ACTIVE,      2022-03-01, PHASING_OUT, 2022-03-01, ok",                // on the filing day itself
        "ACTIVE,      2022-03-01, EXITED,      2025-01-15, ok",                // a union may decide 脱困 without 渐退
        "ACTIVE,      2022-03-01, CLOSED,      2025-01-15, ok",
        "PHASING_OUT, 2025-01-15, ACTIVE,      2025-04-10, ok",                // 返困
        "PHASING_OUT, 2025-01-15, EXITED,      2025-07-08, ok",
        "PHASING_OUT, 2025-01-15, EXITED,      2025-01-15, ok",                // the same day as entering
        "PHASING_OUT, 2025-01-15, CLOSED,      2025-03-01, ok",
        "EXITED,      2025-07-08, CLOSED,      2025-09-01, ok",
        // near misses: the date
        "PHASING_OUT, 2025-01-15, EXITED,      2025-01-14, STATUS_DATE_BEFORE_LAST", // one day before entering 渐退
        "ACTIVE,      2022-03-01, CLOSED,      2022-02-28, DATE_BEFORE_FILED",       // one day before filing
        "ACTIVE,      2022-03-01, CLOSED,      2025-12-02, STATUS_DATE_IN_FUTURE",   // tomorrow
        "ACTIVE,      2022-03-01, CLOSED,      2025-12-01, ok",                      // today
        // moves that do not exist
        "ACTIVE,      2022-03-01, ACTIVE,      2025-01-15, STATUS_UNCHANGED",
        "PHASING_OUT, 2025-01-15, PHASING_OUT, 2025-03-01, STATUS_UNCHANGED",
        "EXITED,      2025-07-08, ACTIVE,      2025-09-01, FILE_CLOSED_REOPEN",      // needs a new file period
        "EXITED,      2025-07-08, PHASING_OUT, 2025-09-01, FILE_CLOSED_REOPEN",
        "CLOSED,      2025-07-08, ACTIVE,      2025-09-01, FILE_CLOSED_REOPEN",
        "CLOSED,      2025-07-08, EXITED,      2025-09-01, STATUS_CHANGE_REFUSED",
        "CLOSED,      2025-07-08, CLOSED,      2025-09-01, STATUS_UNCHANGED",
        "EXITED,      2025-07-08, EXITED,      2025-09-01, STATUS_UNCHANGED"})
    void commandsMoveFilesOnlyAlongTheLifecycle(FileStatus from, LocalDate since, FileStatus to, LocalDate on, String expected) {
        TransitionRequest request = new TransitionRequest(to, on, to == FileStatus.CLOSED ? CloseReason.RETIREMENT : null, 7L, null);
        Decision d = Lifecycle.decide(in(from, since), request, TODAY);
        if (expected.equals("ok")) {
            Transition t = ((Decision.Move) d).transition();
            assertThat(t.from()).isEqualTo(from);
            assertThat(t.to()).isEqualTo(to);
            assertThat(t.on()).isEqualTo(on);
            assertThat(t.visitId()).isEqualTo(7L);
            assertThat(t.after().status()).isEqualTo(to);
            assertThat(t.after().statusOn()).isEqualTo(on);
            // 在档 again keeps its 建档日期: the day it came back is the status's day alone
            if (to != FileStatus.ACTIVE) assertThat(t.after().dateOf(to)).as("the new state carries its own date").isEqualTo(on);
            assertThat(t.after().filedOn()).as("the filing date never moves").isEqualTo(FILED);
            if (to == FileStatus.CLOSED) assertThat(t.after().closeReason()).isEqualTo(CloseReason.RETIREMENT);
        } else {
            assertThat(d).isInstanceOfSatisfying(Decision.Refused.class, r -> assertThat(r.issue().code()).isEqualTo(expected));
        }
    }

    @ParameterizedTest(name = "{0} → {1}: {2}")
    @CsvSource({
        "ACTIVE, PHASING_OUT, true", "ACTIVE, EXITED, true", "ACTIVE, CLOSED, true",
        "PHASING_OUT, ACTIVE, true", "PHASING_OUT, EXITED, true", "PHASING_OUT, CLOSED, true",
        "EXITED, CLOSED, true", "EXITED, ACTIVE, false", "EXITED, PHASING_OUT, false",
        "CLOSED, ACTIVE, false", "CLOSED, PHASING_OUT, false", "CLOSED, EXITED, false"})
    void theMovesThatExist(FileStatus from, FileStatus to, boolean allowed) {
        assertThat(Lifecycle.allowed(from, to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} no longer qualifying goes to {1}")
    @CsvSource({"ACTIVE, PHASING_OUT", "PHASING_OUT,", "EXITED,", "CLOSED,"})
    void aFileThatNoLongerQualifiesEntersPhaseOutOnlyFromActive(FileStatus status, FileStatus expected) {
        assertThat(Lifecycle.whenNoLongerQualifying(status)).isEqualTo(java.util.Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0} is dated by {1}")
    @CsvSource({"ACTIVE, 建档日期, false", "PHASING_OUT, 渐退日期, true", "EXITED, 脱困日期, true", "CLOSED, 注销日期, true"})
    void everyStatusIsDatedByItsOwnColumn(FileStatus status, String column, boolean wanted) {
        assertThat(Lifecycle.dateField(status).zh()).isEqualTo(column);
        assertThat(Lifecycle.wantsDate(status)).isEqualTo(wanted);
    }
}
