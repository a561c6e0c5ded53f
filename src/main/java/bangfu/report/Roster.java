package bangfu.report;

import bangfu.model.FileStatus;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import bangfu.model.Selection;
import bangfu.store.Storage;
import bangfu.store.Lists;
import bangfu.store.Lists.RosterEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The current 花名册: the files on record, one row per file period, by union then name — what a clerk prints for
 * a meeting or sends with a 年度清理 — with the last visit and the last payment of each. ID numbers are masked
 * unless revealed.
 */
public final class Roster {
    private Roster() {
    }

    /** The roster now, or as it stood at the end of {@code asOf} (null: now). */
    public static Report of(Storage db, Selection selection, LocalDate asOf, Lang lang, boolean reveal) {
        List<RosterEntry> entries = ListParts.byUnionAndName(db.lists().roster(selection, asOf),
                RosterEntry::unionName, RosterEntry::headName, Comparator.comparing(RosterEntry::headId));
        List<ReportTable.Column> columns = List.of(
                ListParts.column("no", Type.COUNT), ListParts.column("union", Type.TEXT),
                ListParts.column("name", Type.TEXT), ListParts.column("id", Type.TEXT),
                ListParts.column("status", Type.TEXT), ListParts.column("tier", Type.TEXT),
                ListParts.column("helper", Type.TEXT), ListParts.column("filed_on", Type.DATE),
                ListParts.column("last_visit", Type.DATE), ListParts.column("last_payment", Type.DATE),
                ListParts.column("last_amount", Type.MONEY));
        List<Row> rows = new ArrayList<>();
        long n = 0;
        for (RosterEntry e : entries) {
            rows.add(new Row(RowKind.DATA, Arrays.asList(++n, e.unionName(), e.headName(),
                    reveal ? e.headId() : Masks.middle(e.headId()), ListParts.label(FileStatus.class, e.status(), lang),
                    ListParts.tier(e.tier(), lang), e.helper(), e.filedOn(), e.lastVisit(), e.lastPayment(),
                    e.lastPaymentFen())));
        }
        List<Message> notes = List.of(Message.of("lists.roster.count", n), Message.of("lists.roster.note.last"));
        ReportTable table = new ReportTable("roster", Message.of("lists.roster.table"), columns,
                reveal ? rows : ListParts.numbersMasked(rows), notes);
        List<Message> subtitle = new ArrayList<>();
        subtitle.add(asOf == null ? Message.of(selection.status() == null ? "lists.roster.now" : "lists.roster.now_any") : Message.of("lists.roster.as_of", asOf));
        subtitle.addAll(ListParts.scope(selection, lang));
        subtitle.add(Message.of(reveal ? "lists.revealed" : "lists.masked"));
        return new Report("roster", Message.of("lists.roster.title"), subtitle, List.of(table), List.of());
    }
}
