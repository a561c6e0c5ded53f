package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.Workbooks;
import bangfu.model.IdNumber;
import bangfu.store.sqlite.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rosters and ledgers shaped like real ones from older systems and other provinces import whole: the older
 * scheme's terms, regional names of fund sources, compound payment methods, months without a day, the roster
 * fields unions add, and the words a union teaches bangfu.
 */
class RealFormsTest {
    static final String[] OLD_HEADER = {"序号", "姓名", "性别", "身份证号码", "出生年月", "所属工会", "困难类别", "建档年月",
        "致困原因", "医疗保险"};
    static final String H1 = id("19750312", 11);
    static final String H2 = id("19800725", 22);
    static final String H3 = id("19820301", 31);
    static final String H4 = id("19781109", 42);
    static final String H5 = id("19690505", 51);
    /** The pre-2018 national system's terms, shorthand and blanks, as one union's roster of 2016 has them. */
    static final List<String[]> OLD_ROWS = List.of(
            new String[] {"1", "张三", "男", H1, "1975.03", "弥勒市总工会", "低保户", "2016年6月", "子女教育、单亲家庭", "新农合"},
            new String[] {"2", "李芳", "女", H2, "1980-07", "弥勒市总工会", "低保边缘户", "2016.07", "失业下岗、企业经营困难", "城镇职工医保"},
            new String[] {"3", "王强", "", H3, "198203", "弥勒市总工会", "低保户", "201608", "因病、子女教育", "无"},
            new String[] {"4", "赵丽", "女", H4, "1978年11月", "弥勒市总工会", "", "2017-01", "单亲家庭", "居民医保"},
            new String[] {"5", "钱军", "男", H5, "1969年5月", "弥勒市总工会", "意外致困户", "2016年9月", "企业经营困难", "是"});

    @TempDir Path dir;

    Path db() {
        return dir.resolve("t.db");
    }

    private Path csv(String name, String[] header, List<String[]> rows) throws Exception {
        Path file = dir.resolve(name);
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", header));
        for (String[] r : rows) lines.add(String.join(",", r));
        Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Run importing(String... args) {
        List<String> all = new ArrayList<>(List.of("--lang", "en", "--db", db().toString(), "import"));
        all.addAll(Arrays.asList(args));
        return Run.of(all.toArray(String[]::new));
    }

    /** How often each word stands in a column of the fixture: the expected counts of the mapping summary. */
    private static Map<String, Integer> words(List<String[]> rows, int column) {
        Map<String, Integer> n = new LinkedHashMap<>();
        for (String[] r : rows) for (String w : r[column].split("、")) if (!w.isEmpty()) n.merge(w, 1, Integer::sum);
        return n;
    }

    private static String rows(int n) {
        return n == 1 ? "1 row" : n + " rows";
    }

    @Test
    void aRosterInThePre2018NationalSchemesTermsImportsWholeAndSaysWhatWasReadAsWhat() throws Exception {
        Path roster = csv("花名册-2016.csv", OLD_HEADER, OLD_ROWS);
        Run run = importing(roster.toString());

        assertThat(run.exit()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("read 5, inserted 5, updated 0, unchanged 0, rejected 0");
        Map<String, Integer> tiers = words(OLD_ROWS, 6);
        assertThat(run.out()).contains("困难类别: 低保户 → 深度困难 (older scheme), " + rows(tiers.get("低保户")))
                .contains("困难类别: 低保边缘户 → 相对困难 (older scheme), " + rows(tiers.get("低保边缘户")))
                .contains("困难类别: 意外致困户 → 意外致困 (older scheme), " + rows(tiers.get("意外致困户")));
        Map<String, Integer> causes = words(OLD_ROWS, 8);
        assertThat(run.out()).contains("致困原因: 子女教育 → 子女上学, " + rows(causes.get("子女教育")))
                .contains("致困原因: 失业下岗 → 下岗失业, " + rows(causes.get("失业下岗")))
                .contains("致困原因: 因病 → 患重特大疾病, " + rows(causes.get("因病")))
                .contains("致困原因: 单亲家庭 → 其他 (no code of its own: wording kept), " + rows(causes.get("单亲家庭")))
                .contains("致困原因: 企业经营困难 → 其他 (no code of its own: wording kept), " + rows(causes.get("企业经营困难")))
                .contains("医疗保险: 新农合 → 城乡居民基本医疗保险 (older scheme), 1 row")
                .contains("医疗保险: 是 → 已参保, 1 row");

        assertThat(Sql.rows(db(), """
                SELECT head_name, coalesce(tier, '-'), filed_on, birth_date, main_cause, coalesce(secondary_causes, '-'),
                       coalesce(main_cause_wording, '-'), coalesce(secondary_causes_wording, '-'), medical_insurance, gender
                FROM households ORDER BY head_name""")).containsExactly(
                List.of("张三", "DEEP", "2016-06", "1975-03", "SCHOOLING", "OTHER", "-", "单亲家庭", "RESIDENT", "MALE"),
                List.of("李芳", "RELATIVE", "2016-07", "1980-07", "LAID_OFF", "OTHER", "-", "企业经营困难", "EMPLOYEE", "FEMALE"),
                List.of("王强", "DEEP", "2016-08", "1982-03", "SERIOUS_ILLNESS", "SCHOOLING", "-", "-", "NONE", "MALE"),
                List.of("赵丽", "-", "2017-01", "1978-11", "OTHER", "-", "单亲家庭", "-", "RESIDENT", "FEMALE"),
                List.of("钱军", "ACCIDENT", "2016-09", "1969-05", "OTHER", "-", "企业经营困难", "-", "INSURED", "MALE"));
        // The household's file shows 其他 with what the roster wrote, and the filing month as a month.
        Run dossier = Run.of("--lang", "zh", "--db", db().toString(), "report", "household", H1);
        assertThat(dossier.out()).containsPattern("次要致困原因\\s+其他（单亲家庭）").containsPattern("建档日期\\s+2016-06\\s");
    }

    @Test
    void aTermKeptAsOtherIsOneWarningPerTermWithItsCountNotOnePerRow() throws Exception {
        Run run = importing("--format", "json", csv("花名册-2016.csv", OLD_HEADER, OLD_ROWS).toString());
        JsonNode file = new ObjectMapper().readTree(run.out()).get("files").get(0);
        List<JsonNode> kept = new ArrayList<>();
        file.get("findings").forEach(f -> {
            if (f.get("code").asText().equals("VALUE_KEPT_AS_OTHER")) kept.add(f);
        });
        Map<String, Integer> causes = words(OLD_ROWS, 8);
        assertThat(kept).extracting(f -> f.get("value").asText()).containsExactlyInAnyOrder("单亲家庭", "企业经营困难");
        for (JsonNode f : kept) {
            String word = f.get("value").asText();
            assertThat(f.get("severity").asText()).isEqualTo("warning");
            assertThat(f.get("message").asText()).contains(causes.get(word) + " row(s)");
            // placed at the first row where the term stands, in the 致困原因 column (I)
            int first = 2 + indexOfFirst(word);
            assertThat(f.get("cell").asText()).isEqualTo("I" + first);
        }
        // the blank 困难类别 and the blank 性别 (taken from the ID) are said too
        assertThat(run.out()).contains("TIER_MISSING").contains("GENDER_FROM_ID");
        Map<String, JsonNode> readings = new LinkedHashMap<>();
        file.get("readings").forEach(r -> readings.put(r.get("column").asText() + ":" + r.get("written").asText(), r));
        assertThat(readings.get("致困原因:单亲家庭").get("code").asText()).isEqualTo("OTHER");
        assertThat(readings.get("致困原因:单亲家庭").get("reading").asText()).isEqualTo("kept_as_other");
        assertThat(readings.get("致困原因:单亲家庭").get("rows").asInt()).isEqualTo(causes.get("单亲家庭"));
        assertThat(readings.get("困难类别:低保户").get("reading").asText()).isEqualTo("legacy");
        assertThat(readings.get("致困原因:子女教育").get("reading").asText()).isEqualTo("alias");
        assertThat(readings).doesNotContainKey("困难类别:深度困难");
    }

    private static int indexOfFirst(String word) {
        for (int i = 0; i < OLD_ROWS.size(); i++) if (Arrays.asList(OLD_ROWS.get(i)[8].split("、")).contains(word)) return i;
        throw new AssertionError(word);
    }

    @Test
    void verifySaysWhatWasReadAsWhatToo() throws Exception {
        Path roster = csv("花名册-2016.csv", OLD_HEADER, OLD_ROWS);
        Run run = Run.of("--lang", "zh", "--db", db().toString(), "verify", roster.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("写法对照：").contains("致困原因：子女教育 → 子女上学，2 行")
                .contains("困难类别：低保户 → 深度困难（旧制称谓），2 行");
        Run json = Run.of("--db", db().toString(), "verify", "--format", "json", roster.toString());
        assertThat(new ObjectMapper().readTree(json.out()).get("files").get(0).get("readings")).hasSizeGreaterThan(5);
    }

    static final String[] LEDGER_HEADER = {"姓名", "身份证号码", "救助类型", "金额（元）", "发放日期", "资金来源", "发放方式"};
    /** A ledger of an autonomous prefecture: its fund names by level, and card payments written as compounds. */
    static final List<String[]> PREFECTURE_LEDGER = List.of(
            new String[] {"张三", H1, "金秋助学", "2000", "2016-09-01", "州级", "社保卡发放"},
            new String[] {"李芳", H2, "大病救助", "5000", "2016-10-12", "县（市）级", "惠民惠农一卡通"},
            new String[] {"王强", H3, "生活救助", "1200", "2016-12-20", "州财政", "代发工资卡"},
            new String[] {"赵丽", H4, "送温暖", "500", "2017-01-20", "乡镇财政", "银行卡转账"},
            new String[] {"钱军", H5, "春节慰问", "500", "2017-01-20", "自治州级财政", "社保卡发放"},
            new String[] {"张三", H1, "两节慰问", "600", "2017-01-21", "县级市财政", "银行卡转账"});

    @Test
    void aLedgerInAPrefecturesTermsImportsWhole() throws Exception {
        assertThat(importing(csv("花名册-2016.csv", OLD_HEADER, OLD_ROWS).toString()).exit()).isZero();
        Run run = importing(csv("救助发放表-2016.csv", LEDGER_HEADER, PREFECTURE_LEDGER).toString());

        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(run.out()).contains("read 6, inserted 6, updated 0, unchanged 0, rejected 0")
                .contains("资金来源: 州级 → 地市级财政, 1 row").contains("资金来源: 县（市）级 → 区县级财政, 1 row")
                .contains("资金来源: 乡镇财政 → 其他 (no code of its own: wording kept), 1 row")
                .contains("发放方式: 社保卡发放 → 银行卡, 2 rows").contains("发放方式: 银行卡转账 → 银行卡, 2 rows")
                .contains("救助类型: 金秋助学 → 助学救助, 1 row").contains("VALUE_KEPT_AS_OTHER")
                .doesNotContain("PAYMENT_CASH");
        assertThat(Sql.rows(db(), """
                SELECT h.head_name, a.kind, a.fund_source, coalesce(a.fund_source_wording, '-'), a.method FROM assistance a
                JOIN households h ON h.id = a.household_id ORDER BY a.paid_on, h.head_name""")).containsExactly(
                List.of("张三", "EDUCATION", "CITY", "-", "BANK_CARD"),
                List.of("李芳", "MEDICAL", "COUNTY", "-", "BANK_CARD"),
                List.of("王强", "LIVING", "CITY", "-", "BANK_CARD"),
                List.of("赵丽", "WARMTH", "OTHER", "乡镇财政", "BANK_CARD"),
                List.of("钱军", "WARMTH", "CITY", "-", "BANK_CARD"),
                List.of("张三", "WARMTH", "COUNTY", "-", "BANK_CARD"));
    }

    @Test
    void aUnionTeachesBangfuItsWordsForLedgerAndVisitFields() throws Exception {
        assertThat(importing(csv("花名册-2016.csv", OLD_HEADER, OLD_ROWS).toString()).exit()).isZero();
        Path ledger = csv("发放表.csv", LEDGER_HEADER, List.<String[]>of(
                new String[] {"张三", H1, "困难帮扶金", "800", "2016-11-02", "专项资金", "银行卡"}));
        Path visits = csv("走访.csv", new String[] {"姓名", "身份证号码", "走访日期", "走访类型", "结果"}, List.<String[]>of(
                new String[] {"张三", H1, "2016-11-03", "微信视频", "基本好转"}));
        Run unknown = importing("--dry-run", ledger.toString(), visits.toString());
        assertThat(unknown.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(unknown.out()).contains("VALUE_UNKNOWN").contains("困难帮扶金").contains("专项资金").contains("微信视频")
                .contains("基本好转");

        Path yaml = dir.resolve("words.yaml");
        Files.writeString(yaml, """
                values:
                  fund_source:
                    专项资金: CENTRAL
                  ledger:
                    kind:
                      困难帮扶金: 生活救助
                  visits:
                    kind:
                      微信视频: PHONE
                    outcome:
                      基本好转: IMPROVED
                """);
        Run taught = importing("--mapping", yaml.toString(), ledger.toString(), visits.toString());
        assertThat(taught.exit()).as(taught.out()).isZero();
        assertThat(taught.out()).contains("救助类型: 困难帮扶金 → 生活救助, 1 row").contains("资金来源: 专项资金 → 中央财政, 1 row")
                .contains("走访类型: 微信视频 → 电话回访, 1 row").contains("结果: 基本好转 → 好转, 1 row");
        assertThat(Sql.rows(db(), "SELECT kind, fund_source FROM assistance")).containsExactly(List.of("LIVING", "CENTRAL"));
        assertThat(Sql.rows(db(), "SELECT kind, outcome FROM visits")).containsExactly(List.of("PHONE", "IMPROVED"));
    }

    @Test
    void unknownValuesBecomeOtherWithTheirWordingWhenThePolicySaysSo() throws Exception {
        List<String[]> rows = List.of(
                new String[] {"1", "张三", "男", H1, "1975-03", "弥勒市总工会", "深度困难", "2016-06", "家庭变故", "无"},
                new String[] {"2", "李芳", "女", H2, "1980-07", "弥勒市总工会", "相对困难", "2016-07", "因病、家庭变故", "无"},
                new String[] {"3", "王强", "男", H3, "1982-03", "弥勒市总工会", "深度困难", "2016-08", "因病", "无"});
        Path roster = csv("花名册.csv", OLD_HEADER, rows);
        Run strict = importing("--dry-run", roster.toString());
        assertThat(strict.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(strict.out()).contains("rejected 2").contains("VALUE_UNKNOWN");

        Path yaml = dir.resolve("policy.yaml");
        Files.writeString(yaml, "policy:\n  unknown_values:\n    main_cause: other\n");
        Run kept = importing("--mapping", yaml.toString(), "--format", "json", roster.toString());
        assertThat(kept.exit()).as(kept.out()).isZero();
        JsonNode file = new ObjectMapper().readTree(kept.out()).get("files").get(0);
        assertThat(file.get("counts").get("rejected").asInt()).isZero();
        List<JsonNode> warnings = new ArrayList<>();
        file.get("findings").forEach(f -> {
            if (f.get("code").asText().equals("VALUE_UNKNOWN_AS_OTHER")) warnings.add(f);
        });
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).get("message").asText()).contains("家庭变故").contains("2 row(s)");
        assertThat(file.get("readings").get(0).get("reading").asText()).isEqualTo("unknown_as_other");
        assertThat(Sql.rows(db(), """
                SELECT head_name, main_cause, coalesce(secondary_causes, '-'), coalesce(main_cause_wording, '-'),
                       coalesce(secondary_causes_wording, '-') FROM households ORDER BY head_name""")).containsExactly(
                List.of("张三", "OTHER", "-", "家庭变故", "-"),
                List.of("李芳", "SERIOUS_ILLNESS", "OTHER", "-", "家庭变故"),
                List.of("王强", "SERIOUS_ILLNESS", "-", "-", "-"));
    }

    @Test
    void monthsWithoutADayAreStoredAsMonthsAndCountFromTheirFirstDay() throws Exception {
        String a = id("19800115", 11);
        String b = id("19751220", 22);
        String c = id("19900601", 33);
        Path roster = dir.resolve("roster.xlsx");
        Workbooks.write(roster, "花名册", null, List.of("姓名", "身份证号码", "出生年月", "所属工会", "困难类别", "建档年月"),
                List.of(List.of("张三", a, 198001, "东城区总工会", "深度困难", 202406),
                        List.of("李四", b, "1975.12", "东城区总工会", "相对困难", 2024.06),
                        List.of("王五", c, "1990年6月", "东城区总工会", "深度困难", "2024年6月")));
        Run run = importing(roster.toString());
        assertThat(run.exit()).as(run.out()).isZero();
        assertThat(Sql.rows(db(), "SELECT head_name, birth_date, filed_on, filed_year FROM households ORDER BY head_name"))
                .containsExactlyInAnyOrder(List.of("张三", "1980-01", "2024-06", "2024"), List.of("李四", "1975-12", "2024-06", "2024"),
                        List.of("王五", "1990-06", "2024-06", "2024"));
        // 先建档、后帮扶 reads the month as its first day: 1 June is within the file, 31 May is before it.
        Path ledger = csv("ledger.csv", LEDGER_HEADER, List.<String[]>of(
                new String[] {"张三", a, "生活救助", "500", "2024-06-01", "工会经费", "银行卡"},
                new String[] {"李四", b, "生活救助", "500", "2024-05-31", "工会经费", "银行卡"}));
        Run paid = importing(ledger.toString());
        assertThat(paid.out()).contains("inserted 1").contains("rejected 1").contains("PAYMENT_BEFORE_FILED")
                .contains("2024-06-01");
        // The dossier shows the month as the roster stated it.
        Run dossier = Run.of("--lang", "zh", "--db", db().toString(), "report", "household", a);
        assertThat(dossier.out()).containsPattern("建档日期\\s+2024-06\\s");
        // A birth month that contradicts the ID is still an error.
        Path wrong = dir.resolve("wrong.xlsx");
        Workbooks.write(wrong, "花名册", null, List.of("姓名", "身份证号码", "出生年月", "所属工会"),
                List.of(List.of("赵六", id("19800215", 41), "1980.03", "东城区总工会")));
        assertThat(importing("--dry-run", wrong.toString()).out()).contains("ID_BIRTH_MISMATCH");
        // 2024.1 as a number may be January or October: refused, not guessed.
        Path ambiguous = dir.resolve("ambiguous.xlsx");
        Workbooks.write(ambiguous, "花名册", null, List.of("姓名", "身份证号码", "建档年月", "所属工会"),
                List.of(List.of("赵六", id("19800215", 41), 2024.1, "东城区总工会")));
        assertThat(importing("--dry-run", ambiguous.toString()).out()).contains("DATE_MONTH_AMBIGUOUS");
    }

    @Test
    void theYearlyReportCountsAFilingMonthFromItsFirstDay() throws Exception {
        Path roster = csv("r.csv", new String[] {"姓名", "身份证号码", "所属工会", "困难类别", "建档年月"}, List.<String[]>of(
                new String[] {"张三", id("19800115", 11), "东城区总工会", "深度困难", "2024-01"},
                new String[] {"李四", id("19751220", 22), "东城区总工会", "深度困难", "2023-12"}));
        assertThat(importing(roster.toString()).exit()).isZero();
        Run report = Run.of("--lang", "zh", "--db", db().toString(), "report", "yearly", "--year", "2024", "--format", "csv");
        assertThat(report.exit()).as(report.err()).isZero();
        // an independent count: files filed in 2024 by the text of their filing month
        long filed2024 = Sql.count(db(), "SELECT count(*) FROM households WHERE substr(filed_on, 1, 4) = '2024'");
        long before = Sql.count(db(), "SELECT count(*) FROM households WHERE filed_on < '2024'");
        String deep = report.out().lines().filter(l -> l.startsWith("深度困难,")).findFirst().orElseThrow();
        assertThat(deep).startsWith("深度困难," + before + "," + filed2024 + ",");
    }

    @Test
    void regionMonthlyIncomeVehicleInsuranceAndTheEmployersCode() throws Exception {
        String foreigner = foreignerId("937704", "19820315", "002");
        String[] header = {"姓名", "身份证号码", "所属工会", "所属地区", "家庭月总收入（元）", "家庭人口", "人均月收入（元）", "有无车辆",
            "医疗保险", "工作单位", "统一社会信用代码"};
        Path roster = csv("r.csv", header, List.<String[]>of(
                new String[] {"阮氏梅", foreigner, "弥勒市总工会", "云南省红河州弥勒市", "3000", "3", "1000", "无", "职工医保",
                    "弥勒市食品厂", "91532504MA6K0B1C2Y"},
                new String[] {"张三", id("19800115", 11), "东城区总工会", "北京市东城区", "4500", "3", "1500", "有", "居民医保",
                    "东城区服装厂", "91110101MA01N8X4KG"},
                new String[] {"李四", id("19751220", 22), "东城区总工会", "弥勒", "", "", "", "否", "", "", ""},
                new String[] {"王五", foreigner.substring(0, 17) + (foreigner.charAt(17) == '1' ? '2' : '1'), "弥勒市总工会",
                    "云南省红河州弥勒市", "", "", "", "", "", "", ""}));
        Run run = importing(roster.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.out()).contains("read 4, inserted 3, updated 0, unchanged 0, rejected 1").contains("ID_CHECK_DIGIT")
                .contains("REGION_UNSPLIT").contains("CREDIT_CODE_CHECK").doesNotContain("PER_CAPITA_MISMATCH");
        assertThat(Sql.rows(db(), """
                SELECT head_name, coalesce(province, '-'), coalesce(city, '-'), coalesce(county, '-'), region,
                       coalesce(monthly_income_fen, '-'), has_vehicle, coalesce(medical_insurance, '-'),
                       coalesce(employer_credit_code, '-'), coalesce(json_extract(extra, '$.统一社会信用代码'), '-')
                FROM households ORDER BY head_name""")).containsExactly(
                List.of("张三", "北京市", "北京市", "东城区", "北京市东城区", "450000", "1", "RESIDENT", "-", "91110101MA01N8X4KG"),
                List.of("李四", "-", "-", "-", "弥勒", "-", "0", "-", "-", "-"),
                List.of("阮氏梅", "云南省", "红河州", "弥勒市", "云南省红河州弥勒市", "300000", "0", "EMPLOYEE", "91532504MA6K0B1C2Y", "-"));
        assertThat(Sql.one(db(), "SELECT gender FROM households WHERE head_name = '阮氏梅'")).isNull();
        assertThat(new IdNumber(foreigner).gender().name()).isEqualTo("FEMALE");
    }

    @Test
    void aBlankGenderIsTakenFromTheIdWithAWarning() throws Exception {
        String female = id("19800115", 22);
        Path roster = csv("r.csv", new String[] {"姓名", "性别", "身份证号码", "所属工会", "困难类别"}, List.<String[]>of(
                new String[] {"张三", "", female, "东城区总工会", "深度困难"}));
        Run run = importing(roster.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("GENDER_FROM_ID").contains("(女)").doesNotContain("TIER_MISSING");
        assertThat(Sql.one(db(), "SELECT gender FROM households")).isEqualTo("FEMALE");
    }

    /** A 2023 foreigner's permanent residence card number; the check digit is computed here, apart from bangfu. */
    static String foreignerId(String first6, String birth, String sequence) {
        String first17 = first6 + birth + sequence;
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * weights[i];
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
