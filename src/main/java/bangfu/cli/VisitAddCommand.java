package bangfu.cli;

import bangfu.load.FileReport;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.visit.VisitDesk;
import java.time.Clock;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bangfu visit add ID --date D --kind K --visitor NAME}: one visit, typed after a round of visits. */
@Command(name = "add", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\",
            "      examples/花名册-西城区总工会-2024.csv \\",
            "      examples/花名册-西城区总工会-2025.csv",
            "  bangfu --db union.db visit add 110102197008175338 \\",
            "      --date 2025-08-28 --kind 渐退期回访 \\",
            "      --visitor 孙淑珍 --outcome 稳定 --note 收入稳定"})
final class VisitAddCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin MappingOption mapping;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--date", required = true, paramLabel = "DATE")
    String date;

    @Option(names = "--kind", required = true, paramLabel = "KIND", completionCandidates = VisitOptions.Kinds.class)
    String kind;

    @Option(names = "--visitor", required = true, paramLabel = "NAME")
    String visitor;

    @Option(names = "--outcome", paramLabel = "OUTCOME", completionCandidates = VisitOptions.Outcomes.class)
    String outcome;

    @Option(names = "--note", paramLabel = "TEXT")
    String note;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        FileReport report;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            report = VisitDesk.add(db, mapping.load(root.database()), Arrays.asList(id, date, kind, visitor, outcome, note),
                    Clock.systemDefaultZone());
        }
        VisitOutput.added(spec.commandLine().getOut(), report, id, date, kind, root.language());
        return report.totals().rejected() > 0 ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }
}
