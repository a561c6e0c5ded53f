package bangfu.cli;

import bangfu.load.FileReport;
import bangfu.model.Counts;
import bangfu.model.Finding;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Severity;
import bangfu.model.UnlistedFindings;
import bangfu.sheet.AnnotatedCopy;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Prints what {@code verify FILE…} found: a summary and a table per file, one JSON document, or CSV lines. */
final class VerificationOutput {
    private final Lang lang;
    private final int limit;
    private final boolean strict;
    private final boolean quiet;

    VerificationOutput(Lang lang, int limit, boolean strict, boolean quiet) {
        this.lang = lang;
        this.limit = limit;
        this.strict = strict;
        this.quiet = quiet;
    }

    // ---- text ------------------------------------------------------------------------------------------

    void text(PrintWriter out, List<FileVerification.VerifiedFile> files) {
        for (FileVerification.VerifiedFile f : files) {
            // The reason a file could not be read went to stderr already, as import does it.
            if (f.report() == null) continue;
            FileReport r = f.report();
            if (!quiet) {
                out.println(r.file());
                for (FileReport.SheetReport s : r.sheets()) {
                    out.println("  " + Message.of("verify.sheet_line", s.sheet(), s.kind().label(lang), s.headerRow()).render(lang)
                            + "  " + counts(s.counts(), r.count(s.sheet(), Severity.ERROR), r.count(s.sheet(), Severity.WARNING)));
                }
                out.println("  " + Message.of("verify.total").render(lang) + "  " + counts(r.totals(), f.errors(), f.warnings()));
                byCode(out, r, Severity.ERROR, "verify.errors_by_code");
                byCode(out, r, Severity.WARNING, "verify.warnings_by_code");
                FindingsOutput.readings(out, r.readings(), lang);
                f.annotated().ifPresent(a -> {
                    out.println("  " + Message.of(a.valuesOnly() ? "verify.annotated_values_only" : "verify.annotated", a.file())
                            .render(lang));
                    if (!a.allCommented()) out.println("  " + commented(a).render(lang));
                });
            }
            table(out, r);
            FindingsOutput.unlisted(out, r, unlistedKey(f), lang);
            if (!quiet && r.findingCount() == 0) {
                out.println("  " + Message.of("verify.no_findings").render(lang));
                out.println();
            }
        }
        if (!quiet) summary(out, files);
    }

    /** Where the comments of an annotated copy stop, and, when some findings were not kept, how many are listed. */
    static Message commented(AnnotatedCopy.Written a) {
        return a.listed() == a.findings()
                ? Message.of("verify.annotated_commented", a.findings(), a.commented(), a.lastCommented())
                : Message.of("verify.annotated_commented_unlisted", a.findings(), a.commented(), a.lastCommented(), a.listed());
    }

    /** Findings not kept in full still have their cells filled in an annotated copy, and the line says so. */
    private static String unlistedKey(FileVerification.VerifiedFile f) {
        return f.annotated().isPresent() ? "verify.unlisted_filled" : "cli.unlisted";
    }

    private String counts(Counts c, long errors, long warnings) {
        return Message.of("verify.counts", c.read(), c.rejected(), errors, warnings).render(lang);
    }

    private void byCode(PrintWriter out, FileReport report, Severity severity, String key) {
        Map<String, Long> codes = report.codes(severity);
        if (codes.isEmpty()) return;
        List<String> parts = new ArrayList<>();
        codes.forEach((code, n) -> parts.add(code + " " + n));
        out.println("  " + Message.of(key).render(lang) + "  " + String.join(", ", parts));
    }

    /** The findings grouped by row: the sheet and row are named once, on the row's first finding. */
    private void table(PrintWriter out, FileReport report) {
        List<Finding> findings = report.findings();
        if (findings.isEmpty()) return;
        List<List<Finding>> rows = byRow(findings);
        TextTable table = new TextTable(List.of(FindingsOutput.label("sheet", lang), Message.of("verify.label.row").render(lang),
                FindingsOutput.label("cell", lang), FindingsOutput.label("column", lang), FindingsOutput.label("value", lang),
                FindingsOutput.label("severity", lang), FindingsOutput.label("code", lang),
                FindingsOutput.label("problem", lang), FindingsOutput.label("hint", lang)));
        int shown = 0;
        for (List<Finding> row : rows) {
            // Whole rows only: a clerk fixing row 12 wants all of row 12.
            if (limit > 0 && shown > 0 && shown + row.size() > limit) break;
            boolean first = true;
            for (Finding f : row) {
                List<String> cells = new ArrayList<>(FindingsOutput.cells(f, lang));
                cells.add(1, f.where().row() > 0 ? Integer.toString(f.where().row()) : "");
                if (f.where().column().isEmpty()) cells.set(2, ""); // about the whole row: the row says it all
                if (!first) {
                    cells.set(0, "");
                    cells.set(1, "");
                }
                table.add(cells);
                first = false;
            }
            shown += row.size();
        }
        out.println();
        table.print(out);
        FindingsOutput.more(out, report, shown, lang);
        out.println();
    }

    /** Sheet by sheet as in the file, row by row, and within a row from left to right. */
    static List<List<Finding>> byRow(List<Finding> findings) {
        Map<String, Integer> sheetOrder = new HashMap<>();
        for (Finding f : findings) sheetOrder.putIfAbsent(f.where().sheet(), sheetOrder.size());
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Comparator.<Finding>comparingInt(f -> sheetOrder.get(f.where().sheet()))
                .thenComparingInt(f -> f.where().row())
                .thenComparingInt(f -> f.where().column().length())
                .thenComparing(f -> f.where().column()));
        List<List<Finding>> rows = new ArrayList<>();
        Finding previous = null;
        for (Finding f : sorted) {
            if (previous == null || !previous.where().sheet().equals(f.where().sheet()) || previous.where().row() != f.where().row()) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(f);
            previous = f;
        }
        return rows;
    }

    private void summary(PrintWriter out, List<FileVerification.VerifiedFile> files) {
        long rows = 0, rejected = 0, errors = 0, warnings = 0, failed = 0;
        for (FileVerification.VerifiedFile f : files) {
            if (f.report() == null) {
                failed++;
                continue;
            }
            rows += f.report().totals().read();
            rejected += f.report().totals().rejected();
            errors += f.errors();
            warnings += f.warnings();
        }
        out.println(Message.of("verify.summary", files.size() - failed, rows, errors, rejected, warnings).render(lang)
                + (strict ? " " + Message.of("verify.strict").render(lang) : ""));
        if (failed > 0) out.println(Message.of("verify.summary_failed", failed).render(lang));
    }

    // ---- JSON ------------------------------------------------------------------------------------------

    void json(PrintWriter out, List<FileVerification.VerifiedFile> files) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeBooleanField("strict", strict);
            g.writeArrayFieldStart("files");
            long rows = 0, rejected = 0, errors = 0, warnings = 0, failed = 0;
            for (FileVerification.VerifiedFile f : files) {
                g.writeStartObject();
                g.writeStringField("file", f.name());
                if (f.report() == null) {
                    failed++;
                    g.writeStringField("error", f.failure().key());
                    g.writeStringField("message", f.failure().render(lang));
                    g.writeEndObject();
                    continue;
                }
                FileReport r = f.report();
                g.writeStringField("sha256", r.sha256());
                writeCounts(g, r.totals(), f.errors(), f.warnings());
                writeCodes(g, "errorsByCode", r.codes(Severity.ERROR));
                writeCodes(g, "warningsByCode", r.codes(Severity.WARNING));
                FindingsOutput.writeUnlisted(g, r);
                g.writeArrayFieldStart("sheets");
                for (FileReport.SheetReport s : r.sheets()) {
                    g.writeStartObject();
                    g.writeStringField("sheet", s.sheet());
                    g.writeStringField("kind", s.kind().key());
                    g.writeNumberField("headerRow", s.headerRow());
                    writeCounts(g, s.counts(), r.count(s.sheet(), Severity.ERROR), r.count(s.sheet(), Severity.WARNING));
                    g.writeEndObject();
                }
                g.writeEndArray();
                FindingsOutput.writeReadings(g, r.readings());
                if (f.annotated().isPresent()) {
                    AnnotatedCopy.Written a = f.annotated().get();
                    g.writeStringField("annotated", a.file().toString());
                    g.writeBooleanField("annotatedValuesOnly", a.valuesOnly());
                    g.writeNumberField("annotatedCells", a.markedCells());
                    g.writeNumberField("annotatedCommented", a.commented());
                }
                g.writeEndObject();
                rows += r.totals().read();
                rejected += r.totals().rejected();
                errors += f.errors();
                warnings += f.warnings();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("totals");
            g.writeNumberField("files", files.size());
            g.writeNumberField("unreadable", failed);
            g.writeNumberField("rowsChecked", rows);
            g.writeNumberField("rowsRejected", rejected);
            g.writeNumberField("errors", errors);
            g.writeNumberField("warnings", warnings);
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (FileVerification.VerifiedFile f : files) {
                for (List<Finding> row : byRow(f.findings())) for (Finding finding : row) FindingsOutput.writeFinding(g, finding, lang);
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    private static void writeCounts(JsonGenerator g, Counts c, long errors, long warnings) throws IOException {
        g.writeNumberField("rowsChecked", c.read());
        g.writeNumberField("rowsRejected", c.rejected());
        g.writeNumberField("errors", errors);
        g.writeNumberField("warnings", warnings);
    }

    private static void writeCodes(JsonGenerator g, String name, Map<String, Long> codes) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, Long> e : codes.entrySet()) g.writeNumberField(e.getKey(), e.getValue());
        g.writeEndObject();
    }

    // ---- CSV -------------------------------------------------------------------------------------------

    /**
     * One finding per line, for a spreadsheet; a file that cannot be read is one line with its reason, and so is
     * each code of which some findings were only counted.
     */
    void csv(PrintWriter out, List<FileVerification.VerifiedFile> files) {
        CsvLines csv = new CsvLines(out).withByteOrderMark();
        csv.line(List.of("file", "sheet", "row", "cell", "column", "value", "severity", "code", "message", "hint"));
        for (FileVerification.VerifiedFile f : files) {
            if (f.report() == null) {
                csv.line(List.of(f.name(), "", "", "", "", "", "error", "FILE_UNREADABLE", f.failure().render(lang), ""));
                continue;
            }
            for (List<Finding> row : byRow(f.findings())) {
                for (Finding x : row) {
                    csv.line(List.of(x.where().file(), x.where().sheet(), x.where().row(), x.where().cell(), x.where().header(),
                            x.value(), x.severity().name().toLowerCase(), x.issue().code(), x.issue().message().render(lang),
                            x.issue().hint().render(lang)));
                }
            }
            for (UnlistedFindings.Count u : f.report().unlisted().counts()) {
                csv.line(List.of(f.name(), "", "", "", "", "", u.severity().name().toLowerCase(), u.code(),
                        FindingsOutput.unlisted(f.report(), u, unlistedKey(f)).render(lang), ""));
            }
        }
    }
}
