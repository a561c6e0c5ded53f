package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.Selection;
import bangfu.report.ChangeLog;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.store.Lists;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bangfu report changes}: what imports and commands changed in the files, field by field. */
@Command(name = "changes", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-弥勒市总工会-2016.xls",
            "  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db report changes",
            "  bangfu --db union.db report changes --import 2 \\", "      --format csv --out 变更.csv"})
final class ReportChangesCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ReportOutput output;
    @Mixin SelectionOptions filters;

    @Option(names = "--import", paramLabel = "N")
    Long importId;

    @Option(names = "--since", paramLabel = "DATE", converter = SelectionOptions.DayConverter.class)
    LocalDate since;

    @Option(names = "--household", paramLabel = "ID")
    String household;

    @Option(names = "--reveal")
    boolean reveal;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        if (importId != null && since != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), Message.of("lists.changes.import_or_since").render(lang));
        }
        String head = household == null ? null : IdArgument.parse(household, spec, lang);
        Selection selection = filters.selection();
        Report log;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            if (SelectionOptions.unmatched(db, selection, lang, spec.commandLine().getErr())) return ExitCode.DATA_PROBLEMS;
            if (importId != null && !db.lists().importExists(importId)) {
                spec.commandLine().getErr().println("bangfu: " + Message.of("lists.changes.no_import", importId, root.shownDatabase()).render(lang));
                return ExitCode.DATA_PROBLEMS;
            }
            if (head != null && !db.lists().headExists(head)) {
                spec.commandLine().getErr().println("bangfu: " + Message.of("dossier.not_found", Masks.middle(head), root.shownDatabase()).render(lang));
                return ExitCode.DATA_PROBLEMS;
            }
            log = ChangeLog.of(db, new ChangeLog.Scope(importId, since, head), selection, lang, reveal);
        }
        output.write(log, lang, spec.commandLine().getOut(), spec);
        return ExitCode.OK;
    }
}
