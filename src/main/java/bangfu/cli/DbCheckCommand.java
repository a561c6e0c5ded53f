package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.store.IntegrityReport;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bangfu db check}: is the file sound — pages, references, schema — and how many rows each table holds. */
@Command(name = "check", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db db check",
            "  bangfu --db union.db db check --format json"})
final class DbCheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    Format format;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        IntegrityReport report;
        try (Storage db = Stores.open(root.location(), Storage.Access.INSPECT)) {
            report = db.integrity();
        }
        IntegrityOutput output = new IntegrityOutput(spec.commandLine().getOut(), lang);
        if (format == Format.json) output.json(report);
        else output.text(Stores.shown(root.location()), report, Stores.SCHEMA_VERSION);
        if (report.damaged()) {
            spec.commandLine().getErr().println("bangfu: " + Message.of("db.check_damaged", Stores.shown(root.location())).render(lang));
            return ExitCode.DATABASE;
        }
        return report.referenceCount() > 0 ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }
}
