package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.NoticeColumn;
import bangfu.store.sqlite.Sql;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 公示 list: its amounts as plain SQL sums them, and no ID or phone in any format whatever bangfu.yaml asks
 * for — also when a work unit's name as typed holds one.
 */
class ReportNoticeCommandTest {
    static final Pattern LONG_NUMBER = Pattern.compile("\\d{10,}");
    static final Pattern MASKED_NUMBER = Pattern.compile("\\*{4,}");

    @TempDir static Path shared;
    @TempDir Path dir;

    static Path examples() {
        return shared.resolve("examples.db");
    }

    @BeforeAll
    static void importExamples() {
        ExampleDatabase.importInto(examples());
    }

    @Test
    void everyHouseholdAndKindWithTheSumSqlFindsForTheYear() {
        Run run = Run.of("--lang", "zh", "--db", examples().toString(), "report", "notice", "--year", "2024", "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        List<List<String>> expected = Sql.rows(examples(), """
                SELECT h.employer, a.kind, printf('%.2f', sum(a.amount_fen) / 100.0) FROM assistance a
                JOIN households h ON h.id = a.household_id WHERE a.paid_on BETWEEN '2024-01-01' AND '2024-12-31'
                GROUP BY h.id, a.kind""");
        List<String> lines = run.out().lines().filter(l -> l.matches("\\d+,.*")).toList();
        assertThat(lines).hasSize(expected.size());
        List<String> shown = lines.stream().map(l -> {
            String[] c = l.split(",", -1);
            return c[3] + "|" + c[5] + "|" + c[6];
        }).sorted().toList();
        List<String> sql = expected.stream().map(e -> e.get(0) + "|" + bangfu.model.AssistanceKind.valueOf(e.get(1)).chinese()
                + "|" + e.get(2)).sorted().toList();
        assertThat(shown).isEqualTo(sql);
        String total = Sql.one(examples(), "SELECT printf('%.2f', sum(amount_fen) / 100.0) FROM assistance"
                + " WHERE paid_on BETWEEN '2024-01-01' AND '2024-12-31'");
        assertThat(run.out()).contains(",合计,,,,," + total);
        long households = Sql.count(examples(), "SELECT count(DISTINCT household_id) FROM assistance"
                + " WHERE paid_on BETWEEN '2024-01-01' AND '2024-12-31'");
        assertThat(run.out()).contains("共 " + households + " 户，金额合计 " + total + " 元");
    }

    @Test
    void noIdOrPhoneInAnyFormatWhateverTheColumns() throws Exception {
        String head = id("19800101", 21);
        String other = id("19700101", 22);
        Path db = dir.resolve("t.db");
        Path roster = Files.writeString(dir.resolve("roster.csv"), """
                姓名,身份证号码,所属工会,工作单位,联系电话,家庭住址,健康状况,建档日期,档案状态,困难类别,主要致困原因
                张小华,%s,甲工会 13900001111,乙厂（联系人 %s 电话 13812345678 座机 010-87654321）,13912345678,某路1号,重病,2023-01-10,在档,深度困难,患重特大疾病
                """.formatted(head, other));
        Path ledger = Files.writeString(dir.resolve("ledger.csv"), """
                姓名,身份证号码,救助类型,金额（元）,发放日期,资金来源,发放方式,银行卡号,发放批次
                张小华,%s,医疗救助,1200,2024-03-01,工会经费,银行卡,6228480012345671,第1批 13800001111
                """.formatted(head));
        for (Path f : List.of(roster, ledger)) {
            Run load = Run.of("--db", db.toString(), "import", f.toString());
            assertThat(load.exit()).as(load.out()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
        }
        List<String> secrets = new ArrayList<>(Sql.rows(db, "SELECT head_id, phone, address, health FROM households").get(0));
        secrets.addAll(List.of(other, "13812345678", "87654321", "13900001111", "6228480012345671", "5671", "患重特大疾病",
                head.substring(0, 4) + "*", "138****"));
        String all = Arrays.stream(NoticeColumn.values()).map(NoticeColumn::key).collect(Collectors.joining(", "));
        Path policy = Files.writeString(dir.resolve("bangfu.yaml"), "notice:\n  columns: [" + all + "]\n  title: 公示 电话 13800138000\n");
        for (String format : List.of("text", "csv", "json", "md", "xlsx")) {
            for (List<String> period : List.of(List.of("--year", "2024"), List.of("--batch", "第1批 13800001111"))) {
                List<String> args = new ArrayList<>(List.of("--lang", "zh", "--db", db.toString(), "report", "notice", "--format", format));
                args.addAll(period);
                Path out = dir.resolve("notice-" + format + (period.get(0).equals("--year") ? "" : "-batch") + "." + format);
                if (format.equals("xlsx")) args.addAll(List.of("--out", out.toString()));
                Run run = Run.of(args.toArray(String[]::new));
                assertThat(run.exit()).as(format + ": " + run.err()).isZero();
                String text = format.equals("xlsx") ? cells(out) : run.out().replace("\\*", "*");
                assertThat(text).as(format).contains("张*华").contains("1200");
                for (String secret : secrets) assertThat(text).as(format).doesNotContain(secret);
                assertThat(LONG_NUMBER.matcher(text).find()).as(format + ": a long number in\n" + text).isFalse();
                assertThat(MASKED_NUMBER.matcher(text).find()).as(format + ": a masked number in\n" + text).isFalse();
            }
        }
        // the database itself holds the secrets the notices left out
        assertThat(Sql.one(db, "SELECT employer FROM households")).contains("13812345678");
        assertThat(policy).exists();
    }

    @Test
    void aPolicyAskingForAPersonalDetailIsRefusedWithItsLine() throws Exception {
        for (String asked : List.of("id", "phone", "address", "card", "health", "cause", "ID_NUMBER")) {
            Path policy = Files.writeString(dir.resolve(asked + ".yaml"), "# a notice\nnotice:\n  columns: [name, " + asked + "]\n");
            Run run = Run.of("--lang", "en", "--db", examples().toString(), "report", "notice", "--year", "2024",
                    "--mapping", policy.toString());
            assertThat(run.exit()).as(asked).isEqualTo(ExitCode.UNUSABLE_INPUT);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip().lines()).hasSize(1);
            assertThat(run.err()).contains("line 3").contains("notice.columns").contains(asked).contains("may never show");
        }
        Path typo = Files.writeString(dir.resolve("typo.yaml"), "notice:\n  colums: [name]\n");
        Run run = Run.of("--lang", "en", "--db", examples().toString(), "report", "notice", "--year", "2024", "--mapping", typo.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err()).contains("line 2").contains("notice.colums");
        Path wrongType = Files.writeString(dir.resolve("type.yaml"), "notice:\n  columns: name\n");
        run = Run.of("--lang", "en", "--db", examples().toString(), "report", "notice", "--year", "2024", "--mapping", wrongType.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.err()).contains("line 2").contains("notice.columns must be a list");
    }

    @Test
    void withoutAKindColumnAHouseholdIsOneLineWithAllItReceived() throws Exception {
        Path policy = Files.writeString(dir.resolve("short.yaml"), "notice:\n  columns: [name, amount]\n");
        Run run = Run.of("--lang", "zh", "--db", examples().toString(), "report", "notice", "--year", "2024",
                "--format", "csv", "--mapping", policy.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        long households = Sql.count(examples(), "SELECT count(DISTINCT household_id) FROM assistance"
                + " WHERE paid_on BETWEEN '2024-01-01' AND '2024-12-31'");
        assertThat(run.out().lines().filter(l -> l.matches("\\d+,.*"))).hasSize((int) households);
        String sum = Sql.one(examples(), "SELECT printf('%.2f', sum(amount_fen) / 100.0) FROM assistance"
                + " WHERE paid_on BETWEEN '2024-01-01' AND '2024-12-31'");
        BigDecimal total = run.out().lines().filter(l -> l.matches("\\d+,.*"))
                .map(l -> new BigDecimal(l.split(",")[2])).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(total).isEqualByComparingTo(sum);
        assertThat(run.out().toLowerCase(Locale.ROOT)).contains("序号,户主姓名,金额");
    }

    private static String cells(Path xlsx) throws Exception {
        StringBuilder out = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            for (Sheet sheet : wb) {
                out.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) for (Cell cell : row) out.append(cell.toString()).append('\t');
                out.append('\n');
            }
        }
        return out.toString();
    }
}
