package bangfu.report;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.TestIds;
import bangfu.cli.Run;
import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.FundSource;
import bangfu.model.Tier;
import bangfu.report.Expected.Household;
import bangfu.report.Expected.Payment;
import bangfu.store.sqlite.Database;
import bangfu.store.sqlite.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every table of {@code bangfu report yearly} against {@link Expected}, an independent computation over the
 * raw rows: on the imported examples and on seeded random data spanning several years, for one year and a
 * run of years, broken down by union and by region, and filtered.
 */
class YearlyReportTest {
    @TempDir static Path dir;
    static Path examples;
    static Path generated;

    @BeforeAll
    static void databases() throws Exception {
        examples = dir.resolve("examples.db");
        Run imported = Run.of("--db", examples.toString(), "import", "--quiet", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/花名册-南岗区总工会-2024.xls",
                "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx");
        assertThat(imported.exit()).as(imported.err()).isEqualTo(1); // the planted mistakes
        generated = dir.resolve("generated.db");
        generate(generated, new Random(20240101));
    }

    @Test
    void examplesOf2024() throws Exception {
        JsonNode report = check(examples, h -> true, null, 2024, 2024);
        // hand-checked against examples/README.md: 23 households loaded, one exited on 2024-09-30
        assertThat(row(report, "files", "total").get("closing").asLong()).isEqualTo(22);
        assertThat(row(report, "files", "total").get("exited").asLong()).isEqualTo(1);
        // 57 payments loaded; the total is their exact sum
        assertThat(row(report, "aid_by_kind", "total").get("events").asLong()).isEqualTo(57);
        assertThat(row(report, "aid_by_kind", "total").get("payments").asLong()).isEqualTo(57);
    }

    @Test
    void visitMinimumComesFromThePolicyThatVerifyUses() throws Exception {
        Path policy = dir.resolve("policy.yaml");
        Files.writeString(policy, "policy:\n  min_visits: 3\n");
        Run run = Run.of("--lang", "en", "--db", examples.toString(), "report", "yearly", "--year", "2024", "--format", "json",
                "--policy", policy.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        long[] expected = new Expected(examples).visits(h -> true, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 3);
        assertVisits(row(report, "visits", "total"), expected, "min_visits 3");
        assertThat(expected[3]).as("more households short of 3 visits than of 2")
                .isGreaterThan(new Expected(examples).visits(h -> true, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 2)[3]);
    }

    @Test
    void outputNeverReplacesTheDatabaseOrADevice() throws Exception {
        Path db = dir.resolve("own.db");
        Files.copy(examples, db);
        String before = Sql.one(db, "SELECT count(*) FROM households");
        for (String format : List.of("csv", "xlsx")) {
            Run run = Run.of("--lang", "en", "--db", db.toString(), "report", "yearly", "--year", "2024", "--format", format,
                    "--out", db.toString());
            assertThat(run.exit()).as(format).isEqualTo(2);
            assertThat(run.err()).contains("is the database itself");
        }
        assertThat(Sql.one(db, "SELECT count(*) FROM households")).isEqualTo(before);
        Run device = Run.of("--db", db.toString(), "report", "yearly", "--year", "2024", "--format", "csv", "--out", "/dev/null");
        assertThat(device.exit()).isEqualTo(3);
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).as("the device is still a device").isFalse();
    }

    @Test
    void aFileThatIsNotABangfuDatabaseIsRefusedUnchanged() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.db"));
        Run run = Run.of("--lang", "en", "--db", empty.toString(), "report", "yearly", "--year", "2024");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(Files.size(empty)).isZero();
    }

    @Test
    void followUpsFallDueOnTheLastDayOfAShorterMonth() throws Exception {
        // 渐退 from 31 August: the 3-month follow-up is due on 30 November, so a visit on 1 December is late.
        String head = TestIds.id("19700101", 11);
        String other = TestIds.id("19700101", 13);
        Path roster = dir.resolve("phasing.csv");
        Files.writeString(roster, "姓名,身份证号码,所属工会,困难类别,建档日期,档案状态,渐退日期\n"
                + "张三," + head + ",东城区总工会,相对困难,2021-03-01,渐退,2024-08-31\n"
                + "李四," + other + ",东城区总工会,相对困难,2021-03-01,渐退,2024-05-31\n");
        Path visits = dir.resolve("phasing-visits.csv");
        Files.writeString(visits, "姓名,身份证号码,走访日期\n张三," + head + ",2024-12-01\n李四," + other + ",2024-08-31\n");
        Path db = dir.resolve("phasing.db");
        assertThat(Run.of("--db", db.toString(), "import", roster.toString(), visits.toString()).exit()).isZero();
        Run run = Run.of("--lang", "en", "--db", db.toString(), "report", "yearly", "--year", "2024", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode followUps = row(new ObjectMapper().readTree(run.out()), "followups", "total");
        // due in 2024: 张三 on 30 November (visited late), 李四 on 31 August (visited that day) and 30 November (not visited)
        assertThat(followUps.get("due").asLong()).isEqualTo(3);
        assertThat(followUps.get("on_time").asLong()).isEqualTo(1);
        assertThat(followUps.get("late").asLong()).isEqualTo(1);
        assertThat(followUps.get("not_done").asLong()).isEqualTo(1);
        assertThat(followUps.get("still_owed").asLong()).isEqualTo(1);
    }

    @Test
    void aMissingDatabaseIsNamedAndNotCreated() {
        Path missing = dir.resolve("no-such.db");
        Run run = Run.of("--lang", "en", "--db", missing.toString(), "report", "yearly", "--year", "2024");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("no-such.db").contains("no database here");
        assertThat(missing).doesNotExist();
    }

    @Test
    void examplesOverSeveralYearsAndByUnion() throws Exception {
        check(examples, h -> true, Household::union, 2020, 2024, "--by", "union");
        check(examples, h -> true, null, 2023, 2023);
    }

    @Test
    void generatedSingleYears() throws Exception {
        for (int year = 2018; year <= 2025; year++) check(generated, h -> true, null, year, year);
    }

    @Test
    void generatedRunOfYearsByUnion() throws Exception {
        JsonNode report = check(generated, h -> true, Household::union, 2019, 2024, "--by", "union");
        // the data tells 人次 from 户次 (受助人数 on a quarter of the payments) and has 农民工 and 劳模 among those paid
        JsonNode total = row(report, "aid", "total");
        assertThat(total.get("events").asLong()).isGreaterThan(total.get("payments").asLong());
        assertThat(row(report, "aid", "migrant_workers").get("payments").asLong()).isPositive();
        assertThat(row(report, "aid", "model_workers").get("payments").asLong()).isPositive();
        // year by year, each year opens where the previous closed
        long previousClosing = -1;
        for (JsonNode r : report.get("tables").get(2).get("rows")) {
            if (!r.get("kind").asText().equals("data")) continue;
            if (previousClosing >= 0) assertThat(r.get("cells").get("opening").asLong()).isEqualTo(previousClosing);
            previousClosing = r.get("cells").get("closing").asLong();
        }
    }

    @Test
    void generatedByRegionFilteredByTier() throws Exception {
        check(generated, h -> h.tier().equals("DEEP"), Household::region, 2021, 2021, "--by", "region", "--tier", "深度困难");
        check(generated, h -> h.tier().isEmpty(), null, 2020, 2023, "--tier", "未填");
    }

    @Test
    void generatedFilteredByUnionAndRegion() throws Exception {
        check(generated, h -> h.union().equals("甲工会"), null, 2022, 2022, "--union", "甲工会");
        check(generated, h -> h.region().contains("乙市"), Household::union, 2022, 2024, "--region", "乙市", "--by", "union");
    }

    @Test
    void usageErrorsSayWhatToTypeAndExitTwo() {
        String db = examples.toString();
        assertThat(Run.of("--db", db, "report", "yearly").exit()).isEqualTo(2);
        assertThat(Run.of("--db", db, "report", "yearly").err()).contains("--year 2024");
        assertThat(Run.of("--db", db, "report", "yearly", "--year", "2024", "--from", "2020").exit()).isEqualTo(2);
        assertThat(Run.of("--db", db, "report", "yearly", "--from", "2024", "--to", "2020").exit()).isEqualTo(2);
        assertThat(Run.of("--db", db, "report", "yearly", "--year", "2024", "--tier", "特别困难").exit()).isEqualTo(2);
        assertThat(Run.of("--db", db, "report", "yearly", "--year", "2024", "--unit", "千元").exit()).isEqualTo(2);
        Run xlsx = Run.of("--db", db, "report", "yearly", "--year", "2024", "--format", "xlsx");
        assertThat(xlsx.exit()).isEqualTo(2);
        assertThat(xlsx.err()).contains("--out");
    }

    @Test
    void tenThousandYuanRoundsEachFigureOnceFromExactFen() throws Exception {
        Run run = Run.of("--lang", "zh", "--db", examples.toString(), "report", "yearly", "--year", "2024", "--unit", "万元");
        assertThat(run.exit()).isZero();
        long fen = Long.parseLong(bangfu.store.sqlite.Sql.one(examples,
                "SELECT sum(amount_fen) FROM assistance WHERE paid_on BETWEEN '2024-01-01' AND '2024-12-31'"));
        String wan = BigDecimal.valueOf(fen, 6).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
        assertThat(run.out()).contains("金额（万元）").containsPattern("合计\\s+23\\s+57\\s+57\\s+" + java.util.regex.Pattern.quote(wan) + "\\s");
    }

    /**
     * The assistance tables of the CSV and the workbook carry the JSON's figures cell for cell, 户次 and the 其中 rows
     * included; the JSON is the one compared with {@link Expected} above.
     */
    @Test
    void csvAndWorkbookCarryTheFiguresOfTheJson() throws Exception {
        String[] base = {"--db", generated.toString(), "report", "yearly", "--from", "2019", "--to", "2024", "--lang", "zh"};
        JsonNode json = new ObjectMapper().readTree(Run.of(concat(base, "--format", "json")).out());
        Path csv = dir.resolve("aid.csv");
        Path xlsx = dir.resolve("aid.xlsx");
        assertThat(Run.of(concat(base, "--format", "csv", "--out", csv.toString())).exit()).isZero();
        assertThat(Run.of(concat(base, "--format", "xlsx", "--out", xlsx.toString())).exit()).isZero();
        List<List<String>> csvLines = new ArrayList<>();
        for (String line : Files.readAllLines(csv)) csvLines.add(List.of(line.replace("\uFEFF", "").split(",", -1)));
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(xlsx.toFile())) {
            for (JsonNode table : json.get("tables")) {
                String id = table.get("id").asText();
                if (!id.startsWith("aid")) continue;
                int sheetIndex = 0;
                for (JsonNode t : json.get("tables")) {
                    if (t == table) break;
                    sheetIndex++;
                }
                org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheetAt(sheetIndex);
                List<String> header = new ArrayList<>();
                sheet.getRow(4).forEach(c -> header.add(c.getStringCellValue()));
                assertThat(header).as(id).contains("户数", "人次", "户次");
                int csvHeader = indexOf(csvLines, header.get(0), header.get(1));
                assertThat(csvLines.get(csvHeader)).as(id).contains("户次");
                int r = 0;
                for (JsonNode row : table.get("rows")) {
                    org.apache.poi.ss.usermodel.Row xRow = sheet.getRow(5 + r);
                    List<String> cRow = csvLines.get(csvHeader + 1 + r);
                    int c = 0;
                    for (JsonNode column : table.get("columns")) {
                        JsonNode v = row.get("cells").get(column.get("id").asText());
                        String what = id + " " + row.get("key").asText() + " " + column.get("id").asText();
                        switch (column.get("type").asText()) {
                            case "count" -> {
                                assertThat(xRow.getCell(c).getNumericCellValue()).as(what).isEqualTo(v.asDouble());
                                assertThat(cRow.get(c)).as(what).isEqualTo(v.asText());
                            }
                            case "money" -> {
                                if (v.isNull()) break;
                                assertThat(BigDecimal.valueOf(xRow.getCell(c).getNumericCellValue())).as(what).isEqualByComparingTo(v.decimalValue());
                                assertThat(new BigDecimal(cRow.get(c))).as(what).isEqualByComparingTo(v.decimalValue());
                            }
                            default -> { }
                        }
                        c++;
                    }
                    r++;
                }
                assertThat(rows(json, id)).containsKeys("total", "migrant_workers", "model_workers");
            }
        }
    }

    private static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private static int indexOf(List<List<String>> lines, String first, String second) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).size() > 1 && lines.get(i).get(0).equals(first) && lines.get(i).get(1).equals(second)) return i;
        }
        throw new AssertionError("no CSV header " + first + "," + second);
    }

    // ---- the comparison ----

    /**
     * Runs the report as JSON and compares every row of every table with {@link Expected}.
     *
     * @param group the breakdown as the test computes it, or null for none
     */
    private static JsonNode check(Path db, Predicate<Household> filter, Function<Household, String> group, int from, int to,
                                  String... options) throws Exception {
        return check(db.toString(), () -> new Expected(db), db.getFileName().toString(), filter, group, from, to, options);
    }

    /** Where the raw rows are read from for {@link Expected}. */
    interface RawRows {
        Expected read() throws Exception;
    }

    /** The same checks against the database at {@code location}, a file or a PostgreSQL URL. */
    static JsonNode check(String location, RawRows raw, String name, Predicate<Household> filter, Function<Household, String> group,
                          int from, int to, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--db", location, "report", "yearly", "--format", "json"));
        if (from == to) args.addAll(List.of("--year", Integer.toString(from)));
        else args.addAll(List.of("--from", Integer.toString(from), "--to", Integer.toString(to)));
        args.addAll(List.of(options));
        Run run = Run.of(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        Expected e = raw.read();
        LocalDate start = LocalDate.of(from, 1, 1);
        LocalDate end = LocalDate.of(to, 12, 31);
        String scope = name + " " + args;

        // table 1: files by tier (and group), the identity on every row
        List<String> groups = group == null ? List.of("") : e.households.values().stream().filter(filter).map(group)
                .distinct().sorted().toList();
        for (JsonNode r : rows(report, "files").values()) {
            JsonNode c = r.get("cells");
            assertThat(c.get("opening").asLong() + c.get("new").asLong() - c.get("exited").asLong() - c.get("closed").asLong())
                    .as("identity, row %s of %s", r.get("key"), scope).isEqualTo(c.get("closing").asLong());
        }
        for (String g : groups) {
            Predicate<Household> inGroup = group == null ? filter : filter.and(h -> group.apply(h).equals(g));
            for (String tier : List.of("DEEP", "RELATIVE", "ACCIDENT", "GENERAL", "")) {
                long[] f = e.files(inGroup.and(h -> h.tier().equals(tier)), start, end);
                String key = prefix(group, g) + (tier.isEmpty() ? "UNFILLED" : tier);
                if ((tier.isEmpty() || group != null) && java.util.Arrays.stream(f).allMatch(x -> x == 0)) {
                    assertThat(rows(report, "files")).as(scope).doesNotContainKey(key);
                    continue;
                }
                assertFiles(row(report, "files", key), f, key + " " + scope);
            }
            if (group != null) assertFiles(row(report, "files", g + "/subtotal"), e.files(inGroup, start, end), g + " " + scope);
        }
        assertFiles(row(report, "files", "total"), e.files(filter, start, end), "total " + scope);
        assertFiles(row(report, "files", "migrant_workers"), e.files(filter.and(Household::migrant), start, end), scope);
        assertFiles(row(report, "files", "model_workers"), e.files(filter.and(Household::model), start, end), scope);
        Map<String, Long> closures = e.closures(filter, start, end);
        for (Map.Entry<String, JsonNode> r : rows(report, "files_closed").entrySet()) {
            long expected = r.getKey().equals("total") ? closures.values().stream().mapToLong(Long::longValue).sum()
                    : closures.getOrDefault(r.getKey().equals("UNFILLED") ? "" : r.getKey(), 0L);
            assertThat(r.getValue().get("cells").get("files").asLong()).as("closed %s %s", r.getKey(), scope).isEqualTo(expected);
        }
        if (from != to) {
            for (int y = from; y <= to; y++) {
                assertFiles(row(report, "files_by_year", Integer.toString(y)),
                        e.files(filter, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)), y + " " + scope);
            }
        }

        // table 2: assistance
        Predicate<Payment> paid = p -> filter.test(p.h());
        for (AssistanceKind k : AssistanceKind.values()) {
            long[] a = e.aid(paid.and(p -> p.kind().equals(k.name())), start, end);
            if (group == null) assertAid(row(report, "aid_by_kind", k.name()), a, k + " " + scope);
            if (a[0] > 0) assertAid(row(report, "aid", k.name() + "/subtotal"), a, k + " " + scope);
            for (String s : sources()) {
                long[] ks = e.aid(paid.and(p -> p.kind().equals(k.name()) && p.source().equals(s)), start, end);
                String key = k.name() + "/" + (s.isEmpty() ? "UNFILLED" : s);
                if (ks[0] > 0) assertAid(row(report, "aid", key), ks, key + " " + scope);
                else assertThat(rows(report, "aid")).doesNotContainKey(key);
            }
        }
        for (String s : sources()) {
            long[] a = e.aid(paid.and(p -> p.source().equals(s)), start, end);
            String key = s.isEmpty() ? "UNFILLED" : s;
            if (group == null && (a[0] > 0 || !s.isEmpty())) assertAid(row(report, "aid_by_source", key), a, key + " " + scope);
        }
        long[] allAid = e.aid(paid, start, end);
        long[] migrantAid = e.aid(paid.and(p -> p.h().migrant()), start, end);
        long[] modelAid = e.aid(paid.and(p -> p.h().model()), start, end);
        for (String table : List.of("aid_by_kind", "aid_by_source", "aid")) {
            assertAid(row(report, table, "total"), allAid, scope);
            assertAid(row(report, table, "migrant_workers"), migrantAid, "农民工 " + table + " " + scope);
            assertAid(row(report, table, "model_workers"), modelAid, "劳模 " + table + " " + scope);
        }
        if (group != null) {
            for (String g : groups) {
                Predicate<Payment> inGroup = paid.and(p -> group.apply(p.h()).equals(g));
                long[] sub = e.aid(inGroup, start, end);
                if (sub[0] == 0) continue;
                assertAid(row(report, "aid_by_kind", g + "/subtotal"), sub, g + " " + scope);
                assertAid(row(report, "aid_by_source", g + "/subtotal"), sub, g + " " + scope);
                for (AssistanceKind k : AssistanceKind.values()) {
                    long[] a = e.aid(inGroup.and(p -> p.kind().equals(k.name())), start, end);
                    if (a[0] > 0) assertAid(row(report, "aid_by_kind", g + "/" + k.name()), a, g + k + " " + scope);
                }
            }
        }

        // table 3: visits
        int minimum = 2 * (to - from + 1);
        assertVisits(row(report, "visits", "total"), e.visits(filter, start, end, minimum), scope);
        if (group != null) {
            for (String g : groups) {
                long[] v = e.visits(filter.and(h -> group.apply(h).equals(g)), start, end, minimum);
                if (v[0] > 0) assertVisits(row(report, "visits", g + "/visits"), v, g + " " + scope);
            }
        }

        // table 4: causes
        Map<String, Long> main = e.mainCauses(filter, end);
        Map<String, Long> secondary = e.secondaryCauses(filter, end);
        for (Cause cause : Cause.values()) {
            assertThat(row(report, "causes_main", cause.name()).get("households").asLong()).as(cause + scope)
                    .isEqualTo(main.getOrDefault(cause.name(), 0L));
            assertThat(row(report, "causes_secondary", cause.name()).get("households").asLong()).as(cause + scope)
                    .isEqualTo(secondary.getOrDefault(cause.name(), 0L));
        }
        if (main.containsKey("")) {
            assertThat(row(report, "causes_main", "UNFILLED").get("households").asLong()).isEqualTo(main.get(""));
        }
        assertThat(row(report, "causes_main", "total").get("households").asLong())
                .isEqualTo(main.values().stream().mapToLong(Long::longValue).sum());
        return report;
    }

    private static List<String> sources() {
        List<String> s = new ArrayList<>(java.util.Arrays.stream(FundSource.values()).map(Enum::name).toList());
        s.add("");
        return s;
    }

    private static String prefix(Function<Household, String> group, String g) {
        return group == null ? "" : g + "/";
    }

    private static void assertFiles(JsonNode c, long[] f, String what) {
        assertThat(new long[] {c.get("opening").asLong(), c.get("new").asLong(), c.get("exited").asLong(),
                c.get("closed").asLong(), c.get("closing").asLong(), c.get("people").asLong()}).as(what).containsExactly(f);
    }

    private static void assertAid(JsonNode c, long[] a, String what) {
        assertThat(c.get("households").asLong()).as("households " + what).isEqualTo(a[0]);
        assertThat(c.get("events").asLong()).as("events " + what).isEqualTo(a[1]);
        assertThat(c.get("payments").asLong()).as("payments " + what).isEqualTo(a[4]);
        assertThat(c.get("amount").decimalValue()).as("amount " + what).isEqualByComparingTo(BigDecimal.valueOf(a[2], 2));
        if (a[0] > 0) {
            BigDecimal perHousehold = BigDecimal.valueOf(a[2]).divide(BigDecimal.valueOf(a[0]), 0, java.math.RoundingMode.HALF_UP);
            assertThat(c.get("per_household").decimalValue()).as("per household " + what)
                    .isEqualByComparingTo(perHousehold.movePointLeft(2));
        }
        if (a[2] > 0) {
            assertThat(c.get("card_share").decimalValue()).as("card share " + what).isEqualByComparingTo(
                    BigDecimal.valueOf(a[3]).divide(BigDecimal.valueOf(a[2]), 4, java.math.RoundingMode.HALF_UP));
        }
    }

    private static void assertVisits(JsonNode c, long[] v, String what) {
        assertThat(new long[] {c.get("on_file").asLong(), c.get("visited").asLong(), c.get("visits").asLong(),
                c.get("below_minimum").asLong()}).as(what).containsExactly(v);
    }

    static Map<String, JsonNode> rows(JsonNode report, String table) {
        for (JsonNode t : report.get("tables")) {
            if (!t.get("id").asText().equals(table)) continue;
            Map<String, JsonNode> out = new LinkedHashMap<>();
            for (JsonNode r : t.get("rows")) out.put(r.get("key").asText(), r);
            return out;
        }
        throw new AssertionError("no table " + table);
    }

    static JsonNode row(JsonNode report, String table, String key) {
        JsonNode r = rows(report, table).get(key);
        assertThat(r).as("row %s of table %s", key, table).isNotNull();
        return r.get("cells");
    }

    // ---- generated data ----

    /**
     * A few thousand rows of synthetic files over 2016–2025 with every awkward case the definitions name: heads
     * closed and filed again, 脱困 and 注销 without dates, exits before the filing date, no tier, no household size
     * (members counted instead), payments without a fund source, with 受助人数, outside every period.
     */
    static void generate(Path db, Random rnd) throws Exception {
        try (Database created = Database.open(db)) {
            // the schema comes from bangfu's migrations; the rows are written here with plain SQL
        }
        String[] unions = {"甲工会", "乙工会", "丙工会", "丁工会"};
        String[] cities = {"甲市", "乙市", "丙市"};
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "PHASING_OUT", "EXITED", "EXITED", "CLOSED"};
        String[] reasons = {"EXITED", "DEATH", "RETIREMENT", "TRANSFER", "NOT_ELIGIBLE", "CHECK_FAILED", "FRAUD", "OTHER", null};
        String[] methods = {"BANK_CARD", "BANK_CARD", "BANK_CARD", "CASH", "IN_KIND", null};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement h = c.prepareStatement("""
                    INSERT INTO households (head_id, period, head_name, union_name, province, city, county, tier, status,
                        filed_on, exited_on, closed_on, close_reason, main_cause, secondary_causes, household_size,
                        is_migrant_worker, is_model_worker) VALUES (?, ?, '某', ?, '某省', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement m = c.prepareStatement("INSERT INTO members (household_id, name) VALUES (?, '成员')")) {
                for (int head = 0; head < 1500; head++) {
                    String headId = TestIds.id(LocalDate.of(1960, 1, 1).plusDays(head * 7L).toString().replace("-", ""), head % 999 + 1);
                    LocalDate filed = LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(3650));
                    int periods = rnd.nextInt(10) == 0 ? 2 : 1;
                    for (int period = 1; period <= periods; period++) {
                        String status = period < periods ? "CLOSED" : statuses[rnd.nextInt(statuses.length)];
                        LocalDate exited = null, closed = null;
                        String reason = null;
                        LocalDate leave = filed.plusDays(rnd.nextInt(1500) - 30); // sometimes before filing: bad data
                        if (status.equals("EXITED") && rnd.nextInt(15) > 0) exited = leave;
                        if (status.equals("CLOSED")) {
                            if (rnd.nextInt(15) > 0) closed = leave;
                            if (rnd.nextInt(5) == 0) exited = leave.minusDays(rnd.nextInt(200) - 50);
                            reason = reasons[rnd.nextInt(reasons.length)];
                        }
                        int i = 1;
                        h.setString(i++, headId);
                        h.setInt(i++, period);
                        h.setString(i++, unions[rnd.nextInt(unions.length)]);
                        h.setString(i++, rnd.nextInt(20) == 0 ? null : cities[rnd.nextInt(cities.length)]);
                        h.setString(i++, "某县" + rnd.nextInt(3));
                        h.setString(i++, rnd.nextInt(12) == 0 ? null : Tier.values()[rnd.nextInt(4)].name());
                        h.setString(i++, status);
                        h.setString(i++, rnd.nextInt(40) == 0 ? null : filed.toString());
                        h.setString(i++, exited == null ? null : exited.toString());
                        h.setString(i++, closed == null ? null : closed.toString());
                        h.setString(i++, reason);
                        h.setString(i++, rnd.nextInt(15) == 0 ? null : Cause.values()[rnd.nextInt(Cause.values().length)].name());
                        h.setString(i++, switch (rnd.nextInt(4)) {
                            case 0 -> null;
                            case 1 -> "SCHOOLING";
                            case 2 -> "LAID_OFF,SERIOUS_ILLNESS";
                            default -> "OTHER,NO_WORK_CAPACITY,SCHOOLING";
                        });
                        int members = rnd.nextInt(4);
                        if (rnd.nextInt(6) == 0) h.setNull(i++, java.sql.Types.INTEGER);
                        else h.setInt(i++, 1 + members);
                        h.setInt(i++, rnd.nextInt(8) == 0 ? 1 : 0);
                        h.setInt(i++, rnd.nextInt(20) == 0 ? 1 : 0);
                        h.executeUpdate();
                        long id;
                        try (var keys = h.getGeneratedKeys()) {
                            keys.next();
                            id = keys.getLong(1);
                        }
                        ids.add(id);
                        for (int k = 0; k < members; k++) {
                            m.setLong(1, id);
                            m.executeUpdate();
                        }
                        filed = (closed != null ? closed : leave).plusDays(30 + rnd.nextInt(300));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO assistance (household_id, kind, amount_fen, paid_on, fund_source, method, recipients, occurrence)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int n = 0; n < 6000; n++) {
                    p.setLong(1, ids.get(rnd.nextInt(ids.size())));
                    p.setString(2, AssistanceKind.values()[rnd.nextInt(AssistanceKind.values().length)].name());
                    p.setLong(3, 1 + rnd.nextInt(900_000));
                    p.setString(4, LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(3900)).toString());
                    p.setString(5, rnd.nextInt(15) == 0 ? null : FundSource.values()[rnd.nextInt(FundSource.values().length)].name());
                    p.setString(6, methods[rnd.nextInt(methods.length)]);
                    if (rnd.nextInt(4) == 0) p.setInt(7, 1 + rnd.nextInt(5));
                    else p.setNull(7, java.sql.Types.INTEGER);
                    p.setInt(8, n + 1); // every payment its own occurrence: no collision with the unique key
                    p.executeUpdate();
                }
            }
            try (PreparedStatement v = c.prepareStatement(
                    "INSERT INTO visits (household_id, visited_on, kind, occurrence) VALUES (?, ?, 'HOME', ?)")) {
                for (int n = 0; n < 5000; n++) {
                    v.setLong(1, ids.get(rnd.nextInt(ids.size())));
                    v.setString(2, LocalDate.of(2016, 1, 1).plusDays(rnd.nextInt(3900)).toString());
                    v.setInt(3, n + 1);
                    v.executeUpdate();
                }
            }
            c.commit();
        }
        // Written with plain SQL: the lifecycle columns come from bangfu's rule, once.
        try (Database written = Database.open(db)) {
            bangfu.store.jdbc.LifecycleColumns.refreshAll(written);
        }
    }
}
