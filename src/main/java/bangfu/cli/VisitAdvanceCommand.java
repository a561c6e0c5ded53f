package bangfu.cli;

import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.visit.Advance;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bangfu visit advance [--apply]}: what the 渐退 follow-ups decide — 脱困, or 在档 again on new hardship. */
@Command(name = "advance", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\",
            "      examples/花名册-西城区总工会-2024.csv \\",
            "      examples/花名册-西城区总工会-2025.csv \\",
            "      examples/走访记录-西城区总工会-2025.csv",
            "  bangfu --db union.db visit advance --as-of 2025-08-20",
            "  bangfu --db union.db visit advance --as-of 2025-08-20 \\",
            "      --apply"})
final class VisitAdvanceCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin MappingOption policy;

    @Option(names = "--as-of", paramLabel = "DATE", converter = VisitOptions.DateConverter.class)
    LocalDate asOf;

    @Option(names = "--apply")
    boolean apply;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        String arguments = "--as-of " + day + (apply ? " --apply" : "");
        Advance.Plan plan;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            plan = Advance.run(db, policy.load(root.database()).policy(), day, apply, arguments, Clock.systemDefaultZone(),
                    VisitOutput.progress(spec.commandLine().getErr(), root));
        }
        VisitOutput.plan(spec.commandLine().getOut(), plan, root.language());
        return ExitCode.OK;
    }
}
