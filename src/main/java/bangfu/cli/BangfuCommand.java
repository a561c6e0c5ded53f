package bangfu.cli;

import bangfu.model.Lang;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The root command: options every command shares, the exit codes, the subcommands. */
@Command(name = "bangfu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Validated records of workers in hardship (困难职工) in one SQLite file.",
        subcommands = {ImportCommand.class, VerifyCommand.class, ClassifyCommand.class, ReportCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:ok",
            "1:the data has problems (rejected rows, failed checks)",
            "2:usage error",
            "3:unusable input or configuration (unreadable file, no recognisable header, bad YAML)",
            "4:database problem (locked, corrupt, newer schema, disk full)",
            "5:internal error"},
        footer = {"%nExample:", "  bangfu --db union.db import examples/花名册-东城区总工会-2024.xlsx"})
public final class BangfuCommand implements Runnable {
    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The database file (default: $BANGFU_DB, else bangfu.db in the working directory).")
    Path db;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, converter = LangConverter.class,
            description = "Language of messages and labels (default: from LANG).")
    Lang lang;

    @Option(names = "--debug", scope = ScopeType.INHERIT, description = "Show the full error with its stack trace.")
    boolean debug;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Print only findings and errors.")
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Map<String, String> env = Map.of();
    private PrintStream progressStream;

    /** Runs bangfu with the given streams; returns the exit code. {@code progress} may be null. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, PrintStream progress, String... args) {
        quietenPoiLogging();
        BangfuCommand root = new BangfuCommand();
        root.env = env;
        root.progressStream = progress;
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        ErrorHandler handler = new ErrorHandler(root);
        cli.setExecutionExceptionHandler(handler);
        cli.setExitCodeExceptionMapper(handler);
        cli.setParameterExceptionHandler(handler);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // picocli hands on Errors; a clerk still gets one sentence, and the database its rollback.
            err.println("bangfu: " + handler.describe(e));
            if (root.debug) e.printStackTrace(err);
            return ExitCode.INTERNAL;
        }
    }

    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, String... args) {
        return run(out, err, env, null, args);
    }

    /** POI logs through the Log4j API; without a backend it announces that on stderr. */
    private static void quietenPoiLogging() {
        System.setProperty("log4j.provider", "org.apache.logging.log4j.simple.internal.SimpleProvider");
        System.setProperty("log4j2.simplelogLevel", "OFF");
        System.setProperty("log4j2.statusLoggerLevel", "OFF");
        System.setProperty("log4j2.simplelogStatusLoggerLevel", "OFF");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new UsageError();
    }

    Path database() {
        if (db != null) return db;
        String fromEnv = env.get("BANGFU_DB");
        return Path.of(fromEnv == null || fromEnv.isBlank() ? "bangfu.db" : fromEnv);
    }

    Lang language() {
        if (lang != null) return lang;
        String fromEnv = env.getOrDefault("LC_ALL", env.getOrDefault("LANG", ""));
        return Lang.fromEnvironment(fromEnv, Locale.getDefault());
    }

    /** Where a progress bar may be drawn: only a terminal, never a pipe, never with --quiet. */
    PrintStream progress() {
        return quiet ? null : progressStream;
    }

    /** Thrown after printing usage when no subcommand was given. */
    static final class UsageError extends RuntimeException {
        UsageError() {
            super(null, null, false, false);
        }
    }

    static final class LangConverter implements CommandLine.ITypeConverter<Lang> {
        @Override
        public Lang convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "zh", "cn", "zh_cn", "zh-cn" -> Lang.ZH;
                case "en" -> Lang.EN;
                default -> throw new CommandLine.TypeConversionException("expected zh or en, got '" + value + "'");
            };
        }
    }
}
