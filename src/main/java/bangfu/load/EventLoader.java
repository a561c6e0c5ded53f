package bangfu.load;

import bangfu.lifecycle.Tenure;
import bangfu.model.Field;
import bangfu.model.FileStatus;
import bangfu.model.IdNumber;
import bangfu.model.Issue;
import bangfu.model.LedgerField;
import bangfu.model.Mapping;
import bangfu.model.Severity;
import bangfu.model.RecordKind;
import bangfu.model.VisitField;
import bangfu.store.HouseholdIndex;
import bangfu.store.ImportSink;
import bangfu.store.JsonText;
import bangfu.validate.CellIssue;
import bangfu.validate.ParsedRow;
import bangfu.validate.SheetLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.LongPredicate;

/**
 * Links payments and visits to their household file and queues them: the household must be on file
 * (in the database or in a roster sheet read earlier in the same workbook), a payment must fall within
 * the file's period, and a repeat within the file loads once unless repeats are allowed.
 */
final class EventLoader {
    private final ImportSink writer;
    private final boolean allowRepeats;
    private final Mapping severities;
    private final LongPredicate rejectedInFile;
    /** Payment or visit digest → (times seen << 32 | first row), placed by household. */
    private final EventsSeen seen = new EventsSeen();
    /**
     * The household of the row before, while rows stay on one sheet (only roster rows change the index, and a sheet
     * is of one kind; {@link #flush} ends each ledger or visit sheet): a ledger lists a household's payments one after
     * another, and each look-up in a million-file index is a cache miss of its own.
     */
    private SheetLayout lastLayout;
    private long lastHead;
    private HouseholdIndex.Entry lastFile;

    /** @param rejectedInFile whether a head's roster row was rejected earlier in the same file */
    EventLoader(ImportSink writer, boolean allowRepeats, Mapping severities, LongPredicate rejectedInFile) {
        this.writer = writer;
        this.rejectedInFile = rejectedInFile;
        this.severities = severities;
        this.allowRepeats = allowRepeats;
    }

    /** What became of a row that had no error of its own. */
    enum Outcome { QUEUED, REPEAT_SKIPPED, REJECTED }

    Outcome load(ParsedRow row, SheetLayout layout, List<CellIssue> issues) {
        boolean ledger = row.kind() == RecordKind.LEDGER;
        Field idField = ledger ? LedgerField.HEAD_ID : VisitField.HEAD_ID;
        IdNumber head = (IdNumber) row.get(idField);
        if (layout != lastLayout || head.asLong() != lastHead) {
            lastFile = writer.index().find(head.asLong());
            lastHead = head.asLong();
            lastLayout = layout;
        }
        HouseholdIndex.Entry file = lastFile;
        if (file == null) {
            issues.add(layout.issueAt(idField, Issue.error(rejectedInFile.test(head.asLong()) ? "HOUSEHOLD_REJECTED" : "HOUSEHOLD_UNKNOWN",
                    head.masked()), head.masked()));
            return Outcome.REJECTED;
        }
        Field dateField = ledger ? LedgerField.PAID_ON : VisitField.VISITED_ON;
        LocalDate on = (LocalDate) row.get(dateField);
        if (ledger && on != null && !withinFile(file, on, layout, issues)) return Outcome.REJECTED;
        long digest = digest(file.rowId(), row, ledger);
        long before = seen.get(file.rowId(), digest);
        int occurrence = 1;
        if (before != EventsSeen.ABSENT) {
            int times = (int) (before >>> 32);
            int firstRow = (int) before;
            seen.put(file.rowId(), digest, ((long) (times + 1) << 32) | firstRow);
            if (!allowRepeats) {
                issues.add(new CellIssue(-1, "", Issue.warning(ledger ? "PAYMENT_REPEATED" : "VISIT_REPEATED", firstRow), ""));
                return Outcome.REPEAT_SKIPPED;
            }
            occurrence = times + 1;
        } else {
            seen.put(file.rowId(), digest, (1L << 32) | row.number());
        }
        writer.addEvent(row.kind(), file.rowId(), row.values(), JsonText.encode(row.extra()), occurrence);
        return Outcome.QUEUED;
    }

    /** Writes what is queued; returns {added, already in the database}. */
    int[] flush() {
        lastLayout = null;
        return writer.flushEvents();
    }

    // 先建档、后帮扶: aid goes to a file from its filing date until it is exited or closed (the lifecycle's rule).
    // Whether a payment outside that period is refused or only flagged is the union's policy (bangfu.yaml, severities:).
    private boolean withinFile(HouseholdIndex.Entry file, LocalDate on, SheetLayout layout, List<CellIssue> issues) {
        LocalDate filed = file.filedOn() == HouseholdIndex.NO_DATE ? null : LocalDate.ofEpochDay(file.filedOn());
        LocalDate last = file.endedOn() == HouseholdIndex.NO_DATE ? null : LocalDate.ofEpochDay(file.endedOn());
        Optional<Tenure.Breach> breach = Tenure.breach(filed, last, on);
        if (breach.isEmpty()) return true;
        Issue outside = breach.get().afterLeaving()
                ? Issue.error("PAYMENT_AFTER_CLOSED", on, FileStatus.values()[file.status()].label(bangfu.model.Lang.ZH),
                        breach.get().limit())
                : Issue.error("PAYMENT_BEFORE_FILED", on, breach.get().limit());
        Severity severity = severities.severity(outside.code(), Severity.ERROR);
        issues.add(layout.issueAt(LedgerField.PAID_ON, outside.withSeverity(severity), on.toString()));
        return severity != Severity.ERROR;
    }

    /** Same household, kind, date and amount (payments) or same household, date and kind (visits). */
    private static long digest(long householdId, ParsedRow row, boolean ledger) {
        long h = mix(0x9E3779B97F4A7C15L, householdId);
        if (ledger) {
            h = mix(h, part(row.get(LedgerField.KIND)));
            h = mix(h, part(row.get(LedgerField.PAID_ON)));
            return mix(h, part(row.get(LedgerField.AMOUNT)));
        }
        h = mix(h, part(row.get(VisitField.VISITED_ON)));
        return mix(h, part(row.get(VisitField.KIND)));
    }

    // Numbers, not text: this runs for each of millions of payments.
    private static long part(Object v) {
        if (v == null) return -1;
        if (v instanceof Enum<?> e) return e.ordinal();
        if (v instanceof LocalDate d) return d.toEpochDay();
        return ((Number) v).longValue();
    }

    private static long mix(long h, long v) {
        h ^= v + 0x9E3779B97F4A7C15L + (h << 6) + (h >>> 2);
        h *= 0xbf58476d1ce4e5b9L;
        return h ^ (h >>> 31);
    }
}
