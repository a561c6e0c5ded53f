package bangfu.cli;

import bangfu.load.FileReport;
import bangfu.model.Counts;
import bangfu.model.Finding;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.UnlistedFindings;
import bangfu.model.ValueReading;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --limit}: how import results and findings are printed. */
final class FindingsOutput {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text", descriptionKey = "findings.format")
    Format format;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", descriptionKey = "findings.limit")
    int limit;

    private final Map<String, Message> failures = new LinkedHashMap<>();

    void failed(String file, Message reason) {
        failures.put(file, reason);
    }

    void printImports(PrintWriter out, List<FileReport> reports, Lang lang, boolean quiet, boolean dryRun) {
        if (format == Format.json) json(out, reports, lang, dryRun);
        else text(out, reports, lang, quiet, dryRun);
        out.flush();
    }

    private void text(PrintWriter out, List<FileReport> reports, Lang lang, boolean quiet, boolean dryRun) {
        for (FileReport r : reports) {
            if (!quiet) {
                out.println(r.file());
                if (r.alreadyImported()) {
                    out.println("  " + Message.of("cli.already_imported").render(lang));
                    continue;
                }
                for (FileReport.SheetReport s : r.sheets()) {
                    out.println("  " + Message.of("cli.sheet_line", s.sheet(), s.kind().label(lang), s.headerRow()).render(lang)
                            + "  " + counts(s.counts(), lang));
                }
                out.println("  " + Message.of("cli.total").render(lang) + "  " + counts(r.totals(), lang)
                        + (dryRun ? "  " + Message.of("cli.dry_run").render(lang) : ""));
                readings(out, r.readings(), lang);
            }
            findings(out, r, lang);
            unlisted(out, r, "cli.unlisted", lang);
        }
    }

    /**
     * One line per code of which only the first findings were kept in full, with how many more there were:
     * {@code key} takes the count, the code and how many of each code are kept.
     */
    static void unlisted(PrintWriter out, FileReport r, String key, Lang lang) {
        for (UnlistedFindings.Count u : r.unlisted().counts()) out.println(unlisted(r, u, key).render(lang));
    }

    static Message unlisted(FileReport r, UnlistedFindings.Count u, String key) {
        return Message.of(key, u.count(), u.code(), r.unlisted().keptPerCode());
    }

    /**
     * The line under a table cut short by --limit: how many of the findings kept in full it leaves out, and how
     * many there are in all; those not kept have their own lines.
     */
    static void more(PrintWriter out, FileReport r, int shown, Lang lang) {
        int listed = r.findings().size();
        if (shown >= listed) return;
        Message m = r.unlisted().isEmpty() ? Message.of("cli.more_findings", listed - shown, listed)
                : Message.of("cli.more_findings_kept", listed - shown, listed, r.findingCount());
        out.println(m.render(lang));
    }

    /** What values were read as, one line per mapping: {@code 致困原因: 子女教育 → 子女上学, 214 rows}. */
    static void readings(PrintWriter out, List<ValueReading> readings, Lang lang) {
        if (readings.isEmpty()) return;
        out.println("  " + Message.of("cli.readings").render(lang));
        for (ValueReading r : readings) {
            String how = Message.of("cli.reading." + r.reading().name().toLowerCase(Locale.ROOT)).render(lang);
            out.println("    " + Message.of(r.rows() == 1 ? "cli.reading_line_one" : "cli.reading_line", r.column(),
                    r.written(), r.label(), how, r.rows()).render(lang));
        }
    }

    static void writeReadings(JsonGenerator g, List<ValueReading> readings) throws IOException {
        g.writeArrayFieldStart("readings");
        for (ValueReading r : readings) {
            g.writeStartObject();
            g.writeStringField("column", r.column());
            g.writeStringField("written", r.written());
            g.writeStringField("code", r.code());
            g.writeStringField("label", r.label());
            g.writeStringField("reading", r.reading().name().toLowerCase(Locale.ROOT));
            g.writeNumberField("firstRow", r.firstRow());
            g.writeNumberField("rows", r.rows());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static String counts(Counts c, Lang lang) {
        return Message.of("cli.counts", c.read(), c.inserted(), c.updated(), c.unchanged(), c.rejected(), c.warnings())
                .render(lang);
    }

    private void findings(PrintWriter out, FileReport r, Lang lang) {
        List<Finding> all = r.findings();
        if (all.isEmpty()) return;
        int shown = limit <= 0 ? all.size() : Math.min(limit, all.size());
        TextTable table = new TextTable(List.of(label("sheet", lang), label("cell", lang), label("column", lang),
                label("value", lang), label("severity", lang), label("code", lang), label("problem", lang),
                label("hint", lang)));
        for (Finding f : all.subList(0, shown)) table.add(cells(f, lang));
        out.println();
        table.print(out);
        more(out, r, shown, lang);
        out.println();
    }

    /** A finding as the table shows it: sheet, cell, column, value, severity, code, problem, how to fix. */
    static List<String> cells(Finding f, Lang lang) {
        return List.of(f.where().sheet(), f.where().cell(), f.where().header(), f.value(),
                label(f.severity().name().toLowerCase(), lang), f.issue().code(),
                f.issue().message().render(lang), f.issue().hint().render(lang));
    }

    static String label(String key, Lang lang) {
        return Message.of("cli.label." + key).render(lang);
    }

    private void json(PrintWriter out, List<FileReport> reports, Lang lang, boolean dryRun) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeBooleanField("dryRun", dryRun);
            g.writeArrayFieldStart("files");
            Counts total = Counts.ZERO;
            for (FileReport r : reports) {
                total = total.plus(r.totals());
                g.writeStartObject();
                g.writeStringField("file", r.file());
                g.writeStringField("sha256", r.sha256());
                g.writeBooleanField("alreadyImported", r.alreadyImported());
                g.writeBooleanField("committed", r.committed());
                writeCounts(g, "counts", r.totals());
                g.writeArrayFieldStart("sheets");
                for (FileReport.SheetReport s : r.sheets()) {
                    g.writeStartObject();
                    g.writeStringField("sheet", s.sheet());
                    g.writeStringField("kind", s.kind().key());
                    g.writeNumberField("headerRow", s.headerRow());
                    writeCounts(g, "counts", s.counts());
                    g.writeEndObject();
                }
                g.writeEndArray();
                writeReadings(g, r.readings());
                g.writeArrayFieldStart("findings");
                for (Finding f : r.findings()) writeFinding(g, f, lang);
                g.writeEndArray();
                writeUnlisted(g, r);
                g.writeEndObject();
            }
            for (Map.Entry<String, Message> failed : failures.entrySet()) {
                g.writeStartObject();
                g.writeStringField("file", failed.getKey());
                g.writeStringField("error", failed.getValue().key());
                g.writeStringField("message", failed.getValue().render(lang));
                g.writeEndObject();
            }
            g.writeEndArray();
            writeCounts(g, "totals", total);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /** The findings not kept in full, per code, when there are any. */
    static void writeUnlisted(JsonGenerator g, FileReport r) throws IOException {
        if (r.unlisted().isEmpty()) return;
        g.writeArrayFieldStart("unlisted");
        for (UnlistedFindings.Count u : r.unlisted().counts()) {
            g.writeStartObject();
            g.writeStringField("code", u.code());
            g.writeStringField("severity", u.severity().name().toLowerCase());
            g.writeNumberField("count", u.count());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeCounts(JsonGenerator g, String name, Counts c) throws IOException {
        g.writeObjectFieldStart(name);
        g.writeNumberField("read", c.read());
        g.writeNumberField("inserted", c.inserted());
        g.writeNumberField("updated", c.updated());
        g.writeNumberField("unchanged", c.unchanged());
        g.writeNumberField("rejected", c.rejected());
        g.writeNumberField("warnings", c.warnings());
        g.writeEndObject();
    }

    static void writeFinding(JsonGenerator g, Finding f, Lang lang) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", f.where().file());
        g.writeStringField("sheet", f.where().sheet());
        g.writeNumberField("row", f.where().row());
        g.writeStringField("cell", f.where().cell());
        g.writeStringField("column", f.where().header());
        g.writeStringField("value", f.value());
        g.writeStringField("code", f.issue().code());
        g.writeStringField("severity", f.severity().name().toLowerCase());
        g.writeStringField("message", f.issue().message().render(lang));
        g.writeStringField("hint", f.issue().hint().render(lang));
        g.writeEndObject();
    }
}
