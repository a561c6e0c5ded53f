package bangfu.cli;

import bangfu.config.UploadTemplateFile;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.Selection;
import bangfu.model.UploadTemplate;
import bangfu.report.UploadExport;
import bangfu.store.Storage;
import bangfu.store.Stores;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bangfu report export}: the records in the column layout of a higher-level system's upload template. */
@Command(name = "export", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db report export --reveal \\", "      --out 上报-东城区.xlsx",
            "  bangfu report export --print-template > 上报模板.yaml",
            "  bangfu --db union.db report export --reveal \\", "      --template 上报模板.yaml --status 在档 --out 上报.csv"})
final class ReportExportCommand implements Callable<Integer> {
    enum Format { csv, xlsx }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin SelectionOptions filters;

    @Option(names = "--template", paramLabel = "NAME|FILE", defaultValue = "national")
    String template;

    @Option(names = "--print-template")
    boolean printTemplate;

    @Option(names = "--format", paramLabel = "csv|xlsx")
    Format format;

    @Option(names = "--sheet", paramLabel = "NAME")
    String sheet;

    @Option(names = "--out", paramLabel = "FILE")
    Path out;

    @Option(names = "--reveal")
    boolean reveal;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        PrintWriter stdout = spec.commandLine().getOut();
        if (printTemplate) {
            stdout.print(UploadTemplateFile.text(template));
            stdout.flush();
            return ExitCode.OK;
        }
        UploadTemplate layout = UploadTemplateFile.load(template);
        if (!reveal) {
            spec.commandLine().getErr().println("bangfu: " + Message.of("export.needs_reveal").render(lang));
            return ExitCode.USAGE;
        }
        boolean xlsx = format == Format.xlsx
                || format == null && out != null && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
        String csvTable = csvTable(layout, lang);
        Selection selection = filters.selection();
        Report export;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            if (SelectionOptions.unmatched(db, selection, lang, spec.commandLine().getErr())) return ExitCode.DATA_PROBLEMS;
            export = UploadExport.of(db, layout, selection);
        }
        if (export.tables().stream().allMatch(t -> t.rows().isEmpty())) {
            spec.commandLine().getErr().println("bangfu: " + Message.of("export.nothing", root.shownDatabase()).render(lang));
            return ExitCode.DATA_PROBLEMS;
        }
        ReportOutput.writePlaced(export, layout.placements(), xlsx, csvTable, out, lang, stdout, spec);
        if (out != null) stdout.println(Message.of("export.written", out, counts(export, layout, xlsx, csvTable, lang)).render(lang));
        return ExitCode.OK;
    }

    /** The sheet a csv file holds: the one --sheet names, else the template's first. */
    private String csvTable(UploadTemplate layout, Lang lang) {
        if (sheet == null) return layout.sheets().get(0).kind().key();
        return layout.sheets().stream().filter(s -> s.name().equals(sheet)).findFirst()
                .map(s -> s.kind().key())
                .orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(), Message.of("export.no_such_sheet",
                        sheet, String.join(", ", layout.sheets().stream().map(UploadTemplate.Sheet::name).toList())).render(lang)));
    }

    private static String counts(Report export, UploadTemplate layout, boolean xlsx, String csvTable, Lang lang) {
        List<String> parts = new ArrayList<>();
        for (UploadTemplate.Sheet s : layout.sheets()) {
            if (!xlsx && !s.kind().key().equals(csvTable)) continue;
            ReportTable t = export.tables().stream().filter(x -> x.id().equals(s.kind().key())).findFirst().orElseThrow();
            parts.add(Message.of("export.sheet_rows", s.name(), t.rows().size()).render(lang));
        }
        return String.join(Message.of("export.list_separator").render(lang), parts);
    }
}
