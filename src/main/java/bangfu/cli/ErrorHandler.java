package bangfu.cli;

import bangfu.config.ConfigException;
import bangfu.load.NoHeaderException;
import bangfu.model.Message;
import bangfu.sheet.UnreadableFileException;
import bangfu.sheet.UnwritableFileException;
import bangfu.store.DatabaseException;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * Maps every failure to one line for the clerk and an exit code; the stack trace only with --debug.
 */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler, CommandLine.IExitCodeExceptionMapper,
        CommandLine.IParameterExceptionHandler {
    private final BangfuCommand root;

    ErrorHandler(BangfuCommand root) {
        this.root = root;
    }

    @Override
    public int handleParseException(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("bangfu: " + UsageErrors.describe(e, root.language()));
        err.println(Message.of("cli.see_help", e.getCommandLine().getCommandSpec().qualifiedName()).render(root.language()));
        return ExitCode.USAGE;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        if (e instanceof BangfuCommand.UsageError) return ExitCode.USAGE;
        PrintWriter err = cmd.getErr();
        err.println("bangfu: " + describe(e));
        if (root.debug) e.printStackTrace(err);
        return getExitCode(e);
    }

    @Override
    public int getExitCode(Throwable t) {
        if (t instanceof CommandLine.ParameterException || t instanceof BangfuCommand.UsageError) return ExitCode.USAGE;
        if (t instanceof UnreadableFileException || t instanceof NoHeaderException || t instanceof ConfigException
                || t instanceof UnwritableFileException) {
            return ExitCode.UNUSABLE_INPUT;
        }
        if (t instanceof DatabaseException) return ExitCode.DATABASE;
        return ExitCode.INTERNAL;
    }

    String describe(Throwable t) {
        Message m = reason(t);
        if (m != null) return m.render(root.language());
        if (t instanceof OutOfMemoryError) return Message.of("cli.out_of_memory").render(root.language());
        return Message.of("cli.internal", t.getClass().getSimpleName() + ": " + t.getMessage()).render(root.language());
    }

    static Message reason(Throwable t) {
        if (t instanceof UnreadableFileException u) return u.reason();
        if (t instanceof NoHeaderException n) return n.reason();
        if (t instanceof ConfigException c) return c.reason();
        if (t instanceof DatabaseException d) return d.reason();
        if (t instanceof UnwritableFileException w) return w.reason();
        return null;
    }
}
