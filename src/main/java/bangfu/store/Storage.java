package bangfu.store;

import bangfu.classify.FileSource;
import bangfu.classify.TierLedger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One bangfu database, whatever engine keeps it: the domain reads and writes through this and the interfaces it
 * hands out, never through SQL. {@link Stores#open} opens one.
 */
public interface Storage extends AutoCloseable {
    /** How a command opens the database. */
    enum Access {
        /** Created when missing (owner-only) and migrated forward: for imports. */
        CREATE,
        /** It must exist; an older schema is migrated forward, as an import would. */
        EXISTING,
        /** It must exist at the current schema; nothing is ever written. */
        READ_ONLY,
        /** It must exist at any schema version this build knows; nothing is written, not even a migration. */
        INSPECT,
        /**
         * For a rehearsal of an import: everything, an older schema's migration too, happens inside one write
         * transaction that closing rolls back; a database that does not exist is not created (the rehearsal starts
         * empty).
         */
        REHEARSAL
    }

    /** Where the database is, as the clerk named it: for messages. */
    String location();

    /** The schema version the database holds. */
    int schemaVersion();

    /** Whether a file with this SHA-256 was imported and finished (and not undone). */
    boolean alreadyImported(String sha256);

    /** Starts the one transaction of an imported file; waits for another writer as long as the engine allows. */
    ImportSink beginImport(String fileName, String sha256, Instant startedAt);

    /**
     * What the yearly report of {@code scope} is made of: its figures, and its payments as rows for the report to
     * sum and count.
     *
     * @param kinds      assistance kind codes, in display order: a payment's kind is its index here
     * @param sources    fund source codes, in display order
     * @param causeCodes the cause codes counted as secondary causes
     */
    YearlyRows yearlyRows(YearlyFigures.Scope scope, List<String> kinds, List<String> sources, List<String> causeCodes);

    Dossiers dossiers();

    Audits audits();

    Lists lists();

    Uploads uploads();

    Visits visits();

    /**
     * The files the classifier judges.
     *
     * @param readAhead read on a second connection ahead of the caller; only for a run that does not write
     */
    FileSource classifyFiles(boolean readAhead);

    /** Where {@code classify --apply} writes its run, in one transaction. */
    TierLedger tierLedger();

    /**
     * Starts the one transaction of a command that moves files ({@code visit advance}, {@code visit close}).
     *
     * @param command   the command as a clerk types it ({@code visit advance})
     * @param arguments its options, as given, for the record
     * @param asOf      the day the run judged as of, or null
     */
    StatusLedger beginStatusChanges(String command, String arguments, LocalDate asOf, Instant startedAt);

    /** What undoing import {@code importId} would do, or why it cannot be undone; writes nothing. */
    UndoPlan planUndo(long importId);

    /**
     * Undoes the import in one write transaction, or refuses and changes nothing; {@code listener} hears the plan
     * after the checks and before the first write, then each step.
     */
    UndoPlan undo(long importId, Instant now, UndoListener listener);

    /** Checks the database's pages, references and schema, and counts the rows of each table; only reads. */
    IntegrityReport integrity();

    /**
     * Copies every record of this database, with its history, into {@code target} (open for writing, at the same
     * schema version) in one transaction of the target: all or nothing. This one is only read.
     */
    CopyReport copyInto(Storage target, CopyListener listener);

    /**
     * Closes after a failure that may have left a large log behind: a database this run created and that holds no
     * import yet is removed again; an older one gets its log emptied where the disk allows.
     */
    void abandon();

    @Override
    void close();
}
