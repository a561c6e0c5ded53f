package bangfu.lifecycle;

import bangfu.model.FileStatus;
import bangfu.model.Issue;
import bangfu.model.RosterField;
import java.time.LocalDate;
import java.util.List;

/** What a roster row does to a head's file, as {@link Lifecycle#fromRoster} decides it. */
public sealed interface RosterOutcome permits RosterOutcome.Open, RosterOutcome.Refuse, RosterOutcome.Update {
    /**
     * Opens a file period: the head's first, or ({@code newPeriod}) a new application after the last period
     * exited or closed; the old period stays as it was.
     */
    record Open(boolean newPeriod, FileState state) implements RosterOutcome {
    }

    /** The row is not loaded: {@code issue} is an error on the cell of {@code at}. */
    record Refuse(RosterField at, Issue issue) implements RosterOutcome {
    }

    /**
     * The row updates the period it names.
     *
     * @param transition a change of status to record, or null
     * @param transfer   a move to another union to record, or null
     * @param after      the period's lifecycle state once the row is in, which the store writes as it is
     * @param redated    the current status keeps, but the row now dates it ({@code after.statusOn()}): the status
     *                   history's entry for it takes that date
     * @param keepFiled  the row's 建档日期 is not used: a transfer keeps the file's own
     * @param warnings   findings on the row's cells that do not stop it
     */
    record Update(Transition transition, Transfer transfer, FileState after, boolean redated, boolean keepFiled,
                  List<Warning> warnings) implements RosterOutcome {
        public Update {
            warnings = List.copyOf(warnings);
        }
    }

    /** A file moved from one union to another (调离 / 转入), in the status it had. */
    record Transfer(String fromUnion, String toUnion, LocalDate on, FileStatus status) {
    }

    /** A finding on a cell that does not stop the row. */
    record Warning(RosterField at, Issue issue) {
    }
}
