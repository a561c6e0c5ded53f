package bangfu.cli;

import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The tree of commands under {@code bangfu}, built in full or only along the path a run's arguments name. picocli
 * builds the model of a command by reflection over its class, a quarter of a second for all thirty before every
 * parse, although a run needs only the command it names: along the path, the commands beside it are built as a bare
 * name, which is all the parser asks of them. Where the arguments leave any doubt (no command named, {@code help},
 * an option before the command other than the shared ones), that level and all below it are built in full, so that
 * help, completion and every usage error see the whole tree as before.
 */
final class CommandTree {
    /** The commands that have subcommands, with them ({@code SUBCOMMANDS} of each class, the one home of each list). */
    private static final Map<Class<?>, List<Class<?>>> GROUPS = Map.of(BangfuCommand.class, BangfuCommand.SUBCOMMANDS,
            VisitCommand.class, VisitCommand.SUBCOMMANDS, ReportCommand.class, ReportCommand.SUBCOMMANDS,
            DbCommand.class, DbCommand.SUBCOMMANDS);
    /** The options every command shares ({@link BangfuCommand}'s inherited ones), with a value and without. */
    private static final Set<String> SHARED_WITH_VALUE = Set.of("--db", "--lang");
    private static final Set<String> SHARED_FLAGS = Set.of("--debug", "-q", "--quiet");

    private CommandTree() {
    }

    /** Every command under {@code root}: for help, completion and their tests. */
    static CommandLine whole(Object root) {
        return build(root, List.of(), 0);
    }

    /** The commands under {@code root} that a run with {@code args} can reach; the others only by name. */
    static CommandLine along(Object root, List<String> args) {
        return build(root, args, 0);
    }

    /** {@code command} and its subcommands; {@code at} is where the arguments name one of them, if they do. */
    private static CommandLine build(Object command, List<String> args, int at) {
        CommandLine cli = new CommandLine(command);
        List<Class<?>> subcommands = GROUPS.getOrDefault(command.getClass(), List.of());
        int i = afterSharedOptions(args, at);
        Class<?> named = i < 0 || i >= args.size() ? null : named(subcommands, args.get(i));
        if (named == CommandLine.HelpCommand.class) named = null;
        for (Class<?> sub : subcommands) {
            if (named == null || sub == named) {
                cli.addSubcommand(build(instance(sub), named == null ? List.of() : args, i + 1));
            } else {
                cli.addSubcommand(new CommandLine(CommandSpec.create().name(name(sub))));
            }
        }
        return cli;
    }

    /** Where the arguments go on after the shared options from {@code i}; -1 at an option it cannot be sure of. */
    private static int afterSharedOptions(List<String> args, int i) {
        while (i < args.size()) {
            String a = args.get(i);
            if (SHARED_WITH_VALUE.contains(a)) {
                i += 2;
            } else if (SHARED_FLAGS.contains(a) || SHARED_WITH_VALUE.stream().anyMatch(o -> a.startsWith(o + "="))) {
                i++;
            } else {
                return a.startsWith("-") ? -1 : i;
            }
        }
        return i;
    }

    private static Class<?> named(List<Class<?>> subcommands, String name) {
        for (Class<?> c : subcommands) if (name(c).equals(name)) return c;
        return null;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }

    private static Object instance(Class<?> command) {
        try {
            return CommandLine.defaultFactory().create(command);
        } catch (Exception e) {
            throw new CommandLine.InitializationException("cannot create " + command.getName() + ": " + e, e);
        }
    }
}
