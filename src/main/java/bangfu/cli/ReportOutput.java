package bangfu.cli;

import bangfu.model.Denomination;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.SheetPlacement;
import bangfu.sheet.OutputFile;
import bangfu.sheet.ReportWorkbook;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * {@code --format}, {@code --unit} and {@code --out} of the report commands, and the writers of a
 * {@link Report} as a terminal table, CSV, JSON or Markdown (xlsx is written by {@link ReportWorkbook}).
 * Every writer takes money in exact fen from the report and rounds each figure once, for display.
 */
final class ReportOutput {
    enum Format { text, csv, json, md, xlsx }

    @Option(names = "--format", paramLabel = "text|csv|json|md|xlsx", defaultValue = "text", descriptionKey = "report.format")
    Format format;

    // An ASCII label: picocli aligns the option list by characters, and names completion variables after it.
    @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "元", converter = UnitConverter.class,
            completionCandidates = UnitConverter.Candidates.class, descriptionKey = "report.unit")
    Denomination unit;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "report.out")
    Path out;

    /** Writes the report where the options say; returns what to tell the clerk on success (null for stdout). */
    void write(Report report, Lang lang, PrintWriter stdout, CommandLine.Model.CommandSpec spec) {
        if (out != null) refuseTheDatabase(out, spec, lang);
        if (format == Format.xlsx) {
            if (out == null) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        Message.of("report.xlsx_needs_out").render(lang));
            }
            ReportWorkbook.write(report, lang, unit, out);
            return;
        }
        writeText(out, stdout, w -> print(report, lang, w));
    }

    /** Text to {@code out}, whole or not at all, or to the terminal when {@code out} is null. */
    static void writeText(Path out, PrintWriter stdout, java.util.function.Consumer<PrintWriter> body) {
        if (out == null) {
            body.accept(stdout);
            stdout.flush();
            return;
        }
        OutputFile.write(out, stream -> {
            PrintWriter file = new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
            body.accept(file);
            file.flush();
            // PrintWriter keeps write errors to itself: a full disk must not end in exit 0 and half a table.
            if (file.checkError()) throw new IOException("write failed");
        });
    }

    /** {@code --out} naming the database (or its journal files) would destroy the records the report is made of. */
    static void refuseTheDatabase(Path out, CommandLine.Model.CommandSpec spec, Lang lang) {
        Path database = ((BangfuCommand) spec.root().userObject()).database();
        if (DatabaseFiles.include(database, out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Message.of("report.out_is_database", out).render(lang));
        }
    }

    /**
     * Writes a report laid out by someone else's template ({@code report export}): as xlsx, each table on its
     * placed sheet; as csv, the one table {@code csvTable} names, its title lines and header on their rows. To
     * {@code out} whole or not at all, or csv to {@code stdout} when {@code out} is null.
     */
    static void writePlaced(Report report, Map<String, SheetPlacement> placements, boolean xlsx, String csvTable,
                            Path out, Lang lang, PrintWriter stdout, CommandLine.Model.CommandSpec spec) {
        if (out != null) refuseTheDatabase(out, spec, lang);
        if (xlsx) {
            if (out == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), Message.of("report.xlsx_needs_out").render(lang));
            }
            ReportWorkbook.write(report, lang, Denomination.YUAN, out, placements);
            return;
        }
        ReportTable table = report.tables().stream().filter(t -> t.id().equals(csvTable)).findFirst().orElseThrow();
        writeText(out, stdout, w -> placedCsv(table, placements.get(csvTable), lang, w));
    }

    /** One table as a csv file of its own: the title lines, blank lines down to the header row, then the rows. */
    private static void placedCsv(ReportTable t, SheetPlacement placement, Lang lang, PrintWriter out) {
        CsvLines csv = new CsvLines(out).withByteOrderMark();
        for (String line : placement.title()) csv.line(List.of(line));
        for (int r = placement.title().size() + 1; r < placement.headerRow(); r++) csv.line(List.of());
        List<String> head = new ArrayList<>();
        for (Column c : t.columns()) head.add(c.label().render(lang));
        csv.line(head);
        for (Row r : t.rows()) {
            List<Object> cells = new ArrayList<>();
            for (int i = 0; i < t.columns().size(); i++) {
                Object v = r.cells().get(i);
                cells.add(v != null && t.columns().get(i).type() == ReportTable.Type.MONEY ? Denomination.YUAN.of((Long) v) : v);
            }
            csv.line(cells);
        }
    }

    void print(Report report, Lang lang, PrintWriter w) {
        switch (format) {
            case text -> text(report, lang, unit, w);
            case csv -> csv(report, lang, unit, w);
            case json -> json(report, lang, w);
            case md -> markdown(report, lang, unit, w);
            case xlsx -> throw new IllegalStateException("xlsx is written to a file");
        }
    }

    // ---- terminal ----

    static void text(Report report, Lang lang, Denomination unit, PrintWriter out) {
        out.println(report.title().render(lang));
        for (Message line : report.subtitle()) out.println(line.render(lang));
        for (ReportTable t : report.tables()) {
            out.println();
            out.println(t.title().render(lang));
            boolean[] right = new boolean[t.columns().size()];
            for (int i = 0; i < right.length; i++) right[i] = t.columns().get(i).type() != ReportTable.Type.TEXT;
            TextTable table = new TextTable(headers(t, lang, unit), right);
            for (Row r : t.rows()) table.add(cells(t, r, unit, "  "));
            table.print(out);
            for (Message note : t.notes()) out.println(note(lang, note));
        }
    }

    // ---- csv ----

    static void csv(Report report, Lang lang, Denomination unit, PrintWriter out) {
        CsvLines csv = new CsvLines(out).withByteOrderMark();
        csv.line(List.of(report.title().render(lang)));
        for (Message line : report.subtitle()) csv.line(List.of(line.render(lang)));
        for (ReportTable t : report.tables()) {
            csv.line(List.of());
            csv.line(List.of(t.title().render(lang)));
            csv.line(headers(t, lang, unit));
            for (Row r : t.rows()) {
                List<Object> cells = new ArrayList<>();
                for (int i = 0; i < t.columns().size(); i++) {
                    Object v = r.cells().get(i);
                    ReportTable.Type type = t.columns().get(i).type();
                    if (v == null) cells.add(null);
                    else if (type == ReportTable.Type.MONEY) cells.add(unit.of((Long) v));
                    else if (type == ReportTable.Type.COUNT) cells.add(v);
                    else cells.add(format(type, v, unit, r.kind() == RowKind.OF_WHICH && i == 0 ? "  " : ""));
                }
                csv.line(cells);
            }
            for (Message note : t.notes()) csv.line(List.of(note(lang, note)));
        }
    }

    // ---- markdown ----

    static void markdown(Report report, Lang lang, Denomination unit, PrintWriter out) {
        out.println("# " + mdEscape(report.title().render(lang)));
        out.println();
        for (Message line : report.subtitle()) out.println(mdEscape(line.render(lang)) + "  ");
        for (ReportTable t : report.tables()) {
            out.println();
            out.println("## " + mdEscape(t.title().render(lang)));
            out.println();
            List<String> head = headers(t, lang, unit);
            StringBuilder s = new StringBuilder("|");
            StringBuilder rule = new StringBuilder("|");
            for (int i = 0; i < head.size(); i++) {
                s.append(' ').append(mdEscape(head.get(i))).append(" |");
                rule.append(t.columns().get(i).type() == ReportTable.Type.TEXT ? "---|" : "---:|");
            }
            out.println(s);
            out.println(rule);
            for (Row r : t.rows()) {
                StringBuilder line = new StringBuilder("|");
                boolean bold = r.kind() == RowKind.TOTAL || r.kind() == RowKind.SUBTOTAL;
                for (String c : cells(t, r, unit, "　")) {
                    String text = mdEscape(c);
                    line.append(' ').append(bold && !text.isBlank() ? "**" + text + "**" : text).append(" |");
                }
                out.println(line);
            }
            if (!t.notes().isEmpty()) out.println();
            for (Message note : t.notes()) out.println("> " + mdEscape(note(lang, note)) + "  ");
        }
    }

    private static String mdEscape(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("*", "\\*").replace("\n", " ");
    }

    // ---- json ----

    /** JSON for scripts: stable ids, numbers as numbers, money always in 元 with two decimals, shares 0..1. */
    static void json(Report report, Lang lang, PrintWriter out) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("report", report.id());
            g.writeStringField("title", report.title().render(lang));
            g.writeArrayFieldStart("subtitle");
            for (Message line : report.subtitle()) g.writeString(line.render(lang));
            g.writeEndArray();
            g.writeStringField("moneyUnit", "yuan");
            g.writeArrayFieldStart("tables");
            for (ReportTable t : report.tables()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("title", t.title().render(lang));
                g.writeArrayFieldStart("columns");
                for (Column c : t.columns()) {
                    g.writeStartObject();
                    g.writeStringField("id", c.id());
                    g.writeStringField("label", c.label().render(lang));
                    g.writeStringField("type", c.type().name().toLowerCase(Locale.ROOT));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("rows");
                for (Row r : t.rows()) {
                    g.writeStartObject();
                    g.writeStringField("kind", r.kind().name().toLowerCase(Locale.ROOT));
                    if (r.key() != null) g.writeStringField("key", r.key());
                    g.writeObjectFieldStart("cells");
                    for (int i = 0; i < t.columns().size(); i++) {
                        Column c = t.columns().get(i);
                        Object v = r.cells().get(i);
                        g.writeFieldName(c.id());
                        if (v == null) g.writeNull();
                        else switch (c.type()) {
                            case COUNT -> g.writeNumber(((Number) v).longValue());
                            case MONEY -> g.writeNumber(BigDecimal.valueOf((Long) v, 2));
                            case SHARE -> g.writeNumber(((BigDecimal) v).setScale(4, RoundingMode.HALF_UP));
                            case DATE, TEXT -> g.writeString(v.toString());
                        }
                    }
                    g.writeEndObject();
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("notes");
                for (Message note : t.notes()) g.writeString(note.render(lang));
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("charts");
            for (Report.Chart c : report.charts()) {
                g.writeStartObject();
                g.writeStringField("table", c.tableId());
                g.writeStringField("title", c.title().render(lang));
                g.writeStringField("shape", c.shape().name().toLowerCase(Locale.ROOT));
                g.writeStringField("category", c.categoryColumn());
                g.writeArrayFieldStart("values");
                for (String v : c.valueColumns()) g.writeString(v);
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    // ---- shared ----

    /** Column labels; money columns name their unit, e.g. 金额（万元）. */
    static List<String> headers(ReportTable t, Lang lang, Denomination unit) {
        List<String> head = new ArrayList<>();
        for (Column c : t.columns()) {
            String label = c.label().render(lang);
            if (c.type() == ReportTable.Type.MONEY) label += Message.of("report.unit." + unit.name()).render(lang);
            head.add(label);
        }
        return head;
    }

    /** A row's cells as shown; the first cell of an "of which" row is indented under its parent. */
    static List<String> cells(ReportTable t, Row r, Denomination unit, String indent) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.columns().size(); i++) {
            Object v = r.cells().get(i);
            String prefix = r.kind() == RowKind.OF_WHICH && i == 0 ? indent : "";
            out.add(v == null ? "" : format(t.columns().get(i).type(), v, unit, prefix));
        }
        return out;
    }

    static String format(ReportTable.Type type, Object v, Denomination unit, String prefix) {
        return switch (type) {
            case TEXT -> prefix + v;
            case COUNT -> v.toString();
            case MONEY -> unit.of((Long) v).toPlainString();
            case SHARE -> ((BigDecimal) v).movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
            case DATE -> v.toString();
        };
    }

    private static String note(Lang lang, Message note) {
        return Message.of("report.note", note.render(lang)).render(lang);
    }

    /** Accepts 元/万元 and their ASCII spellings for scripts. */
    static final class UnitConverter implements CommandLine.ITypeConverter<Denomination> {
        @Override
        public Denomination convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "元", "yuan" -> Denomination.YUAN;
                case "万元", "万", "wan", "wanyuan", "wan_yuan" -> Denomination.WAN_YUAN;
                default -> throw new UsageErrors.BadValue(Message.of("usage.expected_unit"));
            };
        }

        /** What completion offers after --unit. */
        static final class Candidates extends ArrayList<String> {
            Candidates() {
                super(List.of("元", "万元"));
            }
        }
    }
}
