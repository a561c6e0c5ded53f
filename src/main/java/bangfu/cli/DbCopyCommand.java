package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.CopyReport;
import bangfu.store.Stores;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bangfu db copy --from A --to B}: a whole database, with its history, into another, all or nothing. */
@Command(name = "copy", mixinStandardHelpOptions = true,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx",
            "  bangfu db copy --from union.db --to union-copy.db",
            "  bangfu db copy --from union.db \\", "      --to 'postgresql://db.example.org/bangfu?user=clerk'"})
final class DbCopyCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Option(names = "--from", paramLabel = "DB", descriptionKey = "from")
    String from;

    @Option(names = "--to", paramLabel = "DB", required = true, descriptionKey = "to")
    String to;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        Lang lang = root.language();
        String source = from != null ? from : root.location();
        boolean sameFile = !Stores.onServer(source) && !Stores.onServer(to) && DatabaseFiles.include(Path.of(source), Path.of(to));
        if (sameFile || Stores.shown(source).equals(Stores.shown(to))) {
            throw new CommandLine.ParameterException(spec.commandLine(), Message.of("db.copy_same", Stores.shown(to)).render(lang));
        }
        CopyReport report;
        try (CopyProgress progress = new CopyProgress(root.progress(), lang)) {
            report = Stores.copy(source, to, progress);
        }
        if (!root.quiet) {
            var out = spec.commandLine().getOut();
            out.println(Message.of(report.merged() ? "db.copy_done_merged" : "db.copy_done", Stores.shown(source), Stores.shown(to),
                    report.schemaVersion()).render(lang));
            TextTable rows = new TextTable(List.of(Message.of("db.check_label.table").render(lang),
                    Message.of("db.check_label.rows").render(lang)), new boolean[] {false, true});
            for (Map.Entry<String, Long> e : report.rows().entrySet()) rows.add(List.of(e.getKey(), Long.toString(e.getValue())));
            rows.print(out);
            out.flush();
        }
        return ExitCode.OK;
    }
}
