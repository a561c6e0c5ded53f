package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese file names through bin/bangfu whatever the locale. The JVM takes the encoding of file names from the
 * locale, and under LANG=C the README's own commands failed with InvalidPathException.
 */
class LocaleIT {
    @TempDir Path dir;

    @Test
    void chineseFileNamesInAndOutUnderLangC() throws Exception {
        Files.copy(Path.of("examples/花名册-东城区总工会-2024.xlsx"), dir.resolve("花名册-东城区总工会-2024.xlsx"));
        Files.copy(Path.of("examples/救助发放表-2024.xlsx"), dir.resolve("救助发放表-2024.xlsx"));
        Bangfu imported = Bangfu.run(dir, "--db", "工会.db", "import", "花名册-东城区总工会-2024.xlsx", "救助发放表-2024.xlsx");
        assertThat(imported.err()).doesNotContain("InvalidPath").doesNotContain("?");
        assertThat(imported.out()).contains("花名册-东城区总工会-2024.xlsx").contains("inserted 12");
        assertThat(Sql.count(dir.resolve("工会.db"), "SELECT count(*) FROM households")).isEqualTo(12);
        Bangfu report = Bangfu.run(dir, "--lang", "zh", "--db", "工会.db", "report", "yearly", "--year", "2024", "--format", "csv",
                "--out", "年度统计-2024.csv");
        assertThat(report.exit()).as(report.err()).isZero();
        assertThat(Files.readString(dir.resolve("年度统计-2024.csv"))).contains("生活救助");
        Bangfu annotated = Bangfu.run(dir, "verify", "--annotate", "检查结果.xlsx", "花名册-东城区总工会-2024.xlsx");
        assertThat(annotated.err()).isEmpty();
        assertThat(dir.resolve("检查结果.xlsx")).exists();
    }

    /** LANG=zh_CN.UTF-8 on a machine without that locale: the file names need a UTF-8 locale, the messages stay Chinese. */
    @Test
    void theClerksLanguageSurvivesTheLaunchersLocale() throws Exception {
        Files.copy(Path.of("examples/花名册-西城区总工会-2024.csv"), dir.resolve("花名册.csv"));
        ProcessBuilder pb = Bangfu.builder(dir, "--db", "库.db", "import", "花名册.csv");
        pb.environment().put("LANG", "zh_CN.UTF-8");
        Bangfu run = Bangfu.run(pb);
        assertThat(run.err()).doesNotContain("InvalidPath");
        assertThat(run.out()).contains("花名册.csv").contains("读取");
        ProcessBuilder english = Bangfu.builder(dir, "--db", "库.db", "import", "花名册.csv");
        english.environment().put("LANG", "C");
        assertThat(Bangfu.run(english).out()).contains("already imported");
    }
}
