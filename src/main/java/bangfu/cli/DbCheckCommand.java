package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.Database;
import bangfu.store.DatabaseIntegrity;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bangfu db check}: is the file sound — pages, references, schema — and how many rows each table holds. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check that the database file is sound, and count its rows, without changing it.",
            "Its pages (PRAGMA integrity_check), the references between rows (PRAGMA foreign_key_check), its schema "
                + "version and the tables and columns that version must have, and the rows per table; the file stays "
                + "byte for byte as it was. The records' content is checked by bangfu verify.",
            "Exit code 0 when sound, 1 when rows refer to rows that do not exist, 4 when the file is damaged, not a "
                + "bangfu database or of a newer schema."},
        footer = {"%nExamples:",
            "  bangfu --db union.db import examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db db check",
            "  bangfu --db union.db db check --format json"})
final class DbCheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        DatabaseIntegrity.Report report;
        try (Database db = Database.openForInspection(root.database())) {
            report = DatabaseIntegrity.check(db);
        }
        IntegrityOutput output = new IntegrityOutput(spec.commandLine().getOut(), lang);
        if (format == Format.json) output.json(report);
        else output.text(root.database(), report, Database.SCHEMA_VERSION);
        if (report.damaged()) {
            spec.commandLine().getErr().println("bangfu: " + Message.of("db.check_damaged", root.database()).render(lang));
            return ExitCode.DATABASE;
        }
        return report.referenceCount() > 0 ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }
}
