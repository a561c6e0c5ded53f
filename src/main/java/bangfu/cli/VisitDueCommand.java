package bangfu.cli;

import bangfu.model.Policy;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.visit.DueList;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bangfu visit due}: what a union hands its cadres, grouped by 帮扶责任人, overdue first. */
@Command(name = "due", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\",
            "      examples/花名册-西城区总工会-2024.csv \\",
            "      examples/花名册-西城区总工会-2025.csv \\",
            "      examples/走访记录-西城区总工会-2025.csv",
            "  bangfu --db union.db visit due --as-of 2025-08-20",
            "  bangfu --db union.db visit due --as-of 2025-08-20 \\",
            "      --format xlsx --out 走访任务.xlsx --reveal"})
final class VisitDueCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin MappingOption policy;
    @Mixin DueOutput output;

    @Option(names = "--as-of", paramLabel = "DATE", converter = VisitOptions.DateConverter.class)
    LocalDate asOf;

    @Option(names = "--union", paramLabel = "NAME")
    String union;

    @Option(names = "--helper", paramLabel = "NAME")
    String helper;

    @Option(names = "--within", paramLabel = "DAYS", defaultValue = "30")
    int within;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        if (within < 0) throw new CommandLine.ParameterException(spec.commandLine(), "--within must be 0 or more days.");
        Policy rules = policy.load(root.database()).policy();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            output.write(sink -> DueList.write(db, rules, day, union, helper, within, sink), rules, day, root.language(), spec);
        }
        return ExitCode.OK;
    }
}
