package bangfu.cli;

import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.visit.VisitLog;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bangfu visit list ID}: one household's visits, newest first, the follow-ups they did and what is due. */
@Command(name = "list", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\",
            "      examples/花名册-西城区总工会-2024.csv \\",
            "      examples/花名册-西城区总工会-2025.csv \\",
            "      examples/走访记录-西城区总工会-2025.csv",
            "  bangfu --db union.db visit list 110102197008175338 \\",
            "      --as-of 2025-08-20"})
final class VisitListCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin MappingOption policy;

    @Parameters(paramLabel = "ID", descriptionKey = "id")
    String id;

    @Option(names = "--as-of", paramLabel = "DATE", converter = VisitOptions.DateConverter.class)
    LocalDate asOf;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    Format format;

    @Option(names = "--reveal")
    boolean reveal;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        String head = IdArgument.read(id, "visit.bad_id", spec, root.language()).value();
        LocalDate day = asOf == null ? LocalDate.now() : asOf;
        Optional<VisitLog> log;
        try (Storage db = Stores.open(root.location(), Storage.Access.EXISTING)) {
            log = VisitLog.of(db, policy.load(root.database()).policy(), head, day);
        }
        if (log.isEmpty()) return VisitOutput.noFile(spec, head, root);
        if (format == Format.json) VisitOutput.logJson(spec.commandLine().getOut(), log.get(), reveal);
        else VisitOutput.log(spec.commandLine().getOut(), log.get(), root.language(), reveal);
        return ExitCode.OK;
    }
}
