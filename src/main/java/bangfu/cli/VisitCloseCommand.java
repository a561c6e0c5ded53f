package bangfu.cli;

import bangfu.model.CloseReason;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.visit.Closing;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bangfu visit close ID --reason R --date D}: 注销 with its reason, recorded like every change of status. */
@Command(name = "close", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\",
            "      examples/花名册-西城区总工会-2024.csv",
            "  bangfu --db union.db visit close 110102198909281845 \\",
            "      --reason 调离 --date 2025-06-30"})
final class VisitCloseCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--reason", required = true, paramLabel = "REASON", converter = VisitOptions.ReasonConverter.class,
            completionCandidates = VisitOptions.Reasons.class)
    CloseReason reason;

    @Option(names = "--date", required = true, paramLabel = "DATE", converter = VisitOptions.DateConverter.class)
    LocalDate date;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        String head = IdArgument.read(id, "visit.bad_id", spec, root.language()).value();
        Optional<Closing.Outcome> outcome;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            outcome = Closing.close(db, head, reason, date, VisitOptions.shown(head, false) + " --reason " + reason.name() + " --date " + date,
                    Clock.systemDefaultZone());
        }
        if (outcome.isEmpty()) return VisitOutput.noFile(spec, head, root);
        return VisitOutput.closed(spec, outcome.get(), root.language()) ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }
}
