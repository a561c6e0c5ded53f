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
import bangfu.sheet.OutputFile;
import bangfu.sheet.ReportWorkbook;
import bangfu.visit.Due;
import bangfu.visit.DueList;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --format}, {@code --out} and {@code --reveal} of {@code visit due}, and its writers: a table per cadre on
 * the terminal, one flat CSV for Excel, the JSON that scripts rely on, and an .xlsx with one printable sheet per cadre.
 */
final class DueOutput {
    enum Format { text, csv, json, xlsx }

    @Option(names = "--format", paramLabel = "text|csv|json|xlsx", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); xlsx needs --out.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
    Path out;

    @Option(names = "--reveal", description = "Show ID and phone numbers in full, for the cadres who must call.")
    boolean reveal;

    private static final String[] COLUMNS = {"head_id", "name", "union", "item", "due_on", "overdue_days", "visits_this_year",
        "owed", "address", "phone"};

    void write(DueList due, Policy policy, Lang lang, CommandLine.Model.CommandSpec spec) {
        if (format == Format.xlsx) {
            if (out == null) throw new CommandLine.ParameterException(spec.commandLine(), Message.of("report.xlsx_needs_out").render(lang));
            ReportWorkbook.write(byCadre(due, policy, lang), lang, Denomination.YUAN, out);
            return;
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (out == null) {
            print(due, policy, lang, stdout);
            stdout.flush();
            return;
        }
        OutputFile.write(out, stream -> {
            PrintWriter file = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            print(due, policy, lang, file);
            file.flush();
            if (file.checkError()) throw new IOException("write failed");
        });
    }

    private void print(DueList due, Policy policy, Lang lang, PrintWriter w) {
        switch (format) {
            case text -> ReportOutput.text(byCadre(due, policy, lang), lang, Denomination.YUAN, w);
            case csv -> csv(due, lang, w);
            case json -> json(due, w);
            case xlsx -> throw new IllegalStateException("xlsx is written to a file");
        }
    }

    /** One table per cadre, cadres in the list's order; what the list counts and how, under the title. */
    Report byCadre(DueList due, Policy policy, Lang lang) {
        Map<String, List<Due>> groups = new LinkedHashMap<>();
        for (Due d : due.items()) groups.computeIfAbsent(helper(d, lang), k -> new ArrayList<>()).add(d);
        List<ReportTable> tables = new ArrayList<>();
        for (Map.Entry<String, List<Due>> g : groups.entrySet()) {
            List<Row> rows = new ArrayList<>();
            for (Due d : g.getValue()) rows.add(new Row(RowKind.DATA, cells(d, lang)));
            // The cadre's name alone: it names the sheet of the workbook too.
            tables.add(new ReportTable("cadre" + tables.size(), Message.of("visit.due.cadre", g.getKey()), columns(),
                    rows, List.of()));
        }
        List<Message> lines = new ArrayList<>();
        lines.add(Message.of("visit.due.rules", policy.minVisits(), String.join(lang == Lang.ZH ? "、" : ", ",
                policy.followUpMonths().stream().map(String::valueOf).toList()), due.asOf()));
        long households = due.items().stream().map(d -> d.file().id()).distinct().count();
        lines.add(Message.of("visit.due.summary", due.items().size(), households, groups.size()));
        if (due.undated() > 0) lines.add(Message.of("visit.due.undated", due.undated()));
        lines.add(Message.of(reveal ? "visit.due.revealed" : "visit.due.masked"));
        return new Report("visit_due", Message.of("visit.due.title", due.asOf()), lines, tables, List.of());
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
        return h == null || h.isBlank() ? Message.of("visit.due.no_helper").render(lang) : h;
    }

    private void csv(DueList due, Lang lang, PrintWriter w) {
        CsvLines csv = new CsvLines(w).withByteOrderMark();
        List<Object> header = new ArrayList<>(List.of(VisitOutput.label("helper", lang)));
        for (String id : COLUMNS) header.add(VisitOutput.label(id, lang));
        csv.line(header);
        for (Due d : due.items()) {
            List<Object> row = new ArrayList<>();
            row.add(helper(d, lang));
            for (Object c : cells(d, lang)) row.add(c instanceof java.time.LocalDate day ? day.toString() : c);
            csv.line(row);
        }
    }

    /**
     * The contract scripts rely on: {@code {"as_of", "due": [{"head_id", "name", "union", "helper", "reason",
     * "follow_up_month", "due_on", "overdue_days", "visits_this_year"}]}}, {@code head_id} masked unless --reveal.
     */
    private void json(DueList due, PrintWriter w) {
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("as_of", due.asOf().toString());
            g.writeArrayFieldStart("due");
            for (Due d : due.items()) {
                g.writeStartObject();
                g.writeStringField("head_id", VisitOptions.shown(d.file().headId(), reveal));
                g.writeStringField("name", d.file().name());
                g.writeStringField("union", d.file().union());
                g.writeStringField("helper", d.file().helper());
                g.writeStringField("reason", d.reason() == Due.Reason.FOLLOW_UP ? "follow_up" : "yearly_minimum");
                if (d.followUpMonth() == null) g.writeNullField("follow_up_month");
                else g.writeNumberField("follow_up_month", Objects.requireNonNull(d.followUpMonth()));
                g.writeStringField("due_on", d.dueOn().toString());
                g.writeNumberField("overdue_days", d.overdueDays());
                g.writeNumberField("visits_this_year", d.visitsThisYear());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        w.println();
    }
}
