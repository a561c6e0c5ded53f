package bangfu.cli;

import bangfu.model.Lang;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;

/**
 * completions/bangfu.bash: picocli's completion script for bash (and zsh through bashcompinit) of today's
 * commands, with one line changed so that Chinese candidates (元, 万元, 深度困难 …) work in every locale.
 */
public final class Completions {
    private static final String QUOTING = "    printf -v quoted %q \"${options[i]}\"\n";

    private Completions() {
    }

    /** The script, for the build and for the test that compares it with the committed file. */
    public static String bash() {
        CommandLine cli = HelpText.commandLine(new BangfuCommand(), Lang.EN, Map.of());
        String script = AutoComplete.bash("bangfu", cli);
        // picocli quotes each candidate with printf %q, which outside a UTF-8 locale turns 万元 into
        // $'\344\270\207\345\205\203': a word that neither matches what was typed nor reads as one. Our candidates
        // are plain words (CompletionTest checks it) and need no quoting; the line after this one still guards
        // the single quotes that compgen -W expands.
        int at = script.indexOf(QUOTING);
        if (at < 0 || script.indexOf(QUOTING, at + 1) >= 0) {
            throw new IllegalStateException("picocli's completion script changed: review Completions");
        }
        return script.replace(QUOTING, "    quoted=${options[i]}\n");
    }
}
