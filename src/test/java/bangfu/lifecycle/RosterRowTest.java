package bangfu.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import bangfu.model.RosterField;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** What one roster row does to a stored file: open, update with or without a move, refuse; the near misses of each. */
class RosterRowTest {
    static final String EAST = "东城区总工会";
    static final String WEST = "西城区总工会";
    static final LocalDate FILED = LocalDate.of(2021, 5, 1);

    static LocalDate d(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    static RosterStatement row(FileStatus status, String filed, String phasedOut, String exited, String union, boolean transfer) {
        return new RosterStatement(status, d(filed), d(phasedOut), d(exited), null, null, union, transfer, null);
    }

    static FileState active() {
        return new FileState(FileStatus.ACTIVE, FILED, FILED, null, null, null, null);
    }

    @Test
    void aNewHeadOpensAFileInTheStatedStateDatedByItsOwnColumn() {
        RosterOutcome o = Lifecycle.fromRoster(null, null, row(FileStatus.PHASING_OUT, "2021-05-01", "2024-10-15", null, EAST, false));
        FileState s = ((RosterOutcome.Open) o).state();
        assertThat(s.status()).isEqualTo(FileStatus.PHASING_OUT);
        assertThat(s.statusOn()).isEqualTo(d("2024-10-15"));
        // near miss: without 渐退日期 the entry stays undated, never the filing date
        FileState undated = ((RosterOutcome.Open) Lifecycle.fromRoster(null, null,
                row(FileStatus.PHASING_OUT, "2021-05-01", null, null, EAST, false))).state();
        assertThat(undated.statusOn()).isNull();
        assertThat(((RosterOutcome.Open) Lifecycle.fromRoster(null, null, row(null, "2021-05-01", null, null, EAST, false)))
                .state().status()).isEqualTo(FileStatus.ACTIVE);
    }

    @Test
    void enteringPhaseOutIsAMoveOnItsOwnDate() {
        RosterOutcome.Update u = (RosterOutcome.Update) Lifecycle.fromRoster(active(), EAST,
                row(FileStatus.PHASING_OUT, "2021-05-01", "2024-10-15", null, EAST, false));
        assertThat(u.transition().from()).isEqualTo(FileStatus.ACTIVE);
        assertThat(u.transition().on()).isEqualTo(d("2024-10-15"));
        assertThat(u.after().phasedOutOn()).isEqualTo(d("2024-10-15"));
        assertThat(u.redated()).isFalse();
    }

    @Test
    void backToActiveFromARosterIsUndatedNotTheFilingDate() {
        FileState phasing = new FileState(FileStatus.PHASING_OUT, d("2024-10-15"), FILED, d("2024-10-15"), null, null, null);
        RosterOutcome.Update u = (RosterOutcome.Update) Lifecycle.fromRoster(phasing, EAST,
                row(FileStatus.ACTIVE, "2021-05-01", null, null, EAST, false));
        assertThat(u.transition().to()).isEqualTo(FileStatus.ACTIVE);
        assertThat(u.transition().on()).isNull();
    }

    @Test
    void aLaterRosterThatDatesTheCurrentPhaseOutRedatesIt() {
        FileState undated = new FileState(FileStatus.PHASING_OUT, null, FILED, null, null, null, null);
        RosterOutcome.Update u = (RosterOutcome.Update) Lifecycle.fromRoster(undated, EAST,
                row(FileStatus.PHASING_OUT, "2021-05-01", "2024-10-15", null, EAST, false));
        assertThat(u.transition()).isNull();
        assertThat(u.redated()).isTrue();
        assertThat(u.after().statusOn()).isEqualTo(d("2024-10-15"));
        // near miss: the same date again redates nothing
        FileState dated = new FileState(FileStatus.PHASING_OUT, d("2024-10-15"), FILED, d("2024-10-15"), null, null, null);
        assertThat(((RosterOutcome.Update) Lifecycle.fromRoster(dated, EAST,
                row(FileStatus.PHASING_OUT, "2021-05-01", "2024-10-15", null, EAST, false))).redated()).isFalse();
    }

    @Test
    void aCorrectedFilingDateMovesTheActiveDateOnlyWhileActiveSinceFiling() {
        RosterOutcome.Update sinceFiling = (RosterOutcome.Update) Lifecycle.fromRoster(active(), EAST,
                row(null, "2021-06-01", null, null, EAST, false));
        assertThat(sinceFiling.after().statusOn()).isEqualTo(d("2021-06-01"));
        FileState returned = new FileState(FileStatus.ACTIVE, d("2025-04-10"), FILED, d("2025-01-15"), null, null, null);
        RosterOutcome.Update back = (RosterOutcome.Update) Lifecycle.fromRoster(returned, EAST,
                row(null, "2021-06-01", null, null, EAST, false));
        assertThat(back.after().statusOn()).isEqualTo(d("2025-04-10"));
        assertThat(back.redated()).isFalse();
    }

    @Test
    void aFileReFiledAfterExitingOpensANewPeriodOnlyWithALaterFilingDate() {
        FileState exited = new FileState(FileStatus.EXITED, d("2024-09-30"), FILED, null, d("2024-09-30"), null, null);
        RosterOutcome later = Lifecycle.fromRoster(exited, EAST, row(FileStatus.ACTIVE, "2025-03-01", null, null, EAST, false));
        assertThat(later).isInstanceOfSatisfying(RosterOutcome.Open.class, o -> {
            assertThat(o.newPeriod()).isTrue();
            assertThat(o.state().filedOn()).isEqualTo(d("2025-03-01"));
        });
        // near misses: a filing date on the exit day, or none, with 在档: the old period does not reopen
        for (String filed : new String[] {"2024-09-30", null}) {
            assertThat(Lifecycle.fromRoster(exited, EAST, row(FileStatus.ACTIVE, filed, null, null, EAST, false)))
                    .isInstanceOfSatisfying(RosterOutcome.Refuse.class, r -> {
                        assertThat(r.issue().code()).isEqualTo("FILE_CLOSED_REOPEN");
                        assertThat(r.at()).isEqualTo(RosterField.STATUS);
                    });
        }
        // a new application filed by another union after the exit is that union's new file
        assertThat(Lifecycle.fromRoster(exited, EAST, row(null, "2025-03-01", null, null, WEST, false)))
                .isInstanceOf(RosterOutcome.Open.class);
    }

    @Test
    void aClosedFileCannotTurnIntoAnExitedOne() {
        FileState closed = new FileState(FileStatus.CLOSED, d("2024-09-30"), FILED, null, null, d("2024-09-30"), CloseReason.DEATH);
        assertThat(Lifecycle.fromRoster(closed, EAST, row(FileStatus.EXITED, "2021-05-01", null, "2024-10-01", EAST, false)))
                .isInstanceOfSatisfying(RosterOutcome.Refuse.class, r -> assertThat(r.issue().code()).isEqualTo("STATUS_CHANGE_REFUSED"));
    }

    @Test
    void anotherUnionsRowIsRefusedUnlessItIsATransfer() {
        RosterOutcome refused = Lifecycle.fromRoster(active(), EAST, row(null, "2024-06-01", null, null, WEST, false));
        assertThat(refused).isInstanceOfSatisfying(RosterOutcome.Refuse.class, r -> {
            assertThat(r.issue().code()).isEqualTo("ON_FILE_ELSEWHERE");
            assertThat(r.issue().args()).containsExactly(EAST, "2021-05-01", "在档");
            assertThat(r.at()).isEqualTo(RosterField.UNION_NAME);
        });
        RosterOutcome.Update moved = (RosterOutcome.Update) Lifecycle.fromRoster(active(), EAST,
                row(null, "2024-06-01", null, null, WEST, true));
        assertThat(moved.transfer()).isEqualTo(new RosterOutcome.Transfer(EAST, WEST, null, FileStatus.ACTIVE));
        assertThat(moved.keepFiled()).isTrue();
        assertThat(moved.after().filedOn()).isEqualTo(FILED);
        assertThat(moved.warnings()).extracting(w -> w.issue().code()).containsExactly("TRANSFER_KEEPS_FILED_ON");
        // near miss: the same union's roster is an ordinary update, transfer column or not
        assertThat(((RosterOutcome.Update) Lifecycle.fromRoster(active(), EAST, row(null, "2021-05-01", null, null, EAST, true)))
                .transfer()).isNull();
        // an exited file of another union is not transferred: its period is over
        FileState exited = new FileState(FileStatus.EXITED, d("2024-09-30"), FILED, null, d("2024-09-30"), null, null);
        assertThat(Lifecycle.fromRoster(exited, EAST, row(FileStatus.EXITED, "2021-05-01", null, "2024-09-30", WEST, true)))
                .isInstanceOfSatisfying(RosterOutcome.Refuse.class, r -> assertThat(r.issue().code()).isEqualTo("ON_FILE_ELSEWHERE"));
    }
}
