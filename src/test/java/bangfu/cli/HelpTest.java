package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.DisplayWidth;
import bangfu.model.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Help is the manual: every command is in the README, shows a runnable example over existing files, and has
 * every word of its help in both languages, from the help bundle.
 */
class HelpTest {
    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");

    private static CommandLine cli(Lang lang) {
        return HelpText.commandLine(new BangfuCommand(), lang, Map.of());
    }

    @Test
    void everyCommandHasADescriptionAnExampleOverExistingFilesAndIsInTheReadme() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (CommandLine sub : HelpText.all(cli(Lang.EN))) {
            if (sub.getCommandSpec().helpCommand() || sub.getParent() == null) continue;
            String help = sub.getUsageMessage();
            assertThat(sub.getCommandSpec().usageMessage().description()).isNotEmpty();
            assertThat(help).contains("bangfu ");
            Matcher m = Pattern.compile("(examples/\\S+)").matcher(help);
            int files = 0;
            while (m.find()) {
                String path = m.group(1);
                if (path.contains("*")) continue;
                assertThat(Path.of(path)).as("example in help of %s", sub.getCommandName()).exists();
                files++;
            }
            assertThat(files).as("runnable example in help of " + sub.getCommandName()).isPositive();
            assertThat(readme).contains("bangfu " + sub.getCommandSpec().qualifiedName().substring("bangfu ".length()));
        }
    }

    /** A command, option or parameter without its text in a language fails here, whoever added it. */
    @Test
    void everyCommandOptionAndParameterIsDescribedInBothLanguagesFromTheBundle() {
        List<String> missing = new ArrayList<>();
        // without the bundle there is no text at all: the annotations carry none, so the bundle is its one home
        CommandLine bare = CommandTree.whole(new BangfuCommand());
        for (CommandLine c : HelpText.all(bare)) {
            if (c.getCommandSpec().helpCommand()) continue;
            if (c.getCommandSpec().usageMessage().description().length > 0) missing.add(name(c) + ": description in the annotation");
            for (ArgSpec a : args(c.getCommandSpec())) {
                if (a.description().length > 0 && !builtIn(a)) missing.add(name(c) + " " + label(a) + ": description in the annotation");
            }
        }
        for (Lang lang : Lang.values()) {
            for (CommandLine c : HelpText.all(cli(lang))) {
                CommandSpec spec = c.getCommandSpec();
                String summary = spec.usageMessage().header().length > 0 ? spec.usageMessage().header()[0]
                        : spec.usageMessage().description().length > 0 ? spec.usageMessage().description()[0] : "";
                check(missing, lang, name(c) + " description", String.join(" ", spec.usageMessage().description()) + summary);
                for (ArgSpec a : args(spec)) check(missing, lang, name(c) + " " + label(a), String.join(" ", a.description()));
            }
        }
        assertThat(missing).as("add these keys to src/main/resources/bangfu/i18n/help.en.properties and help.zh.properties")
                .isEmpty();
    }

    private static void check(List<String> missing, Lang lang, String what, String text) {
        if (text.isBlank()) missing.add(what + ": no " + lang.code() + " text");
        else if (lang == Lang.ZH && !CJK.matcher(text).find()) missing.add(what + ": not in Chinese: " + text);
    }

    private static List<ArgSpec> args(CommandSpec spec) {
        List<ArgSpec> out = new ArrayList<>(spec.options());
        out.addAll(spec.positionalParameters());
        return out;
    }

    /** picocli's own --help and --version, whose English stands in the annotation of its mixin. */
    private static boolean builtIn(ArgSpec a) {
        return a.isOption() && (((CommandLine.Model.OptionSpec) a).usageHelp() || ((CommandLine.Model.OptionSpec) a).versionHelp());
    }

    private static String name(CommandLine c) {
        return c.getCommandSpec().qualifiedName();
    }

    private static String label(ArgSpec a) {
        return a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
    }

    /**
     * The examples of the visit commands run, in order, against a fresh database: none of them is a usage error, an
     * unusable file or a database problem (exit 1, data problems, is what some examples are there to show).
     */
    @Test
    void theVisitExamplesRunAsPrinted(@org.junit.jupiter.api.io.TempDir Path dir) {
        CommandLine visit = cli(Lang.EN).getSubcommands().get("visit");
        for (CommandLine sub : HelpText.all(visit)) {
            if (sub.getCommandSpec().helpCommand()) continue;
            Path db = dir.resolve(sub.getCommandName() + ".db");
            for (String line : exampleLines(sub.getCommandSpec().usageMessage().footer())) {
                String[] args = line.replace("union.db", db.toString()).replaceAll("(\\S+\\.xlsx)(?=\\s|$)", dir + "/$1")
                        .replace(dir + "/examples/", "examples/").split("\\s+");
                Run run = Run.of(java.util.Arrays.copyOfRange(args, 1, args.length));
                assertThat(run.exit()).as("%s%n%s", line, run.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
            }
        }
    }

    /** The command lines of a footer, continuation lines (ending in a backslash) joined. */
    static List<String> exampleLines(String[] footer) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String raw : footer) {
            String line = raw.strip();
            boolean more = line.endsWith("\\");
            current.append(' ').append(more ? line.substring(0, line.length() - 1).strip() : line);
            if (!more) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        return out;
    }

    @Test
    void rootHelpListsTheExitCodes() {
        Run run = Run.of("--lang", "en", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("Exit codes:").contains("4   database problem");
        Run zh = Run.of("--lang", "zh", "--help");
        assertThat(zh.out()).contains("退出码：").contains("4   数据库问题").contains("用法：bangfu").contains("示例：");
    }

    /** picocli broke a long example anywhere, even inside a Chinese file name: examples are printed as written. */
    @Test
    void examplesAreNeverWrappedWhateverTheWidth() {
        for (Lang lang : Lang.values()) {
            for (String columns : List.of("60", "80", "120", "55", "200")) {
                CommandLine cli = HelpText.commandLine(new BangfuCommand(), lang, Map.of("COLUMNS", columns));
                for (CommandLine c : HelpText.all(cli)) {
                    String help = c.getUsageMessage();
                    List<String> lines = help.lines().toList();
                    for (String example : c.getCommandSpec().usageMessage().footer()) {
                        assertThat(lines).as("%s at %s columns, %s", name(c), columns, lang).contains(example);
                    }
                }
            }
        }
    }

    /** Each example fits the narrowest terminal tested, so not even the terminal wraps it. */
    @Test
    void examplesFitSixtyColumns() {
        for (CommandLine c : HelpText.all(cli(Lang.EN))) {
            for (String example : c.getCommandSpec().usageMessage().footer()) {
                assertThat(DisplayWidth.of(example)).as("%s: %s", name(c), example).isLessThanOrEqualTo(60);
            }
        }
    }

    @Test
    void columnsSetsTheWidthOfTheHelp() {
        for (String columns : List.of("60", "120")) {
            String help = HelpText.commandLine(new BangfuCommand(), Lang.EN, Map.of("COLUMNS", columns))
                    .getSubcommands().get("verify").getUsageMessage();
            int widest = help.lines().mapToInt(DisplayWidth::of).max().orElse(0);
            assertThat(widest).as("widest line at %s columns", columns).isLessThanOrEqualTo(Integer.parseInt(columns));
            if (columns.equals("120")) assertThat(widest).isGreaterThan(80);
        }
    }

    /** The list of commands shows the first line of each description: a whole sentence, not half of one. */
    @Test
    void summariesInTheListOfCommandsAreWholeSentences() {
        for (Lang lang : Lang.values()) {
            for (CommandLine c : HelpText.all(cli(lang))) {
                if (c.getParent() == null) continue;
                String[] header = c.getCommandSpec().usageMessage().header();
                String summary = header.length > 0 ? header[0] : c.getCommandSpec().usageMessage().description()[0];
                assertThat(summary.strip()).as("%s summary in %s", name(c), lang).matches("(?s).*[.。]");
            }
        }
        Run report = Run.of("--lang", "en", "report", "--help");
        assertThat(report.out()).contains("The yearly report (年度统计) for a year or a run of years.");
    }

    @Test
    void helpCommandShowsACommandsHelpInEitherLanguage() {
        Run en = Run.of("--lang", "en", "help", "import");
        assertThat(en.exit()).isZero();
        assertThat(en.out()).isEqualTo(Run.of("--lang", "en", "import", "--help").out()).contains("Usage: bangfu import");
        Run zh = Run.of("--lang", "zh", "help", "verify");
        assertThat(zh.exit()).isZero();
        assertThat(zh.out()).contains("用法：bangfu verify").contains("不会写入数据库");
        Run nested = Run.of("--lang", "zh", "report", "help", "yearly");
        assertThat(nested.exit()).isZero();
        assertThat(nested.out()).contains("用法：bangfu report yearly");
        Run unknown = Run.of("--lang", "zh", "help", "visits");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("没有命令 'visits'");
    }

    @Test
    void chineseLocaleGivesChineseHelpWithoutInstalledLocales() {
        Run run = run(Map.of("LANG", "zh_CN.UTF-8"), "import", "--help");
        assertThat(run.out()).contains("用法：bangfu import").contains("试运行");
        Run launcher = run(Map.of("LANG", "C", "LC_ALL", "C.UTF-8", "BANGFU_LOCALE", "zh_CN.GBK"), "--help");
        assertThat(launcher.out()).as("bin/bangfu's UTF-8 locale does not hide the clerk's").contains("退出码：");
        Run emptyLcAll = run(Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", ""), "--help");
        assertThat(emptyLcAll.out()).as("an empty LC_ALL is not set").contains("退出码：");
        Run english = run(Map.of("LANG", "zh_CN.UTF-8"), "--lang", "en", "--help");
        assertThat(english.out()).contains("Exit codes:");
    }

    private static Run run(Map<String, String> env, String... args) {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int exit = BangfuCommand.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), env, args);
        return new Run(exit, out.toString(), err.toString());
    }
}
