package bangfu.cli;

import bangfu.model.Denomination;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Policy;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import bangfu.sheet.ReportWorkbook;
import bangfu.sheet.UnwritableFileException;
import bangfu.visit.Due;
import bangfu.visit.DueList;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --format}, {@code --out} and {@code --reveal} of {@code visit due}, and its writers: a table per cadre on
 * the terminal, one flat CSV for Excel, the JSON that scripts rely on, and an .xlsx with one printable sheet per
 * cadre. Text, CSV and JSON are written as the list comes, so a list of a million lines needs no more memory than
 * one of ten; a workbook is built whole, so it takes at most {@value #WORKBOOK_ITEMS} lines.
 */
final class DueOutput {
    enum Format { text, csv, json, xlsx }

    /** More lines than this make no printable workbook, and would not fit the memory of an office PC's Java. */
    static final int WORKBOOK_ITEMS = 100_000;

    @Option(names = "--format", paramLabel = "text|csv|json|xlsx", defaultValue = "text", descriptionKey = "due.format")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "due.out")
    Path out;

    @Option(names = "--reveal", descriptionKey = "due.reveal")
    boolean reveal;

    private static final String[] COLUMNS = {"head_id", "name", "union", "item", "due_on", "overdue_days", "visits_this_year",
        "owed", "address", "phone"};

    /** @param list runs the list into the sink it is given, while the database is open */
    void write(Function<DueList.Sink, DueList.Summary> list, Policy policy, LocalDate asOf, Lang lang,
               CommandLine.Model.CommandSpec spec) {
        if (out != null) ReportOutput.refuseTheDatabase(out, spec, lang);
        if (format == Format.xlsx) {
            if (out == null) throw new CommandLine.ParameterException(spec.commandLine(), Message.of("report.xlsx_needs_out").render(lang));
            List<Due> items = new ArrayList<>();
            DueList.Summary summary = list.apply(d -> {
                if (items.size() == WORKBOOK_ITEMS) {
                    throw new UnwritableFileException(Message.of("visit.due.too_many_for_xlsx", out, WORKBOOK_ITEMS), null);
                }
                items.add(d);
            });
            ReportWorkbook.write(byCadre(items, summary, policy, lang), lang, Denomination.YUAN, out);
            return;
        }
        ReportOutput.writeText(out, spec.commandLine().getOut(), w -> {
            // The terminal's writer flushes at every line: a list of many lines goes out in blocks instead.
            PrintWriter blocks = new PrintWriter(w, false);
            print(list, policy, asOf, lang, blocks);
            blocks.flush();
        });
    }

    private void print(Function<DueList.Sink, DueList.Summary> list, Policy policy, LocalDate asOf, Lang lang, PrintWriter w) {
        switch (format) {
            case text -> text(list, policy, asOf, lang, w);
            case csv -> csv(list, lang, w);
            case json -> json(list, asOf, w);
            case xlsx -> throw new IllegalStateException("xlsx is written to a file");
        }
    }

    // ---- text: a table per cadre, written as each cadre's lines are complete ----

    private void text(Function<DueList.Sink, DueList.Summary> list, Policy policy, LocalDate asOf, Lang lang, PrintWriter w) {
        w.println(Message.of("visit.due.title", asOf).render(lang));
        w.println(rules(policy, asOf, lang).render(lang));
        w.println(Message.of(reveal ? "visit.due.revealed" : "visit.due.masked").render(lang));
        boolean[] right = new boolean[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) right[i] = columns().get(i).type() == Type.COUNT;
        List<String> headers = new ArrayList<>();
        for (Column c : columns()) headers.add(c.label().render(lang));
        List<Due> group = new ArrayList<>();
        DueList.Summary summary = list.apply(d -> {
            if (!group.isEmpty() && !Objects.equals(group.get(0).file().helper(), d.file().helper())) {
                printGroup(group, headers, right, lang, w);
                group.clear();
            }
            group.add(d);
        });
        if (!group.isEmpty()) printGroup(group, headers, right, lang, w);
        w.println();
        for (Message m : summary(summary)) w.println(m.render(lang));
    }

    private void printGroup(List<Due> group, List<String> headers, boolean[] right, Lang lang, PrintWriter w) {
        w.println();
        w.println(helper(group.get(0), lang));
        TextTable table = new TextTable(headers, right);
        for (Due d : group) {
            List<String> cells = new ArrayList<>();
            for (Object c : cells(d, lang)) cells.add(c == null ? "" : c.toString());
            table.add(cells);
        }
        table.print(w);
    }

    // ---- xlsx: one table, and so one printable sheet, per cadre ----

    /** One table per cadre, cadres in the list's order; what the list counts and how, under the title. */
    private Report byCadre(List<Due> items, DueList.Summary summary, Policy policy, Lang lang) {
        Map<String, List<Due>> groups = new LinkedHashMap<>();
        for (Due d : items) groups.computeIfAbsent(helper(d, lang), k -> new ArrayList<>()).add(d);
        List<ReportTable> tables = new ArrayList<>();
        for (Map.Entry<String, List<Due>> g : groups.entrySet()) {
            List<Row> rows = new ArrayList<>();
            for (Due d : g.getValue()) rows.add(new Row(RowKind.DATA, cells(d, lang)));
            // The cadre's name alone: it names the sheet of the workbook too.
            tables.add(new ReportTable("cadre" + tables.size(), Message.of("visit.due.cadre", g.getKey()), columns(), rows, List.of()));
        }
        List<Message> lines = new ArrayList<>(List.of(rules(policy, summary.asOf(), lang)));
        lines.addAll(summary(summary));
        lines.add(Message.of(reveal ? "visit.due.revealed" : "visit.due.masked"));
        return new Report("visit_due", Message.of("visit.due.title", summary.asOf()), lines, tables, List.of());
    }

    // ---- csv ----

    private void csv(Function<DueList.Sink, DueList.Summary> list, Lang lang, PrintWriter w) {
        CsvLines csv = new CsvLines(w).withByteOrderMark();
        List<Object> header = new ArrayList<>(List.of(VisitOutput.label("helper", lang)));
        for (String id : COLUMNS) header.add(VisitOutput.label(id, lang));
        csv.line(header);
        list.apply(d -> {
            List<Object> row = new ArrayList<>();
            row.add(helper(d, lang));
            for (Object c : cells(d, lang)) row.add(c instanceof LocalDate day ? day.toString() : c);
            csv.line(row);
        });
    }

    // ---- json ----

    /**
     * The contract scripts rely on: {@code {"as_of", "due": [{"head_id", "name", "union", "helper", "reason",
     * "follow_up_month", "due_on", "overdue_days", "visits_this_year"}]}}, {@code head_id} masked unless --reveal.
     */
    private void json(Function<DueList.Sink, DueList.Summary> list, LocalDate asOf, PrintWriter w) {
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("as_of", asOf.toString());
            g.writeArrayFieldStart("due");
            list.apply(d -> {
                try {
                    g.writeStartObject();
                    g.writeStringField("head_id", VisitOptions.shown(d.file().headId(), reveal));
                    g.writeStringField("name", d.file().name());
                    g.writeStringField("union", d.file().union());
                    g.writeStringField("helper", d.file().helper());
                    g.writeStringField("reason", d.reason() == Due.Reason.FOLLOW_UP ? "follow_up" : "yearly_minimum");
                    if (d.followUpMonth() == null) g.writeNullField("follow_up_month");
                    else g.writeNumberField("follow_up_month", d.followUpMonth().intValue());
                    g.writeStringField("due_on", d.dueOn().toString());
                    g.writeNumberField("overdue_days", d.overdueDays());
                    g.writeNumberField("visits_this_year", d.visitsThisYear());
                    g.writeEndObject();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.println();
    }

    // ---- shared ----

    private static Message rules(Policy policy, LocalDate asOf, Lang lang) {
        return Message.of("visit.due.rules", policy.minVisits(), String.join(lang == Lang.ZH ? "、" : ", ",
                policy.followUpMonths().stream().map(String::valueOf).toList()), asOf);
    }

    private static List<Message> summary(DueList.Summary s) {
        List<Message> lines = new ArrayList<>(List.of(Message.of("visit.due.summary", s.items(), s.households(), s.cadres())));
        if (s.undated() > 0) lines.add(Message.of("visit.due.undated", s.undated()));
        return lines;
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        for (String id : COLUMNS) {
            Type type = switch (id) {
                case "overdue_days", "visits_this_year", "owed" -> Type.COUNT;
                case "due_on" -> Type.DATE;
                default -> Type.TEXT;
            };
            columns.add(new Column(id, Message.of("visit.label." + id), type));
        }
        return columns;
    }

    private List<Object> cells(Due d, Lang lang) {
        return Arrays.asList(VisitOptions.shown(d.file().headId(), reveal), d.file().name(), VisitOutput.nz(d.file().union()),
                item(d, lang), d.dueOn(), d.overdueDays(), (long) d.visitsThisYear(), (long) d.owed(),
                VisitOutput.nz(d.file().address()), VisitOptions.phone(d.file().phone(), reveal));
    }

    private static String item(Due d, Lang lang) {
        return d.reason() == Due.Reason.FOLLOW_UP ? Message.of("visit.due.item.follow_up", d.followUpMonth()).render(lang)
                : Message.of("visit.due.item.yearly_minimum").render(lang);
    }

    private static String helper(Due d, Lang lang) {
        String h = d.file().helper();
        return h == null ? Message.of("visit.due.no_helper").render(lang) : h;
    }
}
