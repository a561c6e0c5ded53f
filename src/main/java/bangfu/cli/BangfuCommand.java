package bangfu.cli;

import bangfu.model.Lang;
import bangfu.store.Stores;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The root command: options every command shares, the exit codes, the subcommands. The words of every
 * command's help are in the bundle /bangfu/i18n/help.{en,zh}.properties (see {@link HelpText}), not here.
 */
@Command(name = "bangfu", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        footer = {"  bangfu --db union.db import \\", "      examples/花名册-东城区总工会-2024.xlsx", "  bangfu help import"})
public final class BangfuCommand implements Runnable {
    /** The commands, in the order help lists them ({@link CommandTree} builds them). */
    static final List<Class<?>> SUBCOMMANDS = List.of(ImportCommand.class, VerifyCommand.class, ClassifyCommand.class,
            VisitCommand.class, ReportCommand.class, DbCommand.class, HelpCommand.class);

    @Option(names = "--db", paramLabel = "FILE", scope = ScopeType.INHERIT)
    Path db;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT, converter = LangConverter.class,
            completionCandidates = LangConverter.Candidates.class)
    Lang lang;

    @Option(names = "--debug", scope = ScopeType.INHERIT)
    boolean debug;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT)
    boolean quiet;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Map<String, String> env = Map.of();
    private List<String> args = List.of();
    private PrintStream progressStream;

    /** Runs bangfu with the given streams; returns the exit code. {@code progress} may be null. */
    public static int run(PrintWriter out, PrintWriter err, Map<String, String> env, PrintStream progress, String... args) {
        quietenPoiLogging();
        BangfuCommand root = new BangfuCommand();
        root.env = env;
        root.args = List.of(args);
        root.progressStream = progress;
        CommandLine cli = HelpText.commandLine(CommandTree.along(root, root.args), root.language(), env);
        cli.setOut(out);
        cli.setErr(err);
        ErrorHandler handler = new ErrorHandler(root);
        cli.setExecutionExceptionHandler(handler);
        cli.setExitCodeExceptionMapper(handler);
        cli.setParameterExceptionHandler(handler);
        cli.setExecutionStrategy(parsed -> {
            // --lang is known for certain only now: help printed from here on speaks it.
            HelpText.speak(cli, root.language());
            return new CommandLine.RunLast().execute(parsed);
        });
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

    /** Held: java.util.logging keeps only weak references to its loggers, and would forget the level set. */
    private static final java.util.logging.Logger SQLITE_LOG = java.util.logging.Logger.getLogger("org.sqlite");

    /**
     * POI logs through the Log4j API; without a backend it announces that on stderr. sqlite-jdbc logs through
     * java.util.logging, 65 lines of stack trace when it cannot unpack its library; bangfu says it in one.
     */
    private static void quietenPoiLogging() {
        SQLITE_LOG.setLevel(java.util.logging.Level.OFF);
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

    /** The database as a path, for files beside it and for messages; a server's URL comes without its password. */
    Path database() {
        return Path.of(Stores.shown(location()));
    }

    /** The database as messages name it: a file as given, a server's URL whole ("//" kept) but without its password. */
    String shownDatabase() {
        return Stores.shown(location());
    }

    /** The database as given by --db or BANGFU_DB (a file, or a server's URL), bangfu.db by default. */
    String location() {
        if (db != null) return typedDb().orElse(db.toString());
        String fromEnv = env.get("BANGFU_DB");
        return fromEnv == null || fromEnv.isBlank() ? "bangfu.db" : fromEnv;
    }

    /**
     * --db as typed: the option is a Path for the shell's file completion, but a Path folds the "//" of a server's
     * URL. The last --db on the line wins, on whichever command of it it was given.
     */
    private java.util.Optional<String> typedDb() {
        String typed = null;
        for (CommandLine.ParseResult r = spec.commandLine().getParseResult(); r != null; r = r.subcommand()) {
            CommandLine.Model.OptionSpec o = r.matchedOption("--db");
            if (o != null && !o.originalStringValues().isEmpty()) {
                typed = o.originalStringValues().get(o.originalStringValues().size() - 1);
            }
        }
        return java.util.Optional.ofNullable(typed);
    }

    /**
     * --lang; before it is parsed (help, and an error earlier on the line) --lang as written; else the locale:
     * BANGFU_LOCALE, which bin/bangfu sets when it runs Java in a UTF-8 locale other than the clerk's, then
     * LC_ALL, LC_MESSAGES and LANG, the first that is not empty.
     */
    Lang language() {
        if (lang != null) return lang;
        Lang written = LangConverter.given(args);
        if (written != null) return written;
        String locale = "";
        for (String name : List.of("BANGFU_LOCALE", "LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                locale = value;
                break;
            }
        }
        return Lang.fromEnvironment(locale, Locale.getDefault());
    }

    /** Machine-readable progress lines on stderr, when the environment asks for them (crash tests). */
    ProgressTrace trace() {
        return ProgressTrace.from(env, spec.commandLine().getErr());
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
            Lang l = parse(value);
            if (l == null) throw new UsageErrors.BadValue(bangfu.model.Message.of("usage.expected_lang", value));
            return l;
        }

        private static Lang parse(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "zh", "cn", "zh_cn", "zh-cn" -> Lang.ZH;
                case "en" -> Lang.EN;
                default -> null;
            };
        }

        /** The language named by {@code --lang X} or {@code --lang=X} among the arguments, or null. */
        static Lang given(List<String> args) {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                if (a.equals("--")) break;
                if (a.equals("--lang") && i + 1 < args.size()) return parse(args.get(i + 1));
                if (a.startsWith("--lang=")) return parse(a.substring("--lang=".length()));
            }
            return null;
        }

        /** What completion offers after --lang. */
        static final class Candidates extends java.util.ArrayList<String> {
            Candidates() {
                super(List.of("zh", "en"));
            }
        }
    }
}
