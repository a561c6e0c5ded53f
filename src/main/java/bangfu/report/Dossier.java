package bangfu.report;

import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.CloseReason;
import bangfu.model.FileLevel;
import bangfu.model.FileStatus;
import bangfu.model.FundSource;
import bangfu.model.Gender;
import bangfu.model.Labelled;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.model.PaymentMethod;
import bangfu.model.Report;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import bangfu.model.ReportTable;
import bangfu.model.Relation;
import bangfu.model.Tier;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import bangfu.store.Storage;
import bangfu.store.Dossiers;
import bangfu.store.Dossiers.Facts;
import bangfu.store.Dossiers.FilePeriod;
import bangfu.store.Dossiers.Member;
import bangfu.store.Dossiers.Payment;
import bangfu.store.Dossiers.StatusChange;
import bangfu.store.Dossiers.Visit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The one-household dossier (一户一档) as a {@link Report}: the file with all its periods (newest first), the
 * members, assistance by year and payment by payment, the visits and the status history with what caused
 * each change. ID and phone numbers are masked unless the caller reveals them.
 */
public final class Dossier {
    private final Lang lang;
    private final boolean reveal;

    private Dossier(Lang lang, boolean reveal) {
        this.lang = lang;
        this.reveal = reveal;
    }

    /**
     * The dossier of the household whose head, or one of whose members, has this 18-character ID; empty
     * when the database knows no such person.
     */
    public static Optional<Report> of(Storage db, String idNumber, Lang lang, boolean reveal) {
        return db.dossiers().find(idNumber).map(facts -> new Dossier(lang, reveal).report(facts));
    }

    Report report(Facts facts) {
        FilePeriod newest = facts.periods().get(0);
        boolean several = facts.periods().size() > 1;
        List<Message> subtitle = new ArrayList<>();
        subtitle.add(Message.of("dossier.head", newest.headName(), id(newest.headId()), newest.unionName()));
        subtitle.add(Message.of("dossier.periods", facts.periods().size(), label(FileStatus.class, newest.status())));
        facts.asMember().ifPresent(m -> subtitle.add(Message.of("dossier.found_as_member", id(m.idNumber()), m.name(),
                m.relation() == null ? "-" : label(Relation.class, m.relation()), m.period())));
        subtitle.add(Message.of(reveal ? "dossier.revealed" : "dossier.masked"));
        List<ReportTable> tables = List.of(file(facts.periods()), members(facts.members(), several),
                byYear(facts.payments()), payments(facts.payments(), several), visits(facts.visits(), several),
                history(facts.history())).stream().map(this::freeTextMasked).toList();
        List<Report.Chart> charts = List.of(new Report.Chart("assistance_by_year", Message.of("dossier.chart.by_year"),
                Report.Shape.BAR, "year", List.of("amount")));
        return new Report("household", Message.of("dossier.title", newest.headName()), subtitle, tables, charts);
    }

    // ---- the file, one column per period ----

    private ReportTable file(List<FilePeriod> periods) {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("item", Message.of("dossier.col.item"), Type.TEXT));
        for (FilePeriod p : periods) columns.add(new Column("period_" + p.period(), Message.of("dossier.col.period", p.period()), Type.TEXT));
        List<Row> rows = new ArrayList<>();
        field(rows, periods, "head_name", FilePeriod::headName);
        field(rows, periods, "head_id", p -> id(p.headId()));
        field(rows, periods, "gender", p -> label(Gender.class, p.gender()));
        field(rows, periods, "ethnicity", FilePeriod::ethnicity);
        field(rows, periods, "birth_date", p -> birth(p.birthDate()));
        field(rows, periods, "phone", p -> phone(p.phone()));
        field(rows, periods, "union", FilePeriod::unionName);
        field(rows, periods, "employer", FilePeriod::employer);
        field(rows, periods, "region", FilePeriod::region);
        field(rows, periods, "address", FilePeriod::address);
        field(rows, periods, "status", p -> label(FileStatus.class, p.status()));
        field(rows, periods, "tier", p -> label(Tier.class, p.tier()));
        field(rows, periods, "file_level", p -> label(FileLevel.class, p.fileLevel()));
        field(rows, periods, "filed_on", p -> text(p.filedOn()));
        field(rows, periods, "exited_on", p -> text(p.exitedOn()));
        field(rows, periods, "closed_on", p -> text(p.closedOn()));
        field(rows, periods, "close_reason", p -> worded(label(CloseReason.class, p.closeReason()), p.closeReasonWording()));
        field(rows, periods, "main_cause", p -> worded(label(Cause.class, p.mainCause()), p.mainCauseWording()));
        field(rows, periods, "secondary_causes", p -> worded(causes(p.secondaryCauses()), p.secondaryCausesWording()));
        field(rows, periods, "household_size", p -> text(p.householdSize()));
        field(rows, periods, "yearly_income", p -> yuan(p.yearlyIncomeFen()));
        field(rows, periods, "per_capita_monthly", p -> yuan(p.perCapitaMonthlyFen()));
        field(rows, periods, "helper", FilePeriod::helper);
        field(rows, periods, "note", FilePeriod::note);
        return new ReportTable("file", Message.of("dossier.table.file"), columns, rows, List.of());
    }

    /** One line of the file; a field no period states is left out rather than shown empty. */
    private void field(List<Row> rows, List<FilePeriod> periods, String key, Function<FilePeriod, String> value) {
        List<Object> cells = new ArrayList<>();
        cells.add(Message.of("dossier.field." + key).render(lang));
        boolean any = false;
        for (FilePeriod p : periods) {
            String v = value.apply(p);
            any |= v != null && !v.isBlank();
            cells.add(v);
        }
        if (any) rows.add(new Row(RowKind.DATA, key, cells));
    }

    // ---- members ----

    private ReportTable members(List<Member> members, boolean several) {
        List<Column> columns = new ArrayList<>();
        if (several) columns.add(new Column("period", Message.of("dossier.col.period_no"), Type.COUNT));
        columns.addAll(List.of(
                new Column("name", Message.of("dossier.col.name"), Type.TEXT),
                new Column("relation", Message.of("dossier.col.relation"), Type.TEXT),
                new Column("id", Message.of("dossier.col.id"), Type.TEXT),
                new Column("gender", Message.of("dossier.col.gender"), Type.TEXT),
                new Column("birth_date", Message.of("dossier.col.birth_date"), Type.TEXT),
                new Column("health", Message.of("dossier.col.health"), Type.TEXT),
                new Column("occupation", Message.of("dossier.col.occupation"), Type.TEXT)));
        List<Row> rows = new ArrayList<>();
        for (Member m : members) {
            List<Object> cells = new ArrayList<>();
            if (several) cells.add((long) m.period());
            cells.addAll(Arrays.asList(m.name(), label(Relation.class, m.relation()), id(m.idNumber()), label(Gender.class, m.gender()),
                    birth(m.birthDate()), m.health(), m.occupation()));
            rows.add(new Row(RowKind.DATA, cells));
        }
        return new ReportTable("members", Message.of("dossier.table.members"), columns, rows,
                members.isEmpty() ? List.of(Message.of("dossier.none.members")) : List.of());
    }

    // ---- assistance ----

    private ReportTable byYear(List<Payment> payments) {
        Map<Integer, long[]> years = new TreeMap<>();
        for (Payment p : payments) {
            long[] sums = years.computeIfAbsent(p.paidOn().getYear(), y -> new long[2]);
            sums[0]++;
            sums[1] += p.amountFen();
        }
        List<Row> rows = new ArrayList<>();
        long count = 0;
        long fen = 0;
        for (Map.Entry<Integer, long[]> e : years.entrySet()) {
            rows.add(new Row(RowKind.DATA, String.valueOf(e.getKey()), Arrays.asList(String.valueOf(e.getKey()), e.getValue()[0], e.getValue()[1])));
            count += e.getValue()[0];
            fen += e.getValue()[1];
        }
        rows.add(new Row(RowKind.TOTAL, "total", Arrays.asList(Message.of("dossier.total").render(lang), count, fen)));
        return new ReportTable("assistance_by_year", Message.of("dossier.table.by_year"), List.of(
                new Column("year", Message.of("dossier.col.year"), Type.TEXT),
                new Column("payments", Message.of("dossier.col.payments"), Type.COUNT),
                new Column("amount", Message.of("dossier.col.amount"), Type.MONEY)), rows, List.of());
    }

    private ReportTable payments(List<Payment> payments, boolean several) {
        List<Column> columns = new ArrayList<>();
        if (several) columns.add(new Column("period", Message.of("dossier.col.period_no"), Type.COUNT));
        columns.addAll(List.of(
                new Column("paid_on", Message.of("dossier.col.paid_on"), Type.DATE),
                new Column("kind", Message.of("dossier.col.kind"), Type.TEXT),
                new Column("fund_source", Message.of("dossier.col.fund_source"), Type.TEXT),
                new Column("method", Message.of("dossier.col.method"), Type.TEXT),
                new Column("amount", Message.of("dossier.col.amount"), Type.MONEY),
                new Column("card", Message.of("dossier.col.card"), Type.TEXT),
                new Column("batch", Message.of("dossier.col.batch"), Type.TEXT)));
        List<Row> rows = new ArrayList<>();
        long fen = 0;
        for (Payment p : payments) {
            List<Object> cells = new ArrayList<>();
            if (several) cells.add((long) p.period());
            cells.addAll(Arrays.asList(p.paidOn(), worded(label(AssistanceKind.class, p.kind()), p.kindWording()),
                    worded(label(FundSource.class, p.fundSource()), p.fundSourceWording()),
                    label(PaymentMethod.class, p.method()), p.amountFen(), p.cardMasked(), p.batch()));
            rows.add(new Row(RowKind.DATA, cells));
            fen += p.amountFen();
        }
        List<Object> total = new ArrayList<>();
        for (Column c : columns) total.add(c.id().equals("amount") ? (Object) fen : null);
        total.set(several ? 2 : 1, Message.of("dossier.total").render(lang));
        rows.add(new Row(RowKind.TOTAL, "total", total));
        return new ReportTable("assistance", Message.of("dossier.table.payments"), columns, rows,
                List.of(Message.of("dossier.note.cards")));
    }

    // ---- visits ----

    private ReportTable visits(List<Visit> visits, boolean several) {
        List<Column> columns = new ArrayList<>();
        if (several) columns.add(new Column("period", Message.of("dossier.col.period_no"), Type.COUNT));
        columns.addAll(List.of(
                new Column("visited_on", Message.of("dossier.col.visited_on"), Type.DATE),
                new Column("kind", Message.of("dossier.col.visit_kind"), Type.TEXT),
                new Column("visitor", Message.of("dossier.col.visitor"), Type.TEXT),
                new Column("outcome", Message.of("dossier.col.outcome"), Type.TEXT),
                new Column("next_visit_on", Message.of("dossier.col.next_visit_on"), Type.DATE),
                new Column("findings", Message.of("dossier.col.findings"), Type.TEXT),
                new Column("requests", Message.of("dossier.col.requests"), Type.TEXT),
                new Column("measures", Message.of("dossier.col.measures"), Type.TEXT)));
        List<Row> rows = new ArrayList<>();
        for (Visit v : visits) {
            List<Object> cells = new ArrayList<>();
            if (several) cells.add((long) v.period());
            cells.addAll(Arrays.asList(v.visitedOn(), label(VisitKind.class, v.kind()), v.visitor(),
                    label(VisitOutcome.class, v.outcome()), v.nextVisitOn(), v.findings(), v.requests(), v.measures()));
            rows.add(new Row(RowKind.DATA, cells));
        }
        return new ReportTable("visits", Message.of("dossier.table.visits"), columns, rows,
                visits.isEmpty() ? List.of(Message.of("dossier.none.visits")) : List.of());
    }

    // ---- status history ----

    private ReportTable history(List<StatusChange> history) {
        List<Column> columns = List.of(
                new Column("period", Message.of("dossier.col.period_no"), Type.COUNT),
                new Column("changed_on", Message.of("dossier.col.changed_on"), Type.DATE),
                new Column("from", Message.of("dossier.col.from"), Type.TEXT),
                new Column("to", Message.of("dossier.col.to"), Type.TEXT),
                new Column("reason", Message.of("dossier.col.reason"), Type.TEXT),
                new Column("source", Message.of("dossier.col.source"), Type.TEXT));
        List<Row> rows = new ArrayList<>();
        for (StatusChange s : history) {
            String from = s.fromStatus() == null ? Message.of("dossier.opened").render(lang) : label(FileStatus.class, s.fromStatus());
            rows.add(new Row(RowKind.DATA, Arrays.asList((long) s.period(), s.changedOn(), from,
                    label(FileStatus.class, s.toStatus()), label(CloseReason.class, s.reason()), source(s))));
        }
        return new ReportTable("history", Message.of("dossier.table.history"), columns, rows, List.of());
    }

    /** What caused a change: the imported file by name, or the command that made it and the visit that decided. */
    private String source(StatusChange s) {
        String by = s.fileName() != null ? Message.of("dossier.by_import", s.fileName()).render(lang)
                : s.visitOn() != null ? Message.of("dossier.by_visit", s.command(), s.visitOn()).render(lang)
                : Message.of("dossier.by_command", s.command()).render(lang);
        return s.fromUnion() == null ? by : Message.of("dossier.transfer", s.fromUnion(), s.toUnion(), by).render(lang);
    }

    // ---- values ----

    private <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        if (code == null || code.isBlank()) return null;
        try {
            return Enum.valueOf(type, code).label(lang);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    private String causes(String codes) {
        if (codes == null || codes.isBlank()) return null;
        List<String> labels = new ArrayList<>();
        for (String code : codes.split(",")) labels.add(label(Cause.class, code.strip()));
        return String.join(lang == Lang.ZH ? "、" : ", ", labels);
    }

    /** 其他 with what the file wrote, when the value was a term without a code of its own: 其他（单亲家庭）. */
    private String worded(String label, String wording) {
        if (label == null || wording == null || wording.isBlank()) return label;
        return lang == Lang.ZH ? label + "（" + wording + "）" : label + " (" + wording + ")";
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static String yuan(Long fen) {
        return fen == null ? null : BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /**
     * Free text (a 备注, an address, a visit's note) may hold someone's ID or phone number typed in full: masked
     * like the columns that are known to hold them, unless revealed.
     */
    private ReportTable freeTextMasked(ReportTable table) {
        if (reveal) return table;
        return new ReportTable(table.id(), table.title(), table.columns(), ListParts.numbersMasked(table.rows()), table.notes());
    }

    /** An ID number: {@code 1101**********0011} unless revealed. */
    String id(String number) {
        if (number == null || number.isBlank()) return null;
        return reveal ? number : Masks.middle(number);
    }

    /**
     * A birth date: the year only unless revealed, because the date with the masked ID's first and last four
     * characters leaves only two digits of the ID unknown.
     */
    String birth(Object date) {
        if (date == null) return null;
        String t = date.toString();
        return reveal || t.length() < 4 ? t : t.substring(0, 4);
    }

    /** A phone number: {@code 138****5678} unless revealed. */
    String phone(String number) {
        if (number == null || number.isBlank()) return null;
        return reveal ? number : Masks.phone(number);
    }
}
