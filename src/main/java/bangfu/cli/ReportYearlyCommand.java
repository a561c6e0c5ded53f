package bangfu.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code bangfu report yearly}. */
@Command(name = "yearly", mixinStandardHelpOptions = true, description = "Not built yet.")
final class ReportYearlyCommand implements Callable<Integer> {
    @ParentCommand ReportCommand report;

    @Override
    public Integer call() {
        throw new UnsupportedOperationException("not built yet");
    }
}
