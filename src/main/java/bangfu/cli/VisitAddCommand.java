package bangfu.cli;

import bangfu.load.FileReport;
import bangfu.store.Database;
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
        description = {"Record one visit, typed at a desk after a round of visits. It is checked exactly as a row of an",
            "imported visit log (unknown household, a date in the future, a visit already recorded), with the same",
            "messages and exit codes, and recorded as an import named 'visit add'."},
        footer = {"%nExample:",
            "  bangfu --db union.db import examples/花名册-西城区总工会-2024.csv \\",
            "      examples/花名册-西城区总工会-2025.csv",
            "  bangfu --db union.db visit add 110102197008175338 --date 2025-08-28 \\",
            "      --kind 渐退期回访 --visitor 孙淑珍 --outcome 稳定 --note 收入稳定"})
final class VisitAddCommand implements Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @Mixin MappingOption mapping;

    @Parameters(paramLabel = "ID", description = "身份证号码 of the head of household.")
    String id;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "走访日期, e.g. 2025-08-28.")
    String date;

    @Option(names = "--kind", required = true, paramLabel = "KIND",
            description = "走访类型: 入户走访, 入户调查, 电话回访, 渐退期回访, 脱困回访 (or their usual short forms).")
    String kind;

    @Option(names = "--visitor", required = true, paramLabel = "NAME", description = "走访人: who visited (usually the 帮扶责任人).")
    String visitor;

    @Option(names = "--outcome", paramLabel = "OUTCOME", description = "结果: 稳定, 新情况 (返困), 好转 or 其他.")
    String outcome;

    @Option(names = "--note", paramLabel = "TEXT", description = "备注.")
    String note;

    @Override
    public Integer call() {
        BangfuCommand root = (BangfuCommand) spec.root().userObject();
        FileReport report;
        try (Database db = Database.openExisting(root.database())) {
            report = VisitDesk.add(db, mapping.load(root.database()), Arrays.asList(id, date, kind, visitor, outcome, note),
                    Clock.systemDefaultZone());
        }
        VisitOutput.added(spec.commandLine().getOut(), report, id, date, kind, root.language());
        return report.totals().rejected() > 0 ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }
}
