package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * picocli's own usage errors (an unknown option, a missing value, a value that does not convert) said again
 * in the clerk's language; the usage errors of bangfu's commands arrive already said in it.
 */
final class UsageErrors {
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");

    private UsageErrors() {
    }

    /** A value a converter refuses, with the reason in both languages. */
    static final class BadValue extends CommandLine.TypeConversionException {
        private final transient Message reason;

        BadValue(Message reason) {
            super(reason.render(Lang.EN));
            this.reason = reason;
        }
    }

    static String describe(CommandLine.ParameterException e, Lang lang) {
        String text;
        if (e.getArgSpec() != null && e.getValue() != null && e.getCause() != null) {
            text = Message.of("usage.bad_value", name(e.getArgSpec()), e.getValue(),
                    conversion(e.getCause(), e.getArgSpec()).render(lang)).render(lang);
        } else {
            Message m = reason(e);
            if (m == null) return e.getMessage();
            text = m.render(lang);
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty() && !u.getSuggestions().isEmpty()) {
            String or = Message.of("usage.or").render(lang);
            text += Message.of("usage.did_you_mean", String.join(or, u.getSuggestions())).render(lang);
        }
        return text;
    }

    private static Message reason(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u) return unmatched(u);
        if (e instanceof CommandLine.MissingParameterException m) return missing(m);
        if (e instanceof CommandLine.OverwrittenOptionException o) {
            return Message.of("usage.given_twice", name(o.getOverwritten()));
        }
        if (e.getArgSpec() == null && e.getValue() != null && e.getCause() == null) {
            // picocli's help command, asked about a command that does not exist
            return Message.of("usage.unknown_command", e.getValue());
        }
        return null; // bangfu's own, already in the clerk's language
    }

    private static Message unmatched(CommandLine.UnmatchedArgumentException u) {
        List<String> args = u.getUnmatched();
        if (args.isEmpty()) {
            // "Unknown option: '--x'; Expected parameter for option '--db' but found '--x'"
            Matcher m = QUOTED.matcher(u.getMessage());
            return m.find() ? Message.of("usage.unknown_option", m.group(1)) : null;
        }
        String first = args.get(0);
        if (u.isUnknownOption()) return Message.of("usage.unknown_option", first);
        boolean hasCommands = u.getCommandLine().getSubcommands().keySet().stream().anyMatch(n -> !n.equals("help"));
        if (hasCommands) return Message.of("usage.unknown_command", first);
        return Message.of("usage.extra_argument", String.join(" ", args));
    }

    private static Message missing(CommandLine.MissingParameterException m) {
        String text = String.valueOf(m.getMessage());
        List<ArgSpec> missing = m.getMissing();
        if (missing.size() == 1 && missing.get(0).isOption()
                && (text.startsWith("Expected parameter") || text.startsWith("Missing required parameter for"))) {
            return Message.of("usage.needs_value", name(missing.get(0)), missing.get(0).paramLabel());
        }
        List<String> names = new ArrayList<>();
        for (ArgSpec a : missing) names.add(a.isOption() ? name(a) + "=" + a.paramLabel() : a.paramLabel());
        return Message.of("usage.missing", String.join(", ", names));
    }

    private static Message conversion(Throwable cause, ArgSpec arg) {
        if (cause instanceof BadValue b) return b.reason;
        Class<?> type = arg.typeInfo().isMultiValue() ? arg.typeInfo().getAuxiliaryTypes()[0] : arg.type();
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return Message.of("usage.not_a_number");
        }
        if (type == boolean.class || type == Boolean.class) return Message.of("usage.expected_one_of", "true, false");
        if (type.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) names.add(((Enum<?>) constant).name());
            return Message.of("usage.expected_one_of", String.join(", ", names));
        }
        // picocli's own Path converter wraps the InvalidPathException in a message of its own
        if (type == Path.class || cause instanceof InvalidPathException) {
            // Java reads file names in the locale's encoding: under LANG=C a Chinese name cannot even be named.
            boolean utf8 = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding"));
            return Message.of(utf8 ? "usage.not_a_path" : "usage.not_a_path_locale", System.getProperty("sun.jnu.encoding"));
        }
        if (cause instanceof UnsupportedCharsetException || cause instanceof IllegalCharsetNameException) {
            return Message.of("usage.not_a_charset");
        }
        return Message.of("usage.other", cause.getMessage());
    }

    private static String name(ArgSpec a) {
        return a instanceof OptionSpec o ? o.longestName() : a.paramLabel();
    }
}
