package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** picocli's usage errors, which were English whatever --lang said, are said in the clerk's language; exit 2. */
class UsageErrorsTest {
    private static void says(String zh, String en, String... args) {
        String[] chinese = new String[args.length + 2];
        chinese[0] = "--lang";
        chinese[1] = "zh";
        System.arraycopy(args, 0, chinese, 2, args.length);
        Run z = Run.of(chinese);
        assertThat(z.exit()).as(z.err()).isEqualTo(2);
        assertThat(z.err()).startsWith("bangfu: " + zh).contains("查看选项和示例").doesNotContain("Exception");
        chinese[1] = "en";
        Run e = Run.of(chinese);
        assertThat(e.exit()).isEqualTo(2);
        assertThat(e.err()).startsWith("bangfu: " + en).contains("for the options and an example");
    }

    @Test
    void unknownOptionAndCommand() {
        says("没有选项 '--bogus'。", "unknown option '--bogus'.", "import", "--bogus", "x.csv");
        says("没有命令 'imprt'。是不是要用：import", "there is no command 'imprt'. Did you mean: import", "imprt");
    }

    @Test
    void missingParameterAndValue() {
        says("必须给出 FILE。", "FILE is required.", "import");
        says("选项 --db 后面要跟一个值（FILE）。", "option --db needs a value (FILE).", "import", "x.csv", "--db");
    }

    @Test
    void badValues() {
        says("--year 的值 'abc' 无效：不是整数。", "invalid value 'abc' for --year: not a whole number.", "report", "yearly", "--year", "abc");
        says("--unit 的值 '千元' 无效：应为 元 或 万元。", "invalid value '千元' for --unit: expected 元 or 万元.",
                "report", "yearly", "--year", "2024", "--unit", "千元");
        says("--tier 的值 '特别困难' 无效：应为", "invalid value '特别困难' for --tier: expected", "report", "yearly", "--tier", "特别困难");
        says("--encoding 的值 'nope' 无效：不认识这种编码", "invalid value 'nope' for --encoding: an encoding", "verify", "--encoding", "nope", "x.csv");
        says("--format 的值 'pdf' 无效：应为以下之一：text, json, csv。", "invalid value 'pdf' for --format: expected one of text, json, csv.",
                "verify", "--format", "pdf", "x.csv");
        says("--db 的值 'a\u0000b.db' 无效：不能用作文件名。", "invalid value 'a\u0000b.db' for --db: not a usable file name.",
                "--db", "a\u0000b.db", "import", "x.csv");
    }

    @Test
    void givenTwiceAndExtraArguments() {
        says("选项 --year 只能给一次。", "option --year may be given only once.", "report", "yearly", "--year", "2024", "--year", "2023");
        says("多余的参数：2024。", "unexpected argument: 2024.", "report", "yearly", "2024");
    }

    @Test
    void bangfusOwnUsageErrorsToo() {
        says("--year 与 --from/--to 不能同时给出", "--year and --from/--to exclude each other", "report", "yearly", "--year", "2024", "--from", "2020");
        says("请给出年份：--year 2024", "name the year: --year 2024", "report", "yearly");
        says("--to 2020 早于 --from 2024。", "--to 2020 is before --from 2024.", "report", "yearly", "--from", "2024", "--to", "2020");
    }

    /** An unknown --lang cannot choose the language of its own error: the environment's is used. */
    @Test
    void anUnknownLanguageIsNamed() {
        Run run = Run.of("--lang", "fr", "--help");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).startsWith("bangfu: invalid value 'fr' for --lang: expected zh or en.");
    }
}
