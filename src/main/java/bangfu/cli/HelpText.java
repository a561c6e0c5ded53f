package bangfu.cli;

import bangfu.model.Lang;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The help of every command in the clerk's language. Its words are picocli's resource bundle
 * /bangfu/i18n/help.{en,zh}.properties (the annotations carry none); its examples are printed line for line,
 * never wrapped, so that each can be copied and pasted whatever the width of the terminal.
 */
final class HelpText {
    /** picocli does not go below this width. */
    static final int MINIMUM_WIDTH = 55;
    private static final Map<Lang, ResourceBundle> BUNDLES = new EnumMap<>(Lang.class);

    private HelpText() {
    }

    /** The command line of {@code root} with its help in {@code lang}, as wide as COLUMNS says (default 80). */
    static CommandLine commandLine(Object root, Lang lang, Map<String, String> env) {
        return commandLine(CommandTree.whole(root), lang, env);
    }

    /** The same for a tree already built ({@link CommandTree}). */
    static CommandLine commandLine(CommandLine cli, Lang lang, Map<String, String> env) {
        for (CommandLine c : all(cli)) {
            c.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_FOOTER, HelpText::examples);
        }
        int columns = columns(env.get("COLUMNS"));
        if (columns > 0) cli.setUsageHelpWidth(Math.max(MINIMUM_WIDTH, columns));
        speak(cli, lang);
        return cli;
    }

    /** Switches the help of the whole command tree to {@code lang}. */
    static void speak(CommandLine cli, Lang lang) {
        ResourceBundle bundle = bundle(lang);
        if (cli.getResourceBundle() != bundle) cli.setResourceBundle(bundle);
    }

    /** The help bundle of a language; Chinese falls back to English key by key, which HelpTest does not allow. */
    static synchronized ResourceBundle bundle(Lang lang) {
        ResourceBundle known = BUNDLES.get(lang);
        if (known != null) return known;
        ResourceBundle loaded = load("/bangfu/i18n/help." + lang.code() + ".properties", lang == Lang.EN ? null : bundle(Lang.EN));
        BUNDLES.put(lang, loaded);
        return loaded;
    }

    /** A command and all its subcommands, depth first. */
    static List<CommandLine> all(CommandLine cli) {
        List<CommandLine> out = new ArrayList<>();
        out.add(cli);
        for (CommandLine sub : cli.getSubcommands().values()) out.addAll(all(sub));
        return out;
    }

    /** The footer (the examples) as written: picocli would break a long command line anywhere, even in a file name. */
    private static String examples(CommandLine.Help help) {
        StringBuilder out = new StringBuilder();
        for (String line : help.commandSpec().usageMessage().footer()) out.append(String.format(line + "%n"));
        return out.toString();
    }

    private static int columns(String value) {
        if (value == null) return 0;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static ResourceBundle load(String resource, ResourceBundle parent) {
        try (InputStream in = HelpText.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing " + resource);
            return new Bundle(new InputStreamReader(in, StandardCharsets.UTF_8), parent);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A properties bundle with a parent for the keys it lacks. */
    private static final class Bundle extends PropertyResourceBundle {
        Bundle(Reader text, ResourceBundle parent) throws IOException {
            super(text);
            if (parent != null) setParent(parent);
        }
    }
}
