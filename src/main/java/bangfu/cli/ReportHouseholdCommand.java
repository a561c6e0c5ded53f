package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.report.Dossier;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.model.Masks;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code bangfu report household ID}: everything on file about one household (一户一档). */
@Command(name = "household", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db import examples/救助发放表-2024.xlsx",
            "  bangfu --db union.db import examples/走访记录-2024.xlsx",
            "  bangfu --db union.db report household \\", "      110101199003262822",
            "  bangfu --db union.db report household \\", "      110101199003262822 --format xlsx --out 萧娜.xlsx"})
final class ReportHouseholdCommand implements Callable<Integer> {
    @ParentCommand ReportCommand report;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ReportOutput output;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--reveal")
    boolean reveal;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        String head = IdArgument.parse(id, spec, lang);
        Optional<Report> dossier;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            dossier = Dossier.of(db, head, lang, reveal);
        }
        if (dossier.isEmpty()) {
            spec.commandLine().getErr().println("bangfu: "
                    + Message.of("dossier.not_found", Masks.middle(head), root.shownDatabase()).render(lang));
            return ExitCode.DATA_PROBLEMS;
        }
        output.write(dossier.get(), lang, spec.commandLine().getOut(), spec);
        return ExitCode.OK;
    }
}
