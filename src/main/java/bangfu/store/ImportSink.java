package bangfu.store;

import bangfu.lifecycle.FileState;
import bangfu.lifecycle.RosterOutcome;
import bangfu.lifecycle.Transition;
import bangfu.model.Counts;
import bangfu.model.Field;
import bangfu.model.FileStatus;
import bangfu.model.IdNumber;
import bangfu.model.MemberField;
import bangfu.model.RecordKind;
import bangfu.model.RosterField;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/**
 * Where one imported file goes: typed writes of its households, members, payments, visits and rejects, all in
 * one transaction that {@link #commit} ends; closing without committing leaves the database as it was.
 */
public interface ImportSink extends AutoCloseable {
    /** A file period's lifecycle state and union as stored. */
    record StoredState(FileState state, String union) {
    }

    long importId();

    /** Every head's latest file period, read once per file. */
    HouseholdIndex index();

    /**
     * Inserts a new file period in the state the lifecycle opened it in; returns the household row id. Its first
     * status entry is written for all new periods at once by {@link #commit}: one set-based statement instead of a
     * million bound inserts.
     */
    long insertHousehold(IdNumber head, int period, FileState state, Map<RosterField, Object> values,
                 String extraJson, long hash);

    /** The stored values of the given fields, in their canonical text form (absent when NULL). */
    Map<RosterField, String> storedValues(long householdId, Collection<RosterField> fields);

    /** The lifecycle state and union of a file period, for judging what a roster row does to it. */
    StoredState storedState(long householdId);

    /**
     * Writes the changed fields of a file period, logs each change old → new, with the row's digest and last import,
     * so that an undo can put the row back exactly as it was, and writes the lifecycle columns of the state
     * it is in afterwards.
     */
    void updateHousehold(long householdId, IdNumber head, Map<RosterField, Object> changed,
                 Map<RosterField, String> old, long hash, FileState after);

    /** Records a move between states of the lifecycle, caused by this import. */
    void recordStatusChange(long householdId, Transition t);

    /** Records a move of the file from one union to another (调离 / 转入), caused by this import. */
    void recordTransfer(long householdId, RosterOutcome.Transfer t);

    /**
     * Dates the status history's latest entry into {@code status}, which a roster now dates for the first time or
     * anew (a 渐退 file whose 渐退日期 was missing); the change is logged like any other.
     */
    void redateStatus(long householdId, FileStatus status, LocalDate on);

    /** The members stored for a household, keyed by their ID number or, without one, by name. */
    Map<String, Map<MemberField, String>> storedMembers(long householdId);

    void insertMember(long householdId, Map<MemberField, Object> values, String extraJson);

    /** Updates a stored member (its row id is in the stored map under HEAD_ID) and logs each change, and its last import. */
    void updateMember(long memberId, Map<MemberField, Object> changed, Map<MemberField, String> old);

    void reject(String sheet, int rowNumber, String codes, String rawJson);

    void recordSheet(String sheet, String kind, int headerRow, Counts n);

    /** Finishes the file: writes its counts and commits everything at once. */
    void commit(Counts n, Instant finishedAt);

    /** Queues a payment or visit of a household, in the same transaction as everything else of the file. */
    void addEvent(RecordKind kind, long householdId, Map<Field, Object> values, String extraJson, int occurrence);

    /** Writes the queued payments and visits; returns {added, already in the database} since the last call. */
    int[] flushEvents();

    /** How a member is keyed among its household's members: by ID number or, without one, by name. */
    static String memberKey(String idNumber, String name) {
        return idNumber != null ? "id:" + idNumber : "name:" + name;
    }

    /** Rolls back whatever of the file is not committed. */
    @Override
    void close();
}
