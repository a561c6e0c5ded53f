package bangfu.cli;

import bangfu.classify.Change;
import bangfu.classify.Classification;
import bangfu.classify.Lifecycle;
import bangfu.config.ClassifyPolicy;
import bangfu.model.IdNumber;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.classify.FileSource;
import bangfu.store.Storage;
import bangfu.store.Stores;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code bangfu classify}: each file's tier under the local policy, what would change and why; writes only with --apply. */
@Command(name = "classify", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu --db union.db classify \\", "      --policy examples/bangfu.yaml --as-of 2024-12-31",
            "  bangfu --db union.db classify \\", "      --policy examples/bangfu.yaml --as-of 2024-12-31 \\",
            "      --explain 110101198601221022",
            "  bangfu --db union.db classify \\", "      --policy examples/bangfu.yaml --as-of 2024-12-31 \\",
            "      --format json",
            "  bangfu --db union.db classify \\", "      --policy examples/bangfu.yaml --as-of 2024-12-31 \\",
            "      --apply"})
final class ClassifyCommand implements Callable<Integer> {
    @ParentCommand BangfuCommand root;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin ClassifyOutput output;
    @Mixin ClassifyPolicyOption policy;

    @Option(names = "--as-of", paramLabel = "DATE")
    LocalDate asOf;

    @Option(names = "--union", paramLabel = "U")
    String union;

    @Option(names = "--region", paramLabel = "CODE")
    String region;

    @Option(names = "--explain", paramLabel = "ID")
    String explain;

    @Option(names = "--apply")
    boolean apply;

    @Option(names = "--all")
    boolean all;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100")
    int limit;

    @Option(names = "--reveal")
    boolean reveal;

    @Override
    public Integer call() {
        Lang lang = root.language();
        if (explain != null && (apply || all)) throw usage(lang, "classify.usage.explain_alone");
        if (limit < 0) throw usage(lang, "verify.usage.limit");
        ClassifyPolicy rules = policy.load(root.database());
        LocalDate day = asOf != null ? asOf : LocalDate.now();
        if (explain != null) return explain(rules, day, lang);
        root.trace().event("start");
        Classification.Outcome outcome;
        try (Storage db = apply ? Stores.open(root.location(), Storage.Access.EXISTING) : Stores.open(root.location(), Storage.Access.READ_ONLY);
             ClassifyProgress progress = new ClassifyProgress(root.progress(), lang, root.trace())) {
            FileSource files = db.classifyFiles(!apply);
            outcome = Classification.run(files, rules, new Classification.Request(day, Optional.ofNullable(union),
                    Optional.ofNullable(region), all), Lifecycle.PHASE_OUT,
                    apply ? Optional.of(db.tierLedger()) : Optional.empty(), Instant.now(), progress);
            progress.close();
            output.listing(outcome, files, lang, reveal, limit, spec.commandLine().getOut(), spec);
        }
        return outcome.hasFindings() ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }

    private int explain(ClassifyPolicy policy, LocalDate day, Lang lang) {
        IdNumber id = IdArgument.read(explain, "dossier.bad_id", spec, lang);
        Optional<Change> change;
        try (Storage db = Stores.open(root.location(), Storage.Access.READ_ONLY)) {
            change = Classification.explain(db.classifyFiles(false), policy, day, id.value(), Lifecycle.PHASE_OUT);
        }
        if (change.isEmpty()) {
            spec.commandLine().getErr().println("bangfu: " + Message.of("dossier.not_found", id.masked(), Stores.shown(root.location())).render(lang));
            return ExitCode.DATA_PROBLEMS;
        }
        output.explanation(change.get(), policy, day, lang, reveal, spec.commandLine().getOut(), spec);
        return change.get().decision().decided() ? ExitCode.OK : ExitCode.DATA_PROBLEMS;
    }

    private CommandLine.ParameterException usage(Lang lang, String key, Object... args) {
        return new CommandLine.ParameterException(spec.commandLine(), Message.of(key, args).render(lang));
    }
}
