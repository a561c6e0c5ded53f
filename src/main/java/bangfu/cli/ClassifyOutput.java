package bangfu.cli;

import bangfu.classify.Change;
import bangfu.classify.Classification;
import bangfu.classify.ClassifyReport;
import bangfu.classify.FileSource;
import bangfu.config.ClassifyPolicy;
import bangfu.model.Denomination;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.sheet.ReportWorkbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --out} of classify: the listing or one explanation as text, JSON, CSV or xlsx. */
final class ClassifyOutput {
    enum Format { text, json, csv, xlsx }

    @Option(names = "--format", paramLabel = "text|json|csv|xlsx", defaultValue = "text", descriptionKey = "classify.format")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "report.out")
    Path out;

    /**
     * The listing: the households are read again from {@code files} as they are written, so JSON and CSV stream
     * however many there are; the terminal shows the first {@code limit}.
     */
    void listing(Classification.Outcome o, FileSource files, Lang lang, boolean reveal, int limit, PrintWriter stdout,
                 CommandLine.Model.CommandSpec spec) {
        switch (format) {
            case json -> write(stdout, spec, lang, null, w -> ClassifyJson.outcome(o, files, lang, reveal, w));
            case csv -> write(stdout, spec, lang, null, w -> csv(o, files, lang, reveal, w));
            default -> {
                // a file or a spreadsheet holds every household; the terminal the first --limit
                int rows = format == Format.text && out == null ? limit : 0;
                write(stdout, spec, lang, ClassifyReport.listing(o, o.listed().first(files, rows), lang, reveal), null);
            }
        }
    }

    private static void csv(Classification.Outcome o, FileSource files, Lang lang, boolean reveal, PrintWriter w) {
        ReportOutput.csv(ClassifyReport.changes(o, lang), lang, Denomination.YUAN, w);
        CsvLines csv = new CsvLines(w);
        csv.line(List.of());
        csv.line(List.of(ClassifyReport.householdsTitle().render(lang)));
        List<Object> header = new ArrayList<>();
        for (ReportTable.Column c : ClassifyReport.householdColumns()) {
            String label = c.label().render(lang);
            header.add(c.type() == ReportTable.Type.MONEY ? label + Message.of("report.unit.YUAN").render(lang) : label);
        }
        csv.line(header);
        o.listed().forEach(files, 0, c -> {
            List<Object> cells = new ArrayList<>(ClassifyReport.householdRow(c, lang, reveal));
            for (int i = 0; i < cells.size(); i++) {
                if (ClassifyReport.householdColumns().get(i).type() == ReportTable.Type.MONEY && cells.get(i) != null) {
                    cells.set(i, Denomination.YUAN.of((Long) cells.get(i)));
                }
            }
            csv.line(cells);
        });
        for (Message note : ClassifyReport.householdNotes(o, o.listed().size())) {
            csv.line(List.of(Message.of("report.note", note.render(lang)).render(lang)));
        }
    }

    void explanation(Change c, ClassifyPolicy policy, LocalDate asOf, Lang lang, boolean reveal, PrintWriter stdout,
                     CommandLine.Model.CommandSpec spec) {
        if (format == Format.json) {
            write(stdout, spec, lang, null, w -> ClassifyJson.explanation(c, policy, asOf, lang, reveal, w));
        } else if (format == Format.csv) {
            Report r = ClassifyReport.explanation(c, policy, asOf, lang, reveal);
            write(stdout, spec, lang, null, w -> ReportOutput.csv(r, lang, Denomination.YUAN, w));
        } else {
            write(stdout, spec, lang, ClassifyReport.explanation(c, policy, asOf, lang, reveal), null);
        }
    }

    /** Writes {@code report} (text, xlsx) or what {@code streamed} writes (json, csv) where --out says. */
    private void write(PrintWriter stdout, CommandLine.Model.CommandSpec spec, Lang lang, Report report,
                       java.util.function.Consumer<PrintWriter> streamed) {
        if (out != null) ReportOutput.refuseTheDatabase(out, spec, lang);
        if (format == Format.xlsx) {
            if (out == null) throw new CommandLine.ParameterException(spec.commandLine(), Message.of("report.xlsx_needs_out").render(lang));
            ReportWorkbook.write(report, lang, Denomination.YUAN, out);
            return;
        }
        ReportOutput.writeText(out, stdout, w -> {
            switch (format) {
                case json, csv -> streamed.accept(w);
                default -> ReportOutput.text(report, lang, Denomination.YUAN, w);
            }
        });
    }
}
