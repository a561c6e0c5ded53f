package bangfu.cli;

import bangfu.classify.Change;
import bangfu.classify.Classification;
import bangfu.classify.ClassifyReport;
import bangfu.config.ClassifyPolicy;
import bangfu.model.Denomination;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.sheet.ReportWorkbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --format} and {@code --out} of classify: the listing or one explanation as text, JSON, CSV or xlsx. */
final class ClassifyOutput {
    enum Format { text, json, csv, xlsx }

    @Option(names = "--format", paramLabel = "text|json|csv|xlsx", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}); xlsx needs --out.")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of the terminal.")
    Path out;

    void listing(Classification.Outcome o, Lang lang, boolean reveal, int limit, PrintWriter stdout,
                 CommandLine.Model.CommandSpec spec) {
        if (format == Format.json) {
            write(stdout, spec, lang, null, w -> ClassifyJson.outcome(o, lang, reveal, w));
        } else {
            // a file or a spreadsheet holds every household; the terminal the first --limit
            int rows = format == Format.text && out == null ? limit : 0;
            write(stdout, spec, lang, ClassifyReport.listing(o, lang, reveal, rows), null);
        }
    }

    void explanation(Change c, ClassifyPolicy policy, LocalDate asOf, Lang lang, boolean reveal, PrintWriter stdout,
                     CommandLine.Model.CommandSpec spec) {
        if (format == Format.json) {
            write(stdout, spec, lang, null, w -> ClassifyJson.explanation(c, policy, asOf, lang, reveal, w));
        } else {
            write(stdout, spec, lang, ClassifyReport.explanation(c, policy, asOf, lang, reveal), null);
        }
    }

    private void write(PrintWriter stdout, CommandLine.Model.CommandSpec spec, Lang lang, Report report,
                       java.util.function.Consumer<PrintWriter> json) {
        if (out != null) ReportOutput.refuseTheDatabase(out, spec, lang);
        if (format == Format.xlsx) {
            if (out == null) throw new CommandLine.ParameterException(spec.commandLine(), Message.of("report.xlsx_needs_out").render(lang));
            ReportWorkbook.write(report, lang, Denomination.YUAN, out);
            return;
        }
        ReportOutput.writeText(out, stdout, w -> {
            switch (format) {
                case json -> json.accept(w);
                case csv -> ReportOutput.csv(report, lang, Denomination.YUAN, w);
                default -> ReportOutput.text(report, lang, Denomination.YUAN, w);
            }
        });
    }
}
