package bangfu.report;

import bangfu.model.AssistanceKind;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.model.NoticeColumn;
import bangfu.model.NoticePolicy;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import bangfu.model.Selection;
import bangfu.store.Storage;
import bangfu.store.Lists;
import bangfu.store.Lists.NoticeEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The 公示 list: the households paid in a period or a batch and what each received, with only what may be
 * posted — the name with the given name partly hidden (张*华), union, work unit, tier, kind and amount, as the
 * union's {@code notice:} policy chooses among them. No ID, phone, address, card, health or cause can be in it:
 * its columns are a closed set, and every text it shows has any long number typed into it hidden.
 */
public final class Notice {
    private Notice() {
    }

    /** Which payments: those dated from {@code from} to {@code to}, or those of one 发放批次. */
    public record Period(LocalDate from, LocalDate to, String batch) {
        public static Period batch(String batch) {
            return new Period(null, null, batch);
        }

        public static Period dates(LocalDate from, LocalDate to) {
            return new Period(from, to, null);
        }
    }

    public static Report of(Storage db, Selection selection, Period period, NoticePolicy policy, Lang lang) {
        List<NoticeEntry> entries = db.lists().notice(selection, period.from(), period.to(), period.batch());
        boolean byKind = policy.columns().contains(NoticeColumn.KIND);
        List<NoticeEntry> rows = byKind ? entries : perHousehold(entries);
        rows = ListParts.byUnionAndName(rows, NoticeEntry::unionName, NoticeEntry::headName,
                Comparator.comparingLong(NoticeEntry::householdId).thenComparingInt(e -> kindOrder(e.kind())));

        List<ReportTable.Column> columns = new ArrayList<>();
        columns.add(ListParts.column("no", Type.COUNT));
        for (NoticeColumn c : policy.columns()) columns.add(column(c));
        List<Row> out = new ArrayList<>();
        long n = 0;
        long fen = 0;
        Set<Long> households = new HashSet<>();
        for (NoticeEntry e : rows) {
            List<Object> cells = new ArrayList<>();
            cells.add(++n);
            for (NoticeColumn c : policy.columns()) cells.add(cell(c, e, lang));
            out.add(new Row(RowKind.DATA, cells));
            fen += e.amountFen();
            households.add(e.householdId());
        }
        List<Object> total = new ArrayList<>();
        total.add(null);
        for (NoticeColumn c : policy.columns()) total.add(c == NoticeColumn.AMOUNT ? (Object) fen : null);
        int label = policy.columns().indexOf(policy.columns().stream().filter(c -> c != NoticeColumn.AMOUNT
                && c != NoticeColumn.PAID_ON).findFirst().orElse(NoticeColumn.AMOUNT)) + 1;
        if (total.get(label) == null) total.set(label, Message.of("lists.notice.total").render(lang));
        out.add(new Row(RowKind.TOTAL, "total", total));
        List<Message> notes = List.of(Message.of("lists.notice.count", households.size(),
                java.math.BigDecimal.valueOf(fen, 2).toPlainString()), Message.of("lists.notice.names"), Message.of("lists.notice.objection"));
        ReportTable table = new ReportTable("notice", Message.of("lists.notice.table"), columns,
                hidden(out), notes);
        List<Message> subtitle = new ArrayList<>();
        subtitle.add(period.batch() != null ? Message.of("lists.notice.batch", Masks.numbersHidden(period.batch()))
                : Message.of("lists.notice.dates", period.from(), period.to()));
        subtitle.addAll(ListParts.scope(selection, lang));
        return new Report("notice", title(policy, period), subtitle, List.of(table), List.of());
    }

    private static Message title(NoticePolicy policy, Period period) {
        if (policy.title() != null) return Message.of("lists.text", Masks.numbersHidden(policy.title()));
        if (period.batch() != null) return Message.of("lists.notice.title.batch", Masks.numbersHidden(period.batch()));
        LocalDate f = period.from();
        LocalDate t = period.to();
        if (f.getYear() == t.getYear() && f.getDayOfYear() == 1 && t.equals(f.withMonth(12).withDayOfMonth(31))) {
            return Message.of("lists.notice.title.year", f.getYear());
        }
        return Message.of("lists.notice.title");
    }

    /** Every text cell with its long numbers hidden: a union's or a work unit's name as typed may hold a phone. */
    private static List<Row> hidden(List<Row> rows) {
        return rows.stream().map(r -> new Row(r.kind(), r.key(), r.cells().stream()
                .map(c -> c instanceof String text ? (Object) Masks.numbersHidden(text) : c).toList())).toList();
    }

    /** Without a kind column a household is one line, whatever it received. */
    private static List<NoticeEntry> perHousehold(List<NoticeEntry> entries) {
        Map<Long, NoticeEntry> merged = new LinkedHashMap<>();
        for (NoticeEntry e : entries) {
            merged.merge(e.householdId(), e, (a, b) -> new NoticeEntry(a.householdId(), a.unionName(), a.headName(),
                    a.employer(), a.tier(), null, a.amountFen() + b.amountFen(), a.payments() + b.payments(),
                    a.lastPaidOn().isAfter(b.lastPaidOn()) ? a.lastPaidOn() : b.lastPaidOn()));
        }
        return new ArrayList<>(merged.values());
    }

    private static int kindOrder(String code) {
        if (code == null) return -1;
        try {
            return AssistanceKind.valueOf(code).ordinal();
        } catch (IllegalArgumentException unknown) {
            return Integer.MAX_VALUE;
        }
    }

    private static ReportTable.Column column(NoticeColumn c) {
        return switch (c) {
            case NAME -> ListParts.column("name", Type.TEXT);
            case UNION -> ListParts.column("union", Type.TEXT);
            case EMPLOYER -> ListParts.column("employer", Type.TEXT);
            case TIER -> ListParts.column("tier", Type.TEXT);
            case KIND -> ListParts.column("kind", Type.TEXT);
            case AMOUNT -> ListParts.column("amount", Type.MONEY);
            case PAID_ON -> ListParts.column("paid_on", Type.DATE);
        };
    }

    private static Object cell(NoticeColumn c, NoticeEntry e, Lang lang) {
        return switch (c) {
            case NAME -> Masks.name(e.headName());
            case UNION -> e.unionName();
            case EMPLOYER -> e.employer();
            case TIER -> ListParts.tier(e.tier(), lang);
            case KIND -> ListParts.label(AssistanceKind.class, e.kind(), lang);
            case AMOUNT -> e.amountFen();
            case PAID_ON -> e.lastPaidOn();
        };
    }
}
