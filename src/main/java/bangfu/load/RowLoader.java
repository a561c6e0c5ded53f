package bangfu.load;

import bangfu.lifecycle.FileState;
import bangfu.lifecycle.Lifecycle;
import bangfu.lifecycle.RosterOutcome;
import bangfu.lifecycle.RosterStatement;
import bangfu.model.CloseReason;
import bangfu.model.Counts;
import bangfu.model.Field;
import bangfu.model.FileStatus;
import bangfu.model.Finding;
import bangfu.model.IdNumber;
import bangfu.model.Issue;
import bangfu.model.Location;
import bangfu.model.Mapping;
import bangfu.model.MemberField;
import bangfu.model.RecordKind;
import bangfu.model.RosterField;
import bangfu.model.Severity;
import bangfu.model.ValueReading;
import bangfu.model.Values;
import bangfu.store.HouseholdIndex;
import bangfu.store.ImportSink;
import bangfu.store.JsonText;
import bangfu.validate.CellIssue;
import bangfu.validate.ParsedRow;
import bangfu.validate.RowIssue;
import bangfu.validate.SheetEvent;
import bangfu.validate.SheetLayout;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The writing side of an import: decides for each interpreted row whether it is new, changed, unchanged
 * or rejected, and hands the outcome to the store. Keeps the cross-row state of one file: which heads it
 * has seen on which row, and which households it created.
 */
final class RowLoader {
    private final ImportSink writer;
    private final EventLoader events;
    private final String file;
    private final FindingList findings = new FindingList();
    private final List<FileReport.SheetReport> sheets = new ArrayList<>();
    private final SeenHeads seen = new SeenHeads();
    /** {@code import --transfer}: a head on file at another union is moved here, unless the row's 转入 says 否. */
    private final boolean transferAll;
    private final List<String> sheetNames = new ArrayList<>();
    private final Map<String, ValueReading> readings = new LinkedHashMap<>();
    /** Row ids at or above this were created by this file: their members need no lookup. */
    private long firstNewRowId = Long.MAX_VALUE;

    private String sheet;
    private SheetLayout layout;
    private boolean sheetUnusable;
    /** The codes that make the whole sheet unusable (a required column is missing), for its rejected rows. */
    private String sheetErrors;
    private int read, inserted, updated, unchanged, rejected, warnings;
    private long membersOf = -1;
    private Map<String, Map<MemberField, String>> storedMembers;

    RowLoader(ImportSink writer, String file, boolean allowRepeats, boolean transferAll, Mapping policy) {
        this.writer = writer;
        this.file = file;
        this.transferAll = transferAll;
        this.events = new EventLoader(writer, allowRepeats, policy, seen::rejected);
    }

    FindingList findings() {
        return findings;
    }

    List<FileReport.SheetReport> sheets() {
        return sheets;
    }

    /** What the file's values were read as, one per mapping over all its sheets, in the order first met. */
    List<ValueReading> readings() {
        return List.copyOf(readings.values());
    }

    void accept(SheetEvent event) {
        if (event instanceof SheetEvent.Row r) row(r.row());
        else if (event instanceof SheetEvent.Started s) start(s);
        else if (event instanceof SheetEvent.Ended e) end(e);
    }

    private void start(SheetEvent.Started s) {
        sheet = s.sheet();
        sheetNames.add(sheet);
        layout = s.layout();
        read = inserted = updated = unchanged = rejected = warnings = 0;
        for (CellIssue i : s.issues()) add(0, i);
        sheetErrors = s.issues().stream().filter(i -> i.issue().severity() == Severity.ERROR)
                .map(i -> i.issue().code()).distinct().collect(Collectors.joining(","));
        sheetUnusable = !sheetErrors.isEmpty();
    }

    private void end(SheetEvent.Ended e) {
        for (RowIssue i : e.issues()) add(i.row(), i.issue());
        for (ValueReading r : e.readings()) readings.merge(r.key(), r, ValueReading::plus);
        if (layout.kind() == RecordKind.LEDGER || layout.kind() == RecordKind.VISITS) {
            int[] written = events.flush();
            inserted += written[0];
            unchanged += written[1];
        }
        sheets.add(new FileReport.SheetReport(sheet, layout.kind(), layout.lastHeaderRow(),
                new Counts(read, inserted, updated, unchanged, rejected, warnings)));
    }

    private void row(ParsedRow row) {
        read++;
        List<CellIssue> issues = new ArrayList<>(row.issues());
        if (sheetUnusable) {
            reject(row, issues, false);
            return;
        }
        if (!row.hasError()) {
            switch (row.kind()) {
                case ROSTER -> checkDuplicate(row, RosterField.HEAD_ID, issues);
                case MEMBERS -> checkHead(row, issues);
                case LEDGER, VISITS -> {
                    loadEvent(row, issues);
                    return;
                }
            }
        }
        if (CellIssue.anyError(issues)) {
            reject(row, issues, true);
            return;
        }
        for (CellIssue i : issues) add(row.number(), i);
        if (row.kind() == RecordKind.ROSTER) loadHousehold(row, issues);
        else loadMember(row);
    }

    private void loadEvent(ParsedRow row, List<CellIssue> issues) {
        EventLoader.Outcome outcome = events.load(row, layout, issues);
        if (outcome == EventLoader.Outcome.REJECTED) {
            reject(row, issues, true);
            return;
        }
        for (CellIssue i : issues) add(row.number(), i);
        if (outcome == EventLoader.Outcome.REPEAT_SKIPPED) unchanged++;
    }

    private void checkDuplicate(ParsedRow row, Field idField, List<CellIssue> issues) {
        IdNumber head = (IdNumber) row.get(idField);
        long earlier = seen.firstSeen(head.asLong(), sheetNames.size() - 1, row.number());
        if (earlier >= 0) {
            String where = sheetNames.get(SeenHeads.sheetOf(earlier)) + "!" + SeenHeads.rowOf(earlier);
            issues.add(layout.issueAt(idField, Issue.error("DUPLICATE_IN_FILE", where), head.masked()));
        }
    }

    private void checkHead(ParsedRow row, List<CellIssue> issues) {
        IdNumber head = (IdNumber) row.get(MemberField.HEAD_ID);
        if (writer.index().contains(head.asLong())) return;
        String code = seen.rejected(head.asLong()) ? "MEMBER_HEAD_REJECTED" : "MEMBER_HEAD_UNKNOWN";
        issues.add(layout.issueAt(MemberField.HEAD_ID, Issue.error(code, head.masked()), head.masked()));
    }

    private void loadHousehold(ParsedRow row, List<CellIssue> issues) {
        IdNumber head = (IdNumber) row.get(RosterField.HEAD_ID);
        String extra = JsonText.encode(row.extra());
        HouseholdIndex.Entry existing = writer.index().find(head.asLong());
        if (existing == null) {
            // The bulk of a first import: the row's own values, read in place rather than copied.
            RosterOutcome.Open open = (RosterOutcome.Open) Lifecycle.fromRoster(null, null, statement(rosterView(row)));
            insert(head, 1, open.state(), rosterView(row), extra, row.hash());
            return;
        }
        if (existing.hash() == row.hash()) {
            unchanged++;
            return;
        }
        Map<RosterField, Object> values = rosterValues(row);
        ImportSink.StoredState stored = writer.storedState(existing.rowId());
        RosterOutcome outcome = Lifecycle.fromRoster(stored.state(), stored.union(), statement(values));
        if (outcome instanceof RosterOutcome.Open open) {
            insert(head, existing.period() + 1, open.state(), values, extra, row.hash());
            return;
        }
        if (outcome instanceof RosterOutcome.Refuse refuse) {
            Object shown = values.get(refuse.at());
            issues.add(layout.issueAt(refuse.at(), refuse.issue(), shown == null ? "" : display(refuse.at(), shown)));
            reject(row, issues, true);
            return;
        }
        RosterOutcome.Update update = (RosterOutcome.Update) outcome;
        for (RosterOutcome.Warning w : update.warnings()) {
            CellIssue warning = layout.issueAt(w.at(), w.issue(), String.valueOf(values.get(w.at())));
            issues.add(warning);
            add(row.number(), warning);
        }
        values.keySet().removeIf(f -> !f.stored() || (update.keepFiled() && f == RosterField.FILED_ON));
        Map<RosterField, String> storedValues = writer.storedValues(existing.rowId(), values.keySet());
        Map<RosterField, Object> changed = new EnumMap<>(RosterField.class);
        values.forEach((f, v) -> {
            if (!Values.canonical(f, v).equals(storedValues.get(f))) changed.put(f, v);
        });
        if (changed.isEmpty() && update.transition() == null && update.transfer() == null && !update.redated()) {
            unchanged++;
            return;
        }
        writer.updateHousehold(existing.rowId(), head, changed, storedValues, row.hash(), update.after());
        if (update.transition() != null) writer.recordStatusChange(existing.rowId(), update.transition());
        if (update.transfer() != null) writer.recordTransfer(existing.rowId(), update.transfer());
        if (update.redated()) writer.redateStatus(existing.rowId(), update.after().status(), update.after().statusOn());
        updated++;
    }

    /** What the row says about the file's lifecycle; a transfer by the row's 转入 columns or by {@code --transfer}. */
    private RosterStatement statement(Map<RosterField, Object> v) {
        LocalDate transferredOn = (LocalDate) v.get(RosterField.TRANSFERRED_ON);
        boolean transfer = v.get(RosterField.TRANSFER_IN) instanceof Boolean said ? said || transferredOn != null
                : transferAll || transferredOn != null;
        // A filing month alone (建档年月) counts from its first day.
        Object filed = v.get(RosterField.FILED_ON);
        return new RosterStatement((FileStatus) v.get(RosterField.STATUS), filed == null ? null : Values.firstDay(filed),
                (LocalDate) v.get(RosterField.PHASED_OUT_ON), (LocalDate) v.get(RosterField.EXITED_ON),
                (LocalDate) v.get(RosterField.CLOSED_ON), (CloseReason) v.get(RosterField.CLOSE_REASON),
                (String) v.get(RosterField.UNION_NAME), transfer, transferredOn);
    }

    private static String display(RosterField f, Object v) {
        return v instanceof bangfu.model.Labelled l ? l.label(bangfu.model.Lang.ZH) : Values.canonical(f, v);
    }

    private void insert(IdNumber head, int period, FileState state, Map<RosterField, Object> values, String extra, long hash) {
        long id = writer.insertHousehold(head, period, state, values, extra, hash);
        firstNewRowId = Math.min(firstNewRowId, id);
        inserted++;
    }

    private void loadMember(ParsedRow row) {
        IdNumber head = (IdNumber) row.get(MemberField.HEAD_ID);
        long householdId = writer.index().find(head.asLong()).rowId();
        Map<MemberField, Object> values = new EnumMap<>(MemberField.class);
        row.values().forEach((f, v) -> {
            if (f instanceof MemberField m && m != MemberField.HEAD_ID) values.put(m, v);
        });
        String extra = JsonText.encode(row.extra());
        if (householdId >= firstNewRowId) {
            writer.insertMember(householdId, values, extra);
            inserted++;
            return;
        }
        if (householdId != membersOf) {
            storedMembers = writer.storedMembers(householdId);
            membersOf = householdId;
        }
        Object id = values.get(MemberField.ID_NUMBER);
        String key = ImportSink.memberKey(id == null ? null : ((IdNumber) id).value(), (String) values.get(MemberField.NAME));
        Map<MemberField, String> stored = storedMembers.get(key);
        if (stored == null) {
            writer.insertMember(householdId, values, extra);
            inserted++;
            return;
        }
        Map<MemberField, Object> changed = new EnumMap<>(MemberField.class);
        values.forEach((f, v) -> {
            if (!Values.canonical(f, v).equals(stored.get(f))) changed.put(f, v);
        });
        if (changed.isEmpty()) {
            unchanged++;
        } else {
            writer.updateMember(Long.parseLong(stored.get(MemberField.HEAD_ID)), changed, stored);
            changed.forEach((f, v) -> stored.put(f, Values.canonical(f, v)));
            updated++;
        }
    }

    /** The values of a roster row as they are, without a copy: every key of a roster row is a RosterField. */
    @SuppressWarnings("unchecked")
    private static Map<RosterField, Object> rosterView(ParsedRow row) {
        return (Map<RosterField, Object>) (Map<?, ?>) row.values();
    }

    private static Map<RosterField, Object> rosterValues(ParsedRow row) {
        Map<RosterField, Object> values = new EnumMap<>(RosterField.class);
        row.values().forEach((f, v) -> values.put((RosterField) f, v));
        return values;
    }

    private void reject(ParsedRow row, List<CellIssue> issues, boolean report) {
        rejected++;
        if (row.kind() == RecordKind.ROSTER && row.get(RosterField.HEAD_ID) instanceof IdNumber id) {
            seen.markRejected(id.asLong(), sheetNames.size() - 1, row.number());
        }
        String codes = issues.stream().filter(i -> i.issue().severity() == Severity.ERROR)
                .map(i -> i.issue().code()).distinct().collect(Collectors.joining(","));
        writer.reject(sheet, row.number(), codes.isEmpty() ? sheetErrors : codes, JsonText.encode(row.maskedRaw(layout)));
        if (report) for (CellIssue i : issues) add(row.number(), i);
    }

    private void add(int rowNumber, CellIssue i) {
        String letter = i.column() < 0 ? "" : SheetLayout.Column.letters(i.column());
        findings.add(new Finding(new Location(file, sheet, rowNumber, letter, i.header()), i.issue(), i.value()), i.column());
        if (i.issue().severity() == Severity.WARNING) warnings++;
    }
}
