package bangfu.privacy;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.PrivacyScan;
import bangfu.cli.Run;
import bangfu.model.Lang;
import bangfu.model.Message;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No ID, phone or bank-card number in full anywhere bangfu speaks: the golden outputs, every message of the
 * catalogues, and everything the commands print and write (each run of bangfu in the tests is scanned by
 * {@link PrivacyScan}; here every writing command and format runs once over data full of such numbers).
 */
class PrivacyScanTest {
    static final String A = id("19800101", 11);
    static final String B = id("19751231", 22);
    static final String CARD = "6228480012345671";
    static final String PHONE = "13812345678";

    @TempDir Path dir;

    @Test
    void theScanFindsFullNumbersAndNothingElse() {
        assertThat(PrivacyScan.leaks("户主 " + A + "，电话 " + PHONE + "，卡号 " + CARD + "，旧证 110101800101001"))
                .containsExactly("ID " + A, "phone " + PHONE, "card " + CARD, "old ID 110101800101001");
        assertThat(PrivacyScan.leaks("1101**********0011 138****5678 6228********5671 2024-01-10 1500.50 元 "
                + "sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 /tmp/junit-3752380110451693822/x"))
                .isEmpty();
    }

    @Test
    void goldenOutputsHoldNoFullNumbers() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("src/test/resources/golden"))) {
            for (Path folder : cases.sorted().toList()) {
                Path expected = folder.resolve("expected.txt");
                if (!Files.exists(expected)) continue;
                boolean revealed = false;
                boolean tables = false;
                for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
                    // After "-- tables" comes the database's content, judged as the database is: the change log
                    // keeps an accepted ID or phone and a row's digest in full.
                    if (line.equals("-- tables")) tables = true;
                    if (tables && line.startsWith("change | ") && PrivacyScan.keptInChangeLog(line.split(" \\| ")[2])) continue;
                    // The clerk's own command line is input, not output; what --reveal prints is meant to be full.
                    if (line.startsWith("$ bangfu ")) {
                        revealed = line.contains("--reveal");
                        continue;
                    }
                    if (!revealed) PrivacyScan.leaks(line).forEach(l -> found.add(folder.getFileName() + ": " + l));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyMessageRenderedWithSampleValuesHoldsNoFullNumber() throws IOException {
        // Values as the code passes them, masked: a full number in the output would come from the text itself.
        String[] samples = {"花名册.xlsx", "1101**********0011", "138****5678", "6228********5671", "12", "B (身份证号码)"};
        List<String> found = new ArrayList<>();
        int rendered = 0;
        for (String catalogue : catalogues()) {
            for (Lang lang : Lang.values()) {
                Properties p = new Properties();
                try (InputStream in = PrivacyScanTest.class.getResourceAsStream("/bangfu/i18n/" + catalogue + "." + lang.code()
                        + ".properties")) {
                    p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                }
                for (String key : p.stringPropertyNames()) {
                    // The help bundle is picocli's, read as it stands; the others are Message catalogues.
                    String text = catalogue.equals("help") ? p.getProperty(key) : Message.of(key, (Object[]) samples).render(lang);
                    rendered++;
                    PrivacyScan.leaks(text).forEach(l -> found.add(key + " (" + lang + "): " + l));
                }
            }
        }
        assertThat(rendered).isGreaterThan(400);
        assertThat(found).isEmpty();
    }

    private static List<String> catalogues() throws IOException {
        List<String> names = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/bangfu/i18n"))) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                if (n.endsWith(".en.properties")) names.add(n.substring(0, n.length() - ".en.properties".length()));
            }
        }
        Collections.sort(names);
        return names;
    }

    @Test
    void everyWritingCommandAndFormatOverDataFullOfPersonalNumbers() throws Exception {
        Path db = dir.resolve("u.db");
        Path roster = dir.resolve("r.csv");
        Files.writeString(roster, "姓名,身份证号码,所属工会,困难类别,联系电话,建档日期,备注\n"
                + "张三," + A + ",东城区总工会,深度困难," + PHONE + ",2024-01-10,妻 " + B + " 电话 13987654321\n"
                + "李四," + A.substring(0, 17) + "Y,东城区总工会,深度困难,13700001111,2024-01-10,\n");
        Path ledger = dir.resolve("l.csv");
        Files.writeString(ledger, "姓名,身份证号码,帮扶类型,金额（元）,发放日期,发放方式,银行卡号\n"
                + "张三," + A + ",生活救助,100,2024-05-01,打卡," + CARD + "\n"
                + "张三," + A + ",生活救助,100,2099-05-01,打卡," + CARD + "\n"
                + "王五," + B + ",生活救助,100,2024-05-01,打卡," + CARD + "\n");
        Path changed = dir.resolve("r2.csv");
        Files.writeString(changed, Files.readString(roster).replace(PHONE, "13811112222"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String[]> commands = new ArrayList<>();
        commands.add(new String[] {"--db", db.toString(), "import", roster.toString(), ledger.toString()});
        commands.add(new String[] {"--db", db.toString(), "import", "--format", "json", changed.toString()});
        commands.add(new String[] {"--db", db.toString(), "import", "--dry-run", roster.toString()});
        for (String format : new String[] {"text", "json", "csv"}) {
            commands.add(new String[] {"--db", db.toString(), "verify", "--format", format, roster.toString(), ledger.toString()});
            commands.add(new String[] {"--db", db.toString(), "verify", "--format", format});
        }
        commands.add(new String[] {"--db", db.toString(), "verify", "--annotate", out.resolve("checked.xlsx").toString(), roster.toString()});
        for (String format : new String[] {"text", "csv", "json", "md", "xlsx"}) {
            commands.add(new String[] {"--db", db.toString(), "report", "yearly", "--year", "2024", "--format", format,
                "--out", out.resolve("yearly." + format).toString()});
            commands.add(new String[] {"--db", db.toString(), "report", "household", A, "--format", format,
                "--out", out.resolve("household." + format).toString()});
        }
        commands.add(new String[] {"--db", db.toString(), "report", "household", A});
        for (String lang : new String[] {"zh", "en"}) {
            for (String[] c : commands) {
                String[] args = new String[c.length + 2];
                args[0] = "--lang";
                args[1] = lang;
                System.arraycopy(c, 0, args, 2, c.length);
                Run.of(args); // PrivacyScan checks stdout, stderr, the files written and the database
            }
        }
        assertThat(bangfu.store.sqlite.Sql.count(db, "SELECT count(*) FROM rejects")).isPositive();
        assertThat(bangfu.store.sqlite.Sql.count(db, "SELECT count(*) FROM changes WHERE column_name = 'phone'")).isPositive();
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.count()).isEqualTo(11);
        }
        // The scan is not blind: --reveal shows the full ID, and the clerk's own cells in the copy keep it.
        Run revealed = Run.of("--db", db.toString(), "report", "household", A, "--reveal");
        assertThat(PrivacyScan.leaks(revealed.out())).contains("ID " + A);
        assertThat(PrivacyScan.inFile(out.resolve("checked.xlsx"), false)).isNotEmpty();
        assertThat(PrivacyScan.inFile(out.resolve("checked.xlsx"), true)).isEmpty();
        assertThatThrownBy(() -> PrivacyScan.afterRun(null, new String[] {"report"}, "户主 " + A, ""))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ID " + A);
    }
}
