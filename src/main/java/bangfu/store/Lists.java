package bangfu.store;

import bangfu.model.Selection;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;

/** What the roster, the notice and the change log list, and the values the selection filters may take. */
public interface Lists {
    /** What {@code --union}, {@code --region}, {@code --tier}, {@code --status} and {@code --batch} compare with. */
    enum Filter { UNION, REGION, TIER, STATUS, BATCH }

    /** A file period on the roster, with its status as of the roster's day and the last visit and payment until then. */
    record RosterEntry(String unionName, String headName, String headId, String status, String tier,
                              String helper, Temporal filedOn, LocalDate lastVisit, LocalDate lastPayment,
                              Long lastPaymentFen) {
    }

    /** What one file period received of one kind in the notice's scope. */
    record NoticeEntry(long householdId, String unionName, String headName, String employer, String tier, String kind,
                              long amountFen, long payments, LocalDate lastPaidOn) {
    }

    /**
     * One changed field: which import (and file) or command changed it, whose file it belongs to, and the old and
     * new value in the stored form.
     */
    record ChangeEntry(long id, Long importId, String fileName, String command, String headName, String headId,
                              String memberName, String tableName, String columnName, String oldValue,
                              String newValue) {
    }

    /** The distinct values on record a filter may take, sorted; a tier or status as its code, "" for none. */
    List<String> known(Filter filter);

    /** Whether a file period of this head exists. */
    boolean headExists(String headId);

    /** Whether import N exists (undone or not). */
    boolean importExists(long id);

    /**
     * The file periods on record, by union then name. Without {@code asOf}: those whose status is on file (在档,
     * 渐退), or of the selection's status. With it: those on file at the end of that day — filed by then (a month
     * alone read as its first day; no filing date counts as long ago) and not left by then (the generated
     * {@code left_on}) — with their status of that day from the status history.
     */
    List<RosterEntry> roster(Selection selection, LocalDate asOf);

    /**
     * Payments dated from {@code from} to {@code to} (both included), or of one 发放批次 when {@code batch} is given,
     * summed per file period and kind, by union, name and kind.
     */
    List<NoticeEntry> notice(Selection selection, LocalDate from, LocalDate to, String batch);

    /**
     * The fields imports and commands changed, oldest first, without the bookkeeping columns: of import N, or
     * recorded on or after {@code since}, or all; of one head's file periods when {@code headId} is given.
     */
    List<ChangeEntry> changes(Long importId, LocalDate since, String headId, Selection selection);
}
