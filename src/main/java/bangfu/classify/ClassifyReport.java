package bangfu.classify;

import bangfu.classify.IncomeAccount.Item;
import bangfu.config.ClassifyPolicy;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A classification as a report, for the terminal, CSV, Markdown and xlsx: what would change, counted by
 * transition, then the households with their reasons; and one household's explanation, step by step.
 */
public final class ClassifyReport {
    private ClassifyReport() {
    }

    /** The listing of a run, with the households {@code shown} (the first of those listed, or all of them). */
    public static Report listing(Classification.Outcome o, List<Change> shown, Lang lang, boolean reveal) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(transitions(o, lang));
        tables.add(households(o, shown, lang, reveal));
        return new Report("classify", Message.of("classify.title"), heading(o), tables, List.of());
    }

    /** The listing's title lines and its table of changes, for a writer that streams the households after them. */
    public static Report changes(Classification.Outcome o, Lang lang) {
        return new Report("classify", Message.of("classify.title"), heading(o), List.of(transitions(o, lang)), List.of());
    }

    private static List<Message> heading(Classification.Outcome o) {
        return List.of(policyLine(o.policy(), o.asOf()), Message.of("classify.summary", o.classified(),
                o.changes() - o.moves(), o.moves(), o.undecided(), o.disagreeing()));
    }

    private static Message policyLine(ClassifyPolicy p, LocalDate asOf) {
        return Message.of("classify.policy", asOf, p.version().isEmpty() ? "-" : p.version(), p.digest().substring(0, 12));
    }

    private static ReportTable transitions(Classification.Outcome o, Lang lang) {
        List<Column> columns = List.of(new Column("transition", Message.of("classify.col.transition"), Type.TEXT),
                new Column("households", Message.of("classify.col.households"), Type.COUNT));
        List<Row> rows = new ArrayList<>();
        o.transitions().forEach((key, n) -> {
            String[] parts = key.split("->");
            String from = tierWord(parts[0], lang);
            String to = parts[1].equals("none") ? Message.of("classify.to_phasing_out").render(lang) : tierWord(parts[1], lang);
            rows.add(new Row(RowKind.DATA, key, Arrays.asList(from + " → " + to, (long) n)));
        });
        rows.add(new Row(RowKind.TOTAL, "total", Arrays.asList(Message.of("classify.total").render(lang), (long) o.changes())));
        List<Message> notes = o.transitions().isEmpty() ? List.of(Message.of("classify.no_changes")) : List.of();
        return new ReportTable("changes", Message.of("classify.table.changes"), columns, rows, notes);
    }

    private static String tierWord(String code, Lang lang) {
        return code.equals("none") ? Message.of("classify.no_tier").render(lang) : bangfu.model.Tier.valueOf(code).label(lang);
    }

    /** The columns of the households table. */
    public static List<Column> householdColumns() {
        return List.of(
                new Column("head_id", Message.of("classify.col.head_id"), Type.TEXT),
                new Column("name", Message.of("classify.col.name"), Type.TEXT),
                new Column("union", Message.of("classify.col.union"), Type.TEXT),
                new Column("region", Message.of("classify.col.region"), Type.TEXT),
                new Column("current_tier", Message.of("classify.col.current"), Type.TEXT),
                new Column("computed_tier", Message.of("classify.col.computed"), Type.TEXT),
                new Column("per_capita_monthly", Message.of("classify.col.per_capita"), Type.MONEY),
                new Column("dibao", Message.of("classify.col.dibao"), Type.MONEY),
                new Column("action", Message.of("classify.col.action"), Type.TEXT),
                new Column("reasons", Message.of("classify.col.reasons"), Type.TEXT));
    }

    /** One household's row, in the order of {@link #householdColumns}; money in fen, empty cells null. */
    public static List<Object> householdRow(Change c, Lang lang, boolean reveal) {
        Household h = c.household();
        Decision d = c.decision();
        return Arrays.asList(headId(h, reveal), h.name(), h.union(), h.region().display(), Reasons.tier(h.tier(), lang),
                d.decided() ? Reasons.tier(d.tier(), lang) : "?", d.income().used().map(PerCapita::roundedFen).orElse(null),
                d.dibao().map(f -> f.figure().fen()).orElse(null), action(c, lang),
                String.join(lang == Lang.ZH ? "；" : "; ", Reasons.of(c, lang)));
    }

    public static Message householdsTitle() {
        return Message.of("classify.table.households");
    }

    /** The notes under the households: how many are not shown, and whether anything was written. */
    public static List<Message> householdNotes(Classification.Outcome o, int shown) {
        List<Message> notes = new ArrayList<>();
        if (shown < o.listed().size()) notes.add(Message.of("classify.more", o.listed().size() - shown, o.listed().size()));
        if (o.runId().isPresent()) {
            notes.add(Message.of("classify.applied", o.runId().getAsLong(), o.changes() - o.moves(), o.moves()));
        } else if (o.changes() > 0) {
            notes.add(Message.of("classify.dry_run"));
        }
        return notes;
    }

    private static ReportTable households(Classification.Outcome o, List<Change> shown, Lang lang, boolean reveal) {
        List<Row> rows = new ArrayList<>();
        for (Change c : shown) rows.add(new Row(RowKind.DATA, householdRow(c, lang, reveal)));
        return new ReportTable("households", householdsTitle(), householdColumns(), rows, householdNotes(o, shown.size()));
    }

    /** What --apply does (or did) to the file. */
    public static String action(Change c, Lang lang) {
        return switch (c.kind()) {
            case TIER -> Message.of("classify.action.tier", c.decision().tier().orElseThrow().label(lang)).render(lang);
            case MOVE -> Message.of("classify.action.move", c.move().orElseThrow().to().label(lang), c.move().get().on()).render(lang);
            case NONE -> Message.of(c.decision().decided() ? "classify.action.none" : "classify.action.undecided").render(lang);
        };
    }

    public static String headId(Household h, boolean reveal) {
        return reveal ? h.headId() : Masks.middle(h.headId());
    }

    // ---- one household ----

    /** Every step of one household's decision: income, 低保, exclusions, each tier's condition, the outcome. */
    public static Report explanation(Change c, ClassifyPolicy policy, LocalDate asOf, Lang lang, boolean reveal) {
        Household h = c.household();
        Decision d = c.decision();
        List<Message> subtitle = new ArrayList<>();
        subtitle.add(Message.of("classify.explain.household", headId(h, reveal), h.name(), h.union(),
                h.region().display().isEmpty() ? "?" : h.region().display()));
        subtitle.add(Message.of("classify.explain.current", Reasons.tier(h.tier(), lang), h.status().label(lang)));
        subtitle.add(policyLine(policy, asOf));
        List<ReportTable> tables = new ArrayList<>();
        tables.add(income(d, lang, h));
        tables.add(dibao(d, h, lang));
        if (!d.exclusions().isEmpty()) tables.add(exclusions(d, lang));
        tables.add(conditions(d, lang));
        tables.add(outcome(c, lang));
        return new Report("classify-explain", Message.of("classify.explain.title", h.name()), subtitle, tables, List.of());
    }

    private static ReportTable income(Decision d, Lang lang, Household h) {
        List<Column> columns = List.of(new Column("item", Message.of("classify.col.item"), Type.TEXT),
                new Column("amount", Message.of("classify.col.yearly_amount"), Type.MONEY));
        List<Row> rows = new ArrayList<>();
        IncomeAccount income = d.income();
        long sum = 0;
        for (Item i : income.items()) {
            rows.add(new Row(RowKind.DATA, i.kind().name(), Arrays.asList(Reasons.incomeItem(i, lang), i.fen())));
            sum += i.fen();
        }
        if (!income.items().isEmpty()) {
            rows.add(new Row(RowKind.TOTAL, "net", Arrays.asList(Message.of("classify.income.net").render(lang),
                    income.missing().isEmpty() ? sum : null)));
        }
        List<Message> notes = new ArrayList<>();
        h.income().size().ifPresentOrElse(size -> notes.add(Message.of("classify.explain.size", size)),
                () -> notes.add(Message.of("classify.explain.no_size")));
        income.computed().ifPresent(p -> notes.add(Message.of("classify.explain.computed", Reasons.perCapita(p))));
        if (income.computed().isEmpty() && !income.missing().isEmpty()) {
            notes.add(Message.of("classify.explain.not_computed", Reasons.missing(income.missing(), lang)));
        }
        income.stated().ifPresent(s -> notes.add(Message.of("classify.explain.stated", Reasons.yuan(s))));
        if (income.disagrees()) notes.add(Message.of("classify.explain.note", Reasons.disagreement(income, lang)));
        notes.add(income.used().map(p -> Message.of(income.stated().isPresent() ? "classify.explain.used_stated"
                : "classify.explain.used_computed", Reasons.perCapita(p))).orElse(Message.of("classify.explain.used_none")));
        return new ReportTable("income", Message.of("classify.table.income"), columns, rows, notes);
    }

    private static ReportTable dibao(Decision d, Household h, Lang lang) {
        List<Column> columns = List.of(new Column("figure", Message.of("classify.col.figure"), Type.TEXT));
        List<Row> rows = new ArrayList<>();
        String text = d.dibao().map(f -> Reasons.figure(f, lang)).orElseGet(() -> Reasons.missing(
                java.util.List.of(h.region().known() ? Input.DIBAO : Input.REGION), lang));
        rows.add(new Row(RowKind.DATA, "dibao", List.of(text)));
        return new ReportTable("dibao", Message.of("classify.table.dibao"), columns, rows, List.of());
    }

    private static ReportTable exclusions(Decision d, Lang lang) {
        List<Column> columns = List.of(new Column("exclusion", Message.of("classify.col.exclusion"), Type.TEXT),
                new Column("result", Message.of("classify.col.result"), Type.TEXT));
        List<Row> rows = new ArrayList<>();
        for (ExclusionCheck x : d.exclusions()) {
            rows.add(new Row(RowKind.DATA, x.exclusion().name(), Arrays.asList(x.exclusion().label(lang),
                    Reasons.exclusionResult(x, lang))));
        }
        return new ReportTable("exclusions", Message.of("classify.table.exclusions"), columns, rows, List.of());
    }

    private static ReportTable conditions(Decision d, Lang lang) {
        List<Column> columns = List.of(new Column("tier", Message.of("classify.col.tier"), Type.TEXT),
                new Column("verdict", Message.of("classify.col.verdict"), Type.TEXT),
                new Column("tests", Message.of("classify.col.tests"), Type.TEXT));
        List<Row> rows = new ArrayList<>();
        for (Condition c : d.conditions()) {
            String tests = String.join(lang == Lang.ZH ? "；" : "; ", c.tests().stream().map(t -> Reasons.test(t, lang)).toList());
            rows.add(new Row(RowKind.DATA, c.tier().name(), Arrays.asList(c.tier().label(lang), Reasons.verdict(c.verdict(), lang), tests)));
        }
        return new ReportTable("conditions", Message.of("classify.table.conditions"), columns, rows,
                List.of(Message.of("classify.explain.precedence")));
    }

    private static ReportTable outcome(Change c, Lang lang) {
        List<Column> columns = List.of(new Column("what", Message.of("classify.col.item"), Type.TEXT),
                new Column("value", Message.of("classify.col.value"), Type.TEXT));
        Decision d = c.decision();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row(RowKind.DATA, "computed_tier", Arrays.asList(Message.of("classify.col.computed").render(lang),
                d.decided() ? Reasons.tier(d.tier(), lang) : "?")));
        rows.add(new Row(RowKind.DATA, "rule", Arrays.asList(Message.of("classify.col.rule").render(lang), d.rule())));
        rows.add(new Row(RowKind.DATA, "action", Arrays.asList(Message.of("classify.col.action").render(lang), action(c, lang))));
        if (!d.missing().isEmpty()) {
            rows.add(new Row(RowKind.DATA, "missing", Arrays.asList(Message.of("classify.col.missing").render(lang),
                    Reasons.missing(d.missing(), lang))));
        }
        return new ReportTable("outcome", Message.of("classify.table.outcome"), columns, rows, List.of());
    }
}
