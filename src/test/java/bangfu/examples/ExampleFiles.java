package bangfu.examples;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the example rosters under {@code examples/}. All people, ID numbers and phone numbers are
 * invented (seeded RNG, fixed dates), so running it again gives the same cell contents.
 *
 * <pre>
 * mvn -q -o test-compile
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:$(cat target/cp.txt) bangfu.examples.ExampleFiles examples
 * </pre>
 */
public final class ExampleFiles {

    public static final String XLSX = "花名册-东城区总工会-2024.xlsx";
    public static final String CSV = "花名册-西城区总工会-2024.csv";
    public static final String XLS = "花名册-南岗区总工会-2024.xls";
    public static final String LEDGER = "救助发放表-2024.xlsx";
    public static final String VISITS = "走访记录-2024.xlsx";
    /** An older-style roster and ledger: the pre-2018 national system's terms, a prefecture's fund names. */
    public static final String OLDER = "花名册-弥勒市总工会-2016.xls";
    public static final String CSV_2025 = "花名册-西城区总工会-2025.csv";
    public static final String VISITS_2025 = "走访记录-西城区总工会-2025.csv";

    /** Fixed "creation" time written into the .xlsx document properties. */
    static final String CREATED = "2024-12-31T08:00:00Z";

    private ExampleFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ExampleFiles OUTPUT_FOLDER");
            System.exit(2);
        }
        String jnu = System.getProperty("sun.jnu.encoding", "");
        if (!Charset.forName(jnu.isEmpty() ? "UTF-8" : jnu).newEncoder().canEncode("花名册")) {
            System.err.println("The file names are Chinese but the JVM's file-name encoding is " + jnu
                + "; run with a UTF-8 locale, e.g. LANG=C.UTF-8");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        writeAll(dir);
        System.out.println("wrote " + dir.resolve(XLSX) + ", " + dir.resolve(CSV) + ", " + dir.resolve(XLS)
            + ", " + dir.resolve(LEDGER) + ", " + dir.resolve(VISITS) + ", " + dir.resolve(OLDER) + ", "
            + dir.resolve(CSV_2025) + ", " + dir.resolve(VISITS_2025));
    }

    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeDongchengXlsx(dir.resolve(XLSX));
        writeXichengCsv(dir.resolve(CSV));
        writeNangangXls(dir.resolve(XLS));
        writeLedgerXlsx(dir.resolve(LEDGER));
        writeVisitsXlsx(dir.resolve(VISITS));
        writeMileXls(dir.resolve(OLDER));
        writeXichengCsv(dir.resolve(CSV_2025), xicheng2025(), true);
        writeVisits2025Csv(dir.resolve(VISITS_2025));
    }

    // ------------------------------------------------------------------ data model

    static final class Member {
        String name;
        String relation;
        String id;
        boolean male;
        LocalDate birth;
        String health;
        String occupation;
    }

    static final class Household {
        String name;
        boolean male;
        String ethnic;
        String id;
        LocalDate birth;
        String phone;
        String union;
        String employer;
        String province;
        String city;
        String district;
        int size;
        BigDecimal income;
        BigDecimal perCapita;
        String address;
        String tier;
        String level;
        LocalDate filed;
        String mainCause;
        String secondaryCauses;
        String status = "在档";
        LocalDate exited;
        LocalDate phasedOut;
        String migrant;
        String modelWorker;
        String housing;
        String vehicle = "无";
        String helper;
        String remark = "";
        final List<Member> members = new ArrayList<>();
        // What classify weighs (the 认定依据 columns); blank unless set.
        String regionCode = "";
        boolean perCapitaBlank;
        Integer ableUnemployed = 0;
        BigDecimal medical;
        BigDecimal schooling;
        BigDecimal compulsory;
        Integer homes = 1;
        BigDecimal homeArea;
        String mobilityVehicle = "";
        String business = "否";
        String privateSchool = "否";
        String refusedCheck = "否";
        BigDecimal hardshipCosts;
        BigDecimal compensation;
    }

    static final LocalDate FILED_FROM = LocalDate.of(2021, 3, 1);
    static final LocalDate FILED_TO = LocalDate.of(2024, 11, 30);

    /** One synthetic household; {@code tier} decides the income range. */
    static Household household(Random rnd, String area, String districtShort, String province, String city,
                               String district, String tier, int memberCount) {
        Household h = new Household();
        h.male = rnd.nextBoolean();
        h.name = Synth.name(rnd, h.male);
        h.ethnic = Synth.pick(rnd, Synth.ETHNIC);
        h.birth = Synth.date(rnd, LocalDate.of(1966, 1, 1), LocalDate.of(1990, 12, 31));
        h.id = Synth.idNumber(area, h.birth, Synth.sequence(rnd, h.male));
        h.phone = Synth.phone(rnd);
        String employer = Synth.pick(rnd, Synth.EMPLOYERS);
        h.employer = districtShort + employer;
        h.union = h.employer + "工会";
        h.province = province;
        h.city = city;
        h.district = district;
        h.size = 1 + memberCount;
        int perCapitaTarget;
        switch (tier) {
            case "深度困难":
            case "低保户":
                perCapitaTarget = 600 + rnd.nextInt(700);
                break;
            case "相对困难":
                perCapitaTarget = 1450 + rnd.nextInt(1200);
                break;
            default:
                perCapitaTarget = 1800 + rnd.nextInt(2200);
                break;
        }
        long yearly = Math.round(perCapitaTarget * 12.0 * h.size / 100.0) * 100; // whole hundreds of 元
        h.income = BigDecimal.valueOf(yearly);
        h.perCapita = Synth.perCapitaMonthly(h.income, h.size);
        h.address = city + district + Synth.pick(rnd, Synth.ROADS) + (1 + rnd.nextInt(180)) + "号"
            + (1 + rnd.nextInt(6)) + "单元" + (101 + rnd.nextInt(6) * 100 + rnd.nextInt(4)) + "室";
        h.tier = tier;
        h.level = rnd.nextInt(3) == 0 ? "区县级" : "基层";
        h.filed = Synth.date(rnd, FILED_FROM, FILED_TO);
        if (tier.equals("意外致困")) {
            h.mainCause = rnd.nextBoolean() ? "患重特大疾病" : "遭受意外事故";
        } else {
            h.mainCause = Synth.pick(rnd, Synth.MAIN_CAUSES);
        }
        List<String> secondary = new ArrayList<>();
        int n = rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            String c = Synth.pick(rnd, Synth.SECONDARY_CAUSES);
            if (!c.equals(h.mainCause) && !secondary.contains(c)) {
                secondary.add(c);
            }
        }
        h.secondaryCauses = String.join("、", secondary);
        h.migrant = rnd.nextInt(4) == 0 ? "是" : "否";
        h.modelWorker = rnd.nextInt(10) == 0 ? "是" : "否";
        h.housing = Synth.pick(rnd, Synth.HOUSING);
        h.helper = Synth.name(rnd, rnd.nextBoolean());
        addMembers(rnd, h, area, memberCount);
        return h;
    }

    static void addMembers(Random rnd, Household h, String area, int count) {
        String surname = h.name.substring(0, 1);
        for (int i = 0; i < count; i++) {
            Member m = new Member();
            if (i == 0 && count >= 2) {
                m.relation = "配偶";
                m.male = !h.male;
                m.name = Synth.name(rnd, m.male);
                m.birth = Synth.date(rnd, h.birth.minusYears(4), h.birth.plusYears(4));
                m.health = rnd.nextInt(3) == 0 ? "患病" : "健康";
                m.occupation = rnd.nextBoolean() ? "无业" : "灵活就业";
            } else if (i == 2 && rnd.nextBoolean()) {
                m.male = rnd.nextBoolean();
                m.relation = m.male ? "父亲" : "母亲";
                m.name = Synth.name(rnd, m.male);
                m.birth = Synth.date(rnd, LocalDate.of(1940, 1, 1), LocalDate.of(1955, 12, 31));
                m.health = rnd.nextBoolean() ? "长期慢性病" : "残疾";
                m.occupation = "退休";
            } else {
                m.relation = "子女";
                m.male = rnd.nextBoolean();
                m.name = surname + Synth.givenName(rnd, m.male);
                LocalDate from = h.birth.plusYears(22);
                LocalDate to = h.birth.plusYears(35);
                if (to.isAfter(LocalDate.of(2020, 12, 31))) {
                    to = LocalDate.of(2020, 12, 31);
                }
                m.birth = Synth.date(rnd, from, to);
                m.health = "健康";
                int age = 2024 - m.birth.getYear();
                m.occupation = age < 6 ? "学龄前" : age < 12 ? "在读小学" : age < 15 ? "在读初中"
                    : age < 18 ? "在读高中" : age < 23 ? "在读大学" : "务工";
            }
            m.id = Synth.idNumber(area, m.birth, Synth.sequence(rnd, m.male));
            h.members.add(m);
        }
    }

    // ------------------------------------------------------------------ (a) 东城区 .xlsx

    static final String[][] GROUPS = {
        {"户主基本信息", "姓名", "性别", "民族", "身份证号码", "出生日期", "联系电话"},
        {"单位及地区", "所属工会", "工作单位", "省份", "地市", "区县"},
        {"家庭情况", "家庭人口", "家庭年收入（元）", "人均月收入（元）", "家庭住址"},
        {"困难情况", "困难类别", "建档层级", "建档日期", "主要致困原因", "次要致困原因", "档案状态"},
    };
    static final String[] TRAILING = {"是否农民工", "是否劳模", "住房情况", "车辆情况", "帮扶责任人", "备注"};
    /** What classify weighs, after the trailing columns: region, imputed earners, expenses, exclusions, 意外致困. */
    static final String[] CLASSIFY_GROUP = {"认定依据", "行政区划代码", "有劳动能力未就业人数", "因病刚性支出（元）",
        "因学刚性支出（元）", "其中义务教育支出（元）", "住房套数", "住房总面积（平方米）", "残疾人功能性代步车", "经商办企",
        "子女就读高收费私立学校", "拒绝配合核查", "致困费用（元）", "赔偿及保险金额（元）"};

    static List<Household> dongchengHouseholds() {
        Random rnd = new Random(20241231L);
        String[] tiers = {"深度困难", "相对困难", "深度困难", "意外致困", "相对困难", "深度困难",
            "相对困难", "意外致困", "深度困难", "相对困难", "相对困难", "深度困难"};
        int[] memberCounts = {2, 3, 2, 0, 3, 2, 2, 3, 0, 2, 3, 2};
        List<Household> list = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            list.add(household(rnd, "110101", "东城区", "北京市", "北京市", "东城区", tiers[i], memberCounts[i]));
        }
        list.get(3).remark = "2024年因工伤住院";
        list.get(8).remark = "独居";
        classifyFacts(list);
        return list;
    }

    /**
     * The 认定依据 of 东城区, chosen so that the example policy (examples/bangfu.yaml) shows each of its rules once;
     * drawn apart from the other columns, which stay as they were.
     */
    static void classifyFacts(List<Household> list) {
        Random rnd = new Random(20250101L);
        for (Household h : list) {
            h.regionCode = "110101";
            h.homeArea = BigDecimal.valueOf(30 + rnd.nextInt(50));
        }
        // 高金凤: a private car bars the file
        list.get(1).vehicle = "有（小轿车）";
        // 赵艳: the injury cost more than 80 % of the year's income after compensation: 意外致困
        list.get(3).hardshipCosts = BigDecimal.valueOf(48000);
        list.get(3).compensation = BigDecimal.valueOf(20000);
        // 于霞: expenses item by item; 义务教育 is not deducted, so the per-capita figure is computed, not typed
        list.get(4).perCapitaBlank = true;
        list.get(4).medical = BigDecimal.valueOf(6000);
        list.get(4).schooling = BigDecimal.valueOf(9000);
        list.get(4).compulsory = BigDecimal.valueOf(3000);
        // 孙振华: an able member without work counts at the minimum wage
        list.get(5).perCapitaBlank = true;
        list.get(5).ableUnemployed = 1;
        // 宋磊: a disabled person's mobility vehicle does not bar the file
        list.get(6).vehicle = "有（残疾人机动轮椅车）";
        list.get(6).mobilityVehicle = "是";
        // 马丽华: an illness whose costs, after insurance, stay under 80 % of the year's income
        list.get(7).hardshipCosts = BigDecimal.valueOf(90000);
        list.get(7).compensation = BigDecimal.valueOf(30000);
        // 谢鹏: two homes, but within the area per person
        list.get(8).homes = 2;
        list.get(8).homeArea = BigDecimal.valueOf(36);
        // 萧德明: two homes above the area per person bar the file
        list.get(9).homes = 2;
        list.get(9).homeArea = new BigDecimal("150.5");
    }

    static void writeDongchengXlsx(Path file) throws IOException {
        List<Household> households = dongchengHouseholds();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(
                java.util.Optional.of(java.util.Date.from(java.time.Instant.parse(CREATED))));
            wb.getProperties().getCoreProperties().setCreator("东城区总工会");
            Styles st = new Styles(wb);
            Sheet sh = wb.createSheet("困难职工花名册");

            // columns: A 序号, groups, trailing singles
            List<String> headers = new ArrayList<>();
            headers.add("序号");
            for (String[] g : GROUPS) {
                for (int i = 1; i < g.length; i++) {
                    headers.add(g[i]);
                }
            }
            for (String t : TRAILING) {
                headers.add(t);
            }
            for (int i = 1; i < CLASSIFY_GROUP.length; i++) {
                headers.add(CLASSIFY_GROUP[i]);
            }
            int ncol = headers.size();

            Row title = sh.createRow(0);
            title.setHeightInPoints(30);
            cell(title, 0, "东城区总工会困难职工花名册（2024年）", st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, ncol - 1));
            Row info = sh.createRow(1);
            cell(info, 0, "填报单位：东城区总工会  填报日期：2024年12月31日", st.plain);
            sh.addMergedRegion(new CellRangeAddress(1, 1, 0, ncol - 1));

            Row top = sh.createRow(2);
            Row sub = sh.createRow(3);
            for (int c = 0; c < ncol; c++) {
                top.createCell(c).setCellStyle(st.header);
                sub.createCell(c).setCellStyle(st.header);
            }
            top.getCell(0).setCellValue("序号");
            sh.addMergedRegion(new CellRangeAddress(2, 3, 0, 0));
            int c = 1;
            for (String[] g : GROUPS) {
                top.getCell(c).setCellValue(g[0]);
                sh.addMergedRegion(new CellRangeAddress(2, 2, c, c + g.length - 2));
                for (int i = 1; i < g.length; i++) {
                    sub.getCell(c++).setCellValue(g[i]);
                }
            }
            for (String t : TRAILING) {
                top.getCell(c).setCellValue(t);
                sh.addMergedRegion(new CellRangeAddress(2, 3, c, c));
                c++;
            }
            top.getCell(c).setCellValue(CLASSIFY_GROUP[0]);
            sh.addMergedRegion(new CellRangeAddress(2, 2, c, c + CLASSIFY_GROUP.length - 2));
            for (int i = 1; i < CLASSIFY_GROUP.length; i++) {
                sub.getCell(c++).setCellValue(CLASSIFY_GROUP[i]);
            }

            int colIncome = headers.indexOf("家庭年收入（元）");
            int colSize = headers.indexOf("家庭人口");
            FormulaEvaluator eval = wb.getCreationHelper().createFormulaEvaluator();
            int r = 4;
            for (int i = 0; i < households.size(); i++) {
                Household h = households.get(i);
                Row row = sh.createRow(r);
                // alternate the two date formats clerks use
                CellStyle dateStyle = i % 3 == 1 ? st.dateIso : st.dateCn;
                int k = 0;
                num(row, k++, i + 1, st.integer);
                cell(row, k++, h.name, st.plain);
                cell(row, k++, h.male ? "男" : "女", st.plain);
                cell(row, k++, h.ethnic, st.plain);
                cell(row, k++, h.id, st.text);
                date(row, k++, h.birth, dateStyle);
                cell(row, k++, h.phone, st.text);
                cell(row, k++, h.union, st.plain);
                cell(row, k++, h.employer, st.plain);
                cell(row, k++, h.province, st.plain);
                cell(row, k++, h.city, st.plain);
                cell(row, k++, h.district, st.plain);
                num(row, k++, h.size, st.integer);
                num(row, k++, h.income.doubleValue(), st.money);
                if (i == 2) {
                    Cell f = row.createCell(k++);
                    f.setCellStyle(st.money);
                    f.setCellFormula("ROUND(" + ref(r, colIncome) + "/12/" + ref(r, colSize) + ",2)");
                    eval.evaluateFormulaCell(f);
                } else if (h.perCapitaBlank) {
                    cell(row, k++, "", st.money);
                } else {
                    num(row, k++, h.perCapita.doubleValue(), st.money);
                }
                cell(row, k++, h.address, st.plain);
                cell(row, k++, h.tier, st.plain);
                cell(row, k++, h.level, st.plain);
                date(row, k++, h.filed, dateStyle);
                cell(row, k++, h.mainCause, st.plain);
                cell(row, k++, h.secondaryCauses, st.plain);
                cell(row, k++, h.status, st.plain);
                cell(row, k++, h.migrant, st.plain);
                cell(row, k++, h.modelWorker, st.plain);
                cell(row, k++, h.housing, st.plain);
                cell(row, k++, h.vehicle, st.plain);
                cell(row, k++, h.helper, st.plain);
                cell(row, k++, h.remark, st.plain);
                cell(row, k++, h.regionCode, st.text);
                num(row, k++, h.ableUnemployed, st.integer);
                amount(row, k++, h.medical, st.money);
                amount(row, k++, h.schooling, st.money);
                amount(row, k++, h.compulsory, st.money);
                num(row, k++, h.homes, st.integer);
                amount(row, k++, h.homeArea, st.money);
                cell(row, k++, h.mobilityVehicle, st.plain);
                cell(row, k++, h.business, st.plain);
                cell(row, k++, h.privateSchool, st.plain);
                cell(row, k++, h.refusedCheck, st.plain);
                amount(row, k++, h.hardshipCosts, st.money);
                amount(row, k++, h.compensation, st.money);
                r++;
            }
            // 20 empty rows that still carry borders, as left behind by a template
            for (int i = 0; i < 20; i++) {
                Row row = sh.createRow(r++);
                for (int k = 0; k < ncol; k++) {
                    row.createCell(k).setCellStyle(st.plain);
                }
            }
            for (int k = 0; k < ncol; k++) {
                String hname = headers.get(k);
                int w = hname.equals("身份证号码") ? 22 : hname.equals("家庭住址") ? 34
                    : hname.contains("工会") || hname.equals("工作单位") ? 26 : hname.contains("日期") ? 16 : 12;
                sh.setColumnWidth(k, w * 256);
            }
            sh.setColumnHidden(0, true);
            sh.createFreezePane(2, 4);

            // sheet 2: household members
            Sheet ms = wb.createSheet("家庭成员");
            String[] mh = {"户主身份证号码", "成员姓名", "与户主关系", "成员身份证号码", "性别", "出生日期", "健康状况", "就业就学情况"};
            Row mhr = ms.createRow(0);
            for (int k = 0; k < mh.length; k++) {
                cell(mhr, k, mh[k], st.header);
                ms.setColumnWidth(k, (k == 0 || k == 3 ? 22 : 12) * 256);
            }
            int mr = 1;
            for (Household h : households) {
                for (Member m : h.members) {
                    Row row = ms.createRow(mr++);
                    cell(row, 0, h.id, st.text);
                    cell(row, 1, m.name, st.plain);
                    cell(row, 2, m.relation, st.plain);
                    cell(row, 3, m.id, st.text);
                    cell(row, 4, m.male ? "男" : "女", st.plain);
                    date(row, 5, m.birth, st.dateIso);
                    cell(row, 6, m.health, st.plain);
                    cell(row, 7, m.occupation, st.plain);
                }
            }

            // sheet 3: instructions, not a table
            Sheet notes = wb.createSheet("说明");
            String[] lines = {
                "填表说明",
                "",
                "1. 本表由基层工会填写，经区总工会审核后上报。",
                "2. 身份证号码请按文本格式填写18位，末位为X的请使用大写X。",
                "3. 家庭年收入指上一年度家庭成员全部收入之和（元），人均月收入=家庭年收入÷12÷家庭人口。",
                "4. 困难类别填写：深度困难、相对困难、意外致困；建档层级填写：全国级、省级、地市级、区县级、基层。",
                "5. 主要致困原因只填一项，次要致困原因最多三项，用顿号（、）分隔。",
                "6. 家庭成员情况请在“家庭成员”工作表中逐人填写，以户主身份证号码关联。",
                "",
                "联系人：工会帮扶中心    电话：010-00000000（虚构）",
            };
            notes.setColumnWidth(0, 100 * 256);
            for (int i = 0; i < lines.length; i++) {
                Row row = notes.createRow(i);
                if (!lines[i].isEmpty()) {
                    cell(row, 0, lines[i], i == 0 ? st.bold : st.wrap);
                }
            }

            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    // ------------------------------------------------------------------ (f) 弥勒市 .xls, older style

    static final String[] MILE_HEADER = {"序号", "姓名", "性别", "民族", "身份证号码", "出生年月", "所属地区", "工作单位",
        "统一社会信用代码", "所属工会", "家庭人口", "家庭月总收入（元）", "困难类别", "建档年月", "致困原因", "医疗保险", "有无车辆",
        "帮扶责任人", "有劳动能力未就业人数"};
    /** 有劳动能力未就业人数, for classify's income rule (not drawn at random: the other cells stay as they were). */
    static final int[] MILE_ABLE = {0, 1, 0, 0, 0, 0, 0, 1, 0, 0};
    /** Area code of the ID, the 所属地区 as the roster writes it, the code region of the employer. */
    static final String[][] MILE_AREAS = {
        {"532504", "云南省红河州弥勒市"}, {"532504", "云南省红河州弥勒市"}, {"532501", "云南省红河哈尼族彝族自治州个旧市"},
        {"532502", "红河州开远市"}, {"532503", "云南省红河州蒙自市"}, {"532527", "云南省红河州泸西县"},
        {"532504", "云南省红河州弥勒市"}, {"953704", "云南省红河州弥勒市"}, {"532501", "云南省红河哈尼族彝族自治州个旧市"},
        {"532504", "云南省红河州弥勒市"}};
    static final String[] MILE_TIERS = {"低保户", "低保边缘户", "低保户", "意外致困户", "低保边缘户", "", "低保户", "低保边缘户",
        "意外致困户", "低保户"};
    static final String[] MILE_CAUSES = {"子女教育、单亲家庭", "失业下岗", "因病、子女教育", "意外伤害", "企业经营困难、子女教育",
        "单亲家庭", "因残", "失业下岗、因病", "因灾", "企业经营困难"};
    static final String[] MILE_INSURANCE = {"新农合", "城镇职工医保", "城镇居民医保", "职工医保", "新农合", "无", "城镇职工医保",
        "新农合", "职工医保", "无"};
    /** 建档年月 as clerks typed it: 2015年3月, 2015.05 or the number 201508. */
    static final Object[] MILE_FILED = {"2015年3月", "2015.05", 201508, "2015年11月", "2016.01", 201603, "2016年4月", "2016.05",
        201606, "2015年9月"};
    static final String[] MILE_ETHNIC = {"汉族", "彝族", "汉族", "哈尼族", "汉族", "彝族", "汉族", "京族", "汉族", "汉族"};
    static final String[] MILE_LEDGER_HEADER = {"序号", "姓名", "身份证号码", "救助类型", "金额（元）", "发放日期", "资金来源",
        "发放方式", "备注"};
    /** Household index, 救助类型, 金额, 发放日期, 资金来源, 发放方式: a prefecture's fund names, card payments as compounds. */
    static final Object[][] MILE_PAYMENTS = {
        {0, "金秋助学", 3000.0, "2016-08-26", "州级", "社保卡发放"},
        {2, "金秋助学", 2000.0, "2016-08-26", "州级", "社保卡发放"},
        {4, "金秋助学", 2000.0, "2016-08-26", "中央财政", "社保卡发放"},
        {1, "大病救助", 5000.0, "2016-09-14", "县（市）级", "惠民惠农一卡通"},
        {7, "大病救助", 4200.0, "2016-10-20", "县级市财政", "惠民惠农一卡通"},
        {3, "临时救助", 1500.0, "2016-11-03", "自治州级财政", "银行卡转账"},
        {5, "生活救助", 1200.0, "2016-12-15", "州财政", "代发工资卡"},
        {9, "生活救助", 1200.0, "2016-12-15", "州财政", "代发工资卡"},
        {6, "两节慰问", 600.0, "2017-01-18", "乡镇财政", "银行卡转账"},
        {8, "两节慰问", 600.0, "2017-01-18", "工会经费", "银行卡转账"},
        {0, "春节慰问", 500.0, "2017-01-20", "工会经费", "社保卡发放"},
        {2, "春节慰问", 500.0, "2017-01-20", "县（市）级", "社保卡发放"}};

    static void writeMileXls(Path file) throws IOException {
        Random rnd = new Random(20160630L);
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sh = wb.createSheet("困难职工档案");
            cell(sh.createRow(0), 0, "弥勒市总工会困难职工档案（2016年）", st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, MILE_HEADER.length - 1));
            Row head = sh.createRow(1);
            for (int k = 0; k < MILE_HEADER.length; k++) {
                cell(head, k, MILE_HEADER[k], st.header);
                String hn = MILE_HEADER[k];
                sh.setColumnWidth(k, (hn.equals("身份证号码") || hn.equals("统一社会信用代码") ? 22 : hn.equals("所属地区") ? 30
                    : hn.contains("工会") || hn.equals("工作单位") ? 24 : hn.equals("致困原因") ? 24 : 12) * 256);
            }
            String[] ids = new String[MILE_AREAS.length];
            String[] names = new String[MILE_AREAS.length];
            for (int i = 0; i < MILE_AREAS.length; i++) {
                boolean foreigner = MILE_AREAS[i][0].startsWith("9");
                boolean male = !foreigner && rnd.nextBoolean();
                names[i] = foreigner ? "阮氏兰" : Synth.name(rnd, male);
                LocalDate birth = Synth.date(rnd, LocalDate.of(1966, 1, 1), LocalDate.of(1985, 12, 31));
                ids[i] = Synth.idNumber(MILE_AREAS[i][0], birth, Synth.sequence(rnd, male));
                String employer = "弥勒市" + Synth.pick(rnd, Synth.EMPLOYERS);
                int size = 1 + rnd.nextInt(4);
                int perCapita = MILE_TIERS[i].equals("低保户") || MILE_TIERS[i].isEmpty() ? 300 + rnd.nextInt(150)
                    : 480 + rnd.nextInt(200);
                Row row = sh.createRow(i + 2);
                int k = 0;
                num(row, k++, i + 1, st.integer);
                cell(row, k++, names[i], st.plain);
                // 性别 left blank in rows 5 and 9: bangfu takes it from the ID number, with a warning.
                cell(row, k++, i == 2 || i == 6 ? "" : male ? "男" : "女", st.plain);
                cell(row, k++, MILE_ETHNIC[i], st.plain);
                cell(row, k++, ids[i], st.text);
                // 出生年月 as a month alone, typed three ways
                String month = String.format("%02d", birth.getMonthValue());
                if (i % 3 == 0) cell(row, k++, birth.getYear() + "." + month, st.text);
                else if (i % 3 == 1) cell(row, k++, birth.getYear() + "年" + birth.getMonthValue() + "月", st.text);
                else num(row, k++, birth.getYear() * 100 + birth.getMonthValue(), st.integer);
                cell(row, k++, MILE_AREAS[i][1], st.plain);
                cell(row, k++, employer, st.plain);
                cell(row, k++, Synth.creditCode(MILE_AREAS[i][0].startsWith("9") ? "532504" : MILE_AREAS[i][0], rnd), st.text);
                cell(row, k++, employer + "工会", st.plain);
                num(row, k++, size, st.integer);
                num(row, k++, perCapita * size, st.money);
                cell(row, k++, MILE_TIERS[i], st.plain);
                any(row, k++, MILE_FILED[i], st.integer, st.text);
                cell(row, k++, MILE_CAUSES[i], st.plain);
                cell(row, k++, MILE_INSURANCE[i], st.plain);
                cell(row, k++, i == 3 ? "有" : "无", st.plain);
                cell(row, k++, Synth.name(rnd, rnd.nextBoolean()), st.plain);
                num(row, k++, MILE_ABLE[i], st.integer);
            }
            Sheet ledger = wb.createSheet("救助发放表");
            Row lh = ledger.createRow(0);
            for (int k = 0; k < MILE_LEDGER_HEADER.length; k++) {
                cell(lh, k, MILE_LEDGER_HEADER[k], st.header);
                ledger.setColumnWidth(k, (k == 2 ? 22 : 14) * 256);
            }
            for (int p = 0; p < MILE_PAYMENTS.length; p++) {
                Object[] pay = MILE_PAYMENTS[p];
                int h = (Integer) pay[0];
                Row row = ledger.createRow(p + 1);
                num(row, 0, p + 1, st.integer);
                cell(row, 1, names[h], st.plain);
                cell(row, 2, ids[h], st.text);
                cell(row, 3, (String) pay[1], st.plain);
                num(row, 4, (Double) pay[2], st.money);
                date(row, 5, LocalDate.parse((String) pay[3]), st.dateIso);
                cell(row, 6, (String) pay[4], st.plain);
                cell(row, 7, (String) pay[5], st.plain);
                cell(row, 8, "", st.plain);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    // ------------------------------------------------------------------ (b) 西城区 .csv (GBK)

    static final String[] CSV_HEADER = {
        "序号", "姓名", "与户主关系", "性别", "民族", "身份证号", "出生日期", "联系电话", "工会名称", "工作单位",
        "家庭总人口", "家庭年收入", "人均月收入", "家庭住址", "困难类型", "建档层级", "建档日期", "致困原因",
        "档案状态", "脱困日期", "帮扶责任人", "备注", "行政区划代码"};

    static final String[] SHORT_CAUSES = {"因病", "因残", "因学", "下岗失业", "因灾", "单亲"};

    static List<Household> xichengHouseholds() {
        Random rnd = new Random(20241130L);
        String[] tiers = {"深度困难", "相对困难", "低保户", "意外致困", "相对困难", "深度困难", "相对困难", "深度困难"};
        int[] memberCounts = {2, 3, 2, 1, 0, 3, 2, 2};
        List<Household> list = new ArrayList<>();
        for (int i = 0; i < tiers.length; i++) {
            Household h = household(rnd, "110102", "西城区", "北京市", "北京市", "西城区", tiers[i], memberCounts[i]);
            // one cause column in shorthand: main first, then secondary
            String main = Synth.pick(rnd, SHORT_CAUSES);
            String second = rnd.nextBoolean() ? "子女上学" : Synth.pick(rnd, SHORT_CAUSES);
            h.mainCause = second.equals(main) ? main : main + "、" + second;
            h.secondaryCauses = "";
            list.add(h);
        }
        // household 5 (index 4): exited hardship, with the exit date
        Household ex = list.get(4);
        ex.status = "脱困";
        ex.exited = LocalDate.of(2024, 9, 30);
        ex.filed = LocalDate.of(2022, 5, 16);
        ex.remark = "再就业后收入稳定";
        // household 2 (index 1): income chosen so that the per-capita figure is a round 0.15万元
        Household round = list.get(1);
        round.income = BigDecimal.valueOf(72000);
        round.perCapita = Synth.perCapitaMonthly(round.income, round.size);
        for (Household h : list) {
            h.regionCode = "110102";
        }
        // 徐敏 (household 7): the region code was left blank, and the roster has no 省份/地市/区县 to fall back on
        list.get(6).regionCode = "";
        return list;
    }

    static String csvDate(LocalDate d, int style) {
        switch (style % 3) {
            case 0:
                return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            case 1:
                return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
            default:
                return String.format("%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
        }
    }

    static String wan(BigDecimal yuan) {
        return yuan.movePointLeft(4).stripTrailingZeros().toPlainString() + "万元";
    }

    static void writeXichengCsv(Path file) throws IOException {
        writeXichengCsv(file, xichengHouseholds(), false);
    }

    /** The 西城区 roster; {@code phaseOutColumn} adds 渐退日期 after 档案状态 (the 2025 roster has it). */
    static void writeXichengCsv(Path file, List<Household> households, boolean phaseOutColumn) throws IOException {
        int statusAt = java.util.Arrays.asList(CSV_HEADER).indexOf("档案状态");
        try (Writer w = Files.newBufferedWriter(file, Charset.forName("GBK"))) {
            csvLine(w, phaseOutColumn ? withPhaseOut(CSV_HEADER, statusAt, "渐退日期") : CSV_HEADER);
            int no = 1;
            for (int i = 0; i < households.size(); i++) {
                Household h = households.get(i);
                String income;
                String perCapita;
                switch (i % 4) {
                    case 0:
                        income = h.income.toPlainString() + "元";
                        perCapita = h.perCapita.toPlainString() + "元";
                        break;
                    case 1: // 万元 only where it is exact (0.15万元 = 1500 元)
                        income = wan(h.income);
                        perCapita = h.perCapita.remainder(BigDecimal.valueOf(100)).signum() == 0
                            ? wan(h.perCapita) : h.perCapita.toPlainString() + "元";
                        break;
                    case 2:
                        income = h.income.toPlainString();
                        perCapita = h.perCapita.toPlainString();
                        break;
                    default:
                        income = wan(h.income);
                        perCapita = h.perCapita.toPlainString() + "元";
                        break;
                }
                String[] v = {
                    String.valueOf(no++), h.name, i % 2 == 0 ? "户主" : "本人", h.male ? "男" : "女", h.ethnic, h.id,
                    csvDate(h.birth, i), h.phone, h.union, h.employer, String.valueOf(h.size), income, perCapita,
                    h.address, h.tier, h.level, csvDate(h.filed, i + 1), h.mainCause, h.status,
                    h.exited == null ? "" : csvDate(h.exited, i + 2), h.helper, h.remark, h.regionCode};
                csvLine(w, phaseOutColumn ? withPhaseOut(v, statusAt, h.phasedOut == null ? "" : csvDate(h.phasedOut, i)) : v);
                for (int j = 0; j < h.members.size(); j++) {
                    Member m = h.members.get(j);
                    String[] mv = new String[CSV_HEADER.length];
                    java.util.Arrays.fill(mv, "");
                    mv[1] = m.name;
                    mv[2] = m.relation;
                    mv[3] = m.male ? "男" : "女";
                    mv[5] = m.id;
                    mv[6] = csvDate(m.birth, i + j);
                    csvLine(w, phaseOutColumn ? withPhaseOut(mv, statusAt, "") : mv);
                }
            }
        }
    }

    private static String[] withPhaseOut(String[] values, int statusAt, String value) {
        List<String> out = new ArrayList<>(java.util.Arrays.asList(values));
        out.add(statusAt + 1, value);
        return out.toArray(String[]::new);
    }

    // ------------------------------------------------------------------ (f) 西城区 2025: 渐退 and its follow-ups

    /** Indexes into {@link #xichengHouseholds()} of the households the 2025 roster has in 渐退, and since when. */
    static final int[] PHASE_OUT = {0, 3, 5, 7};
    static final LocalDate[] PHASED_OUT_ON = {LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 20), LocalDate.of(2025, 3, 1), null};

    /** The same eight households a year later: four in 渐退, the last of them without its 渐退日期. */
    static List<Household> xicheng2025() {
        List<Household> list = xichengHouseholds();
        for (int i = 0; i < PHASE_OUT.length; i++) {
            Household h = list.get(PHASE_OUT[i]);
            h.status = "渐退";
            h.phasedOut = PHASED_OUT_ON[i];
        }
        return list;
    }

    static final String[] VISIT_2025_HEADER = {"序号", "姓名", "身份证号码", "走访日期", "走访类型", "走访人", "结果", "发现情况"};

    /**
     * The 2025 visit log of 西城区 (UTF-8): household 1's two follow-ups, stable, on time; household 4's phone call
     * that found new hardship; household 6's first follow-up; routine visits to households 2, 7 and 8.
     */
    static List<String[]> visits2025() {
        List<Household> hs = xichengHouseholds();
        Object[][] plan = {
            {1, "2025-03-18", "入户走访", "稳定", "户主病情稳定，按时复查。"},
            {0, "2025-04-10", "渐退期回访", "稳定", "户主已在社区公益岗位上岗，收入稳定。"},
            {3, "2025-05-12", "电话回访", "新情况", "子女突发重病住院，医疗支出大增。"},
            {5, "2025-05-28", "渐退期回访", "稳定", "家庭收入稳定，暂未发现新的困难。"},
            {6, "2025-06-05", "入户走访", "好转", "子女已就业，家庭收入有所增加。"},
            {7, "2025-06-18", "入户走访", "稳定", "家庭成员身体状况良好。"},
            {0, "2025-07-08", "渐退期回访", "稳定", "收入连续半年高于低保标准。"},
            {1, "2025-07-22", "电话回访", "稳定", "暂无新的诉求。"}};
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < plan.length; i++) {
            Household h = hs.get((Integer) plan[i][0]);
            rows.add(new String[] {String.valueOf(i + 1), h.name, h.id, (String) plan[i][1], (String) plan[i][2], h.helper,
                (String) plan[i][3], (String) plan[i][4]});
        }
        return rows;
    }

    static void writeVisits2025Csv(Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, java.nio.charset.StandardCharsets.UTF_8)) {
            csvLine(w, VISIT_2025_HEADER);
            for (String[] row : visits2025()) csvLine(w, row);
        }
    }

    static void csvLine(Writer w, String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            String v = values[i];
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                w.write('"');
                w.write(v.replace("\"", "\"\""));
                w.write('"');
            } else {
                w.write(v);
            }
        }
        w.write("\r\n");
    }

    // ------------------------------------------------------------------ (c) 南岗区 .xls with mistakes

    static final String[] XLS_HEADER = {
        "序号", "姓名", "性别", "民族", "身份证号码", "出生日期", "联系电话", "所属工会", "工作单位", "家庭人口",
        "家庭年收入（元）", "人均月收入（元）", "家庭住址", "困难类别", "建档层级", "建档日期", "主要致困原因",
        "次要致困原因", "档案状态", "帮扶责任人", "行政区划代码", "有劳动能力未就业人数"};

    static List<Household> nangangHouseholds() {
        Random rnd = new Random(20240930L);
        String[] tiers = {"深度困难", "相对困难", "深度困难", "相对困难", "意外致困",
            "深度困难", "相对困难", "深度困难", "相对困难", "深度困难"};
        int[] memberCounts = {2, 3, 1, 2, 3, 2, 0, 2, 3, 2};
        List<Household> list = new ArrayList<>();
        for (int i = 0; i < tiers.length; i++) {
            Household h;
            do {
                h = household(rnd, "230103", "南岗区", "黑龙江省", "哈尔滨市", "南岗区", tiers[i], memberCounts[i]);
            } while (i == 2 && h.id.endsWith("X")); // the row whose ID becomes a number needs an all-digit ID
            list.add(h);
        }
        return list;
    }

    static void writeNangangXls(Path file) throws IOException {
        List<Household> hs = nangangHouseholds();
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Styles st = new Styles(wb);
            Sheet sh = wb.createSheet("困难职工档案");
            Row title = sh.createRow(0);
            cell(title, 0, "南岗区总工会困难职工档案表（2024年）", st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, XLS_HEADER.length - 1));
            Row head = sh.createRow(1);
            for (int k = 0; k < XLS_HEADER.length; k++) {
                cell(head, k, XLS_HEADER[k], st.header);
                String hn = XLS_HEADER[k];
                sh.setColumnWidth(k, (hn.equals("身份证号码") ? 22 : hn.equals("家庭住址") ? 34
                    : hn.contains("工会") || hn.equals("工作单位") ? 26 : 12) * 256);
            }
            for (int i = 0; i < hs.size(); i++) {
                Household h = hs.get(i);
                int excelRow = i + 3;
                Row row = sh.createRow(excelRow - 1);
                String sex = h.male ? "男" : "女";
                Object id = h.id;
                Object income = h.income.doubleValue();
                Object perCapita = h.perCapita.doubleValue();
                Object tier = h.tier;
                Object filed = h.filed;
                switch (excelRow) {
                    case 4: // wrong check digit
                        id = Synth.withWrongCheckDigit(h.id);
                        break;
                    case 5: // ID typed as a number: Excel keeps 15 significant digits
                        id = new BigDecimal(h.id).round(new MathContext(15)).doubleValue();
                        break;
                    case 6: // impossible date typed as text
                        filed = "2024-02-30";
                        break;
                    case 7: // income unknown
                        income = "不详";
                        break;
                    case 9: // tier not in the catalogue
                        tier = "特别困难";
                        break;
                    case 10: { // the household of row 3 entered a second time
                        Household first = hs.get(0);
                        h.name = first.name;
                        h.male = first.male;
                        sex = first.male ? "男" : "女";
                        h.ethnic = first.ethnic;
                        h.birth = first.birth;
                        id = first.id;
                        break;
                    }
                    case 11: // 性别 contradicts the ID's gender digit
                        sex = h.male ? "女" : "男";
                        break;
                    case 12: // warning only: per-capita income does not match 年收入/12/人口
                        perCapita = h.perCapita.add(BigDecimal.valueOf(35)).doubleValue();
                        break;
                    default:
                        break;
                }
                int k = 0;
                num(row, k++, i + 1, st.integer);
                cell(row, k++, h.name, st.plain);
                cell(row, k++, sex, st.plain);
                cell(row, k++, h.ethnic, st.plain);
                any(row, k++, id, st.plain, st.text); // a number typed into a General cell
                date(row, k++, h.birth, st.dateIso);
                cell(row, k++, h.phone, st.text);
                cell(row, k++, h.union, st.plain);
                cell(row, k++, h.employer, st.plain);
                num(row, k++, h.size, st.integer);
                any(row, k++, income, st.money, st.plain);
                any(row, k++, perCapita, st.money, st.plain);
                cell(row, k++, h.address, st.plain);
                any(row, k++, tier, st.plain, st.plain);
                cell(row, k++, h.level, st.plain);
                if (filed instanceof LocalDate) {
                    date(row, k++, (LocalDate) filed, st.dateIso);
                } else {
                    cell(row, k++, (String) filed, st.text);
                }
                cell(row, k++, h.mainCause, st.plain);
                cell(row, k++, h.secondaryCauses, st.plain);
                cell(row, k++, h.status, st.plain);
                cell(row, k++, h.helper, st.plain);
                cell(row, k++, "230103", st.text);
                num(row, k++, 0, st.integer);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    // ------------------------------------------------------------------ (d) assistance ledger and (e) visit log

    /**
     * The households that load without error from the three rosters, in roster order: all 12 of
     * 东城区, all 8 of 西城区, and rows 3, 8 and 12 of 南岗区 (the other seven rows are rejected).
     */
    static List<Household> loadedHouseholds() {
        List<Household> list = new ArrayList<>(dongchengHouseholds());
        list.addAll(xichengHouseholds());
        List<Household> ng = nangangHouseholds();
        list.add(ng.get(0));
        list.add(ng.get(5));
        list.add(ng.get(9));
        return list;
    }

    static final LocalDate YEAR_START = LocalDate.of(2024, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

    /** First day a household may receive a payment or visit in 2024: on or after its filing date. */
    static LocalDate earliest(Household h) {
        return h.filed.isBefore(YEAR_START) ? YEAR_START : h.filed;
    }

    /** Last day in 2024 for payments and visits: the exit date for a household that left hardship. */
    static LocalDate latest(Household h) {
        return h.exited != null && h.exited.isBefore(YEAR_END) ? h.exited : YEAR_END;
    }

    static final String[] LEDGER_HEADER = {
        "序号", "姓名", "身份证号码", "所属工会", "救助类型", "金额（元）", "发放日期", "资金来源", "发放方式", "开户银行",
        "银行卡号", "发放批次", "经办人", "备注"};
    static final String[] AID_KINDS = {"生活救助", "医疗救助", "金秋助学", "就业帮扶", "送温暖", "临时救助"};
    static final String[] FUND_SOURCES = {"中央财政", "省级", "市级", "区县级", "工会经费", "社会捐助"};
    static final String[] BANKS = {"中国工商银行", "中国农业银行", "中国银行", "中国建设银行", "中国邮政储蓄银行"};
    static final String[] HANDLERS = {"赵文斌", "孙丽华", "高立新"};

    /** Data index (0-based, Excel row = index + 3) of each planted mistake and special row of the ledger. */
    static final int LEDGER_UNKNOWN_AT = 29;
    static final int LEDGER_DUPLICATE_OF = 41;
    static final int LEDGER_DUPLICATE_AT = 44;
    static final int LEDGER_ZERO_AT = 17;
    static final int LEDGER_BAD_CARD_AT = 52;
    static final int[] LEDGER_CASH_AT = {8, 24, 49};
    static final int LEDGER_IN_KIND_AT = 36;
    static final int LEDGER_FIRST_ROW = 3;

    static final class Payment implements Cloneable {
        Household h;
        String kind;
        BigDecimal amount;
        LocalDate paidOn;
        String source;
        String method = "银行卡";
        String bank;
        String card;
        String handler;
        String note = "";

        Payment copy() {
            try {
                return (Payment) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** A synthetic bank card number of {@code length} digits starting 62, with a valid Luhn check digit. */
    static String cardNumber(Random rnd, int length) {
        StringBuilder sb = new StringBuilder("62");
        while (sb.length() < length - 1) {
            sb.append(rnd.nextInt(10));
        }
        sb.append(luhnDigit(sb));
        return sb.toString();
    }

    /** The digit that makes {@code body + digit} pass the Luhn check. */
    static char luhnDigit(CharSequence body) {
        int sum = 0;
        boolean dbl = true; // rightmost digit of the body is doubled once the check digit is appended
        for (int i = body.length() - 1; i >= 0; i--) {
            int d = body.charAt(i) - '0';
            if (dbl) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            dbl = !dbl;
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    static boolean luhnValid(String number) {
        return luhnDigit(number.substring(0, number.length() - 1)) == number.charAt(number.length() - 1);
    }

    static BigDecimal amount(Random rnd, String kind) {
        int base;
        switch (kind) {
            case "医疗救助":
                base = 1000 + rnd.nextInt(41) * 100;
                break;
            case "金秋助学":
                base = 2000 + rnd.nextInt(7) * 500;
                break;
            case "送温暖":
                base = 300 + rnd.nextInt(8) * 100;
                break;
            case "就业帮扶":
                base = 500 + rnd.nextInt(11) * 100;
                break;
            default:
                base = 500 + rnd.nextInt(26) * 100;
                break;
        }
        BigDecimal a = BigDecimal.valueOf(base);
        switch (rnd.nextInt(5)) {
            case 0:
                return a.add(new BigDecimal("0.5"));
            case 1:
                return a.add(BigDecimal.valueOf(rnd.nextInt(99) + 1, 2));
            default:
                return a;
        }
    }

    /** The ledger's rows in order, mistakes included. */
    static List<Payment> ledgerPayments() {
        Random rnd = new Random(20241220L);
        List<Household> hs = loadedHouseholds();
        List<Payment> list = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (int i = 0; i < hs.size(); i++) {
            Household h = hs.get(i);
            String bank = Synth.pick(rnd, BANKS);
            String card = cardNumber(rnd, 16 + rnd.nextInt(4));
            int count = i % 2 == 0 ? 3 : 2;
            for (int k = 0; k < count; k++) {
                Payment p = new Payment();
                p.h = h;
                p.kind = Synth.pick(rnd, AID_KINDS);
                p.amount = amount(rnd, p.kind);
                p.paidOn = Synth.date(rnd, earliest(h), latest(h));
                String key = h.id + p.kind + p.paidOn + p.amount;
                if (!keys.add(key)) { // never an accidental duplicate: the one duplicate is planted below
                    k--;
                    continue;
                }
                if (p.kind.equals("生活救助") && rnd.nextInt(4) == 0) {
                    p.kind = "生活";
                } else if (p.kind.equals("医疗救助") && rnd.nextInt(3) == 0) {
                    p.kind = "医疗";
                }
                p.source = Synth.pick(rnd, FUND_SOURCES);
                p.bank = bank;
                p.card = card;
                p.handler = Synth.pick(rnd, HANDLERS);
                list.add(p);
            }
        }
        list.sort(java.util.Comparator.comparing((Payment p) -> p.paidOn));

        // an ID that is in no roster (the person lives in 朝阳区, area 110105)
        Payment unknown = list.get(LEDGER_UNKNOWN_AT).copy();
        Household stranger = new Household();
        stranger.male = true;
        stranger.name = "郑海波";
        stranger.id = Synth.idNumber("110105", LocalDate.of(1978, 4, 12), 217);
        stranger.union = "东城区物业服务中心工会";
        unknown.h = stranger;
        unknown.kind = "临时救助";
        unknown.amount = BigDecimal.valueOf(1200);
        unknown.bank = "中国建设银行";
        unknown.card = cardNumber(rnd, 19);
        list.add(LEDGER_UNKNOWN_AT, unknown);
        // the same payment entered twice, three rows apart (no change below touches either row)
        list.add(LEDGER_DUPLICATE_AT, list.get(LEDGER_DUPLICATE_OF).copy());

        list.get(LEDGER_ZERO_AT).amount = BigDecimal.ZERO;
        Payment badCard = list.get(LEDGER_BAD_CARD_AT);
        char last = badCard.card.charAt(badCard.card.length() - 1);
        badCard.card = badCard.card.substring(0, badCard.card.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        for (int at : LEDGER_CASH_AT) {
            Payment p = list.get(at);
            p.method = "现金";
            p.bank = "";
            p.card = "";
        }
        Payment inKind = list.get(LEDGER_IN_KIND_AT);
        inKind.method = "实物";
        inKind.kind = "送温暖";
        inKind.amount = BigDecimal.valueOf(450);
        inKind.bank = "";
        inKind.card = "";
        inKind.note = "米、面、油各一份，按采购价折算";

        return list;
    }

    static void writeLedgerXlsx(Path file) throws IOException {
        List<Payment> ps = ledgerPayments();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(
                java.util.Optional.of(java.util.Date.from(java.time.Instant.parse(CREATED))));
            wb.getProperties().getCoreProperties().setCreator("区总工会帮扶中心");
            Styles st = new Styles(wb);
            Sheet sh = wb.createSheet("救助发放表");
            Row title = sh.createRow(0);
            title.setHeightInPoints(26);
            cell(title, 0, "2024年困难职工帮扶资金发放表", st.title);
            sh.addMergedRegion(new CellRangeAddress(0, 0, 0, LEDGER_HEADER.length - 1));
            Row head = sh.createRow(1);
            for (int k = 0; k < LEDGER_HEADER.length; k++) {
                cell(head, k, LEDGER_HEADER[k], st.header);
                String hn = LEDGER_HEADER[k];
                sh.setColumnWidth(k, (hn.equals("身份证号码") || hn.equals("银行卡号") ? 22
                    : hn.equals("所属工会") || hn.equals("备注") ? 28 : hn.equals("开户银行") ? 18 : 12) * 256);
            }
            for (int i = 0; i < ps.size(); i++) {
                Payment p = ps.get(i);
                Row row = sh.createRow(LEDGER_FIRST_ROW - 1 + i);
                int k = 0;
                num(row, k++, i + 1, st.integer);
                cell(row, k++, p.h.name, st.plain);
                cell(row, k++, p.h.id, st.text);
                cell(row, k++, p.h.union, st.plain);
                cell(row, k++, p.kind, st.plain);
                num(row, k++, p.amount.doubleValue(), st.money);
                date(row, k++, p.paidOn, st.dateIso);
                cell(row, k++, p.source, st.plain);
                cell(row, k++, p.method, st.plain);
                cell(row, k++, p.bank, st.plain);
                cell(row, k++, p.card, st.text);
                cell(row, k++, "2024年第" + ((p.paidOn.getMonthValue() + 2) / 3) + "批", st.plain);
                cell(row, k++, p.handler, st.plain);
                cell(row, k++, p.note, st.plain);
            }
            sh.createFreezePane(0, 2);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    static final String[] VISIT_HEADER = {
        "序号", "姓名", "身份证号码", "走访日期", "走访类型", "走访人", "参与人", "发现情况", "诉求", "措施", "结果",
        "下次回访日期", "是否签字"};
    static final String[] VISIT_KINDS = {"入户走访", "入户走访", "走访慰问", "电话回访"};
    static final String[] OUTCOMES = {"稳定", "稳定", "好转", "新情况"};
    static final String[] FINDINGS = {
        "户主病情稳定，按时复查，家庭收入仍以临时工收入为主。",
        "子女在校就读，学费和生活费支出压力较大。",
        "户主已在社区公益岗位上岗，每月收入约两千元。",
        "住房老旧，冬季取暖费用负担较重。",
        "配偶长期服药，医疗支出占家庭收入比重较高。",
        "家庭成员身体状况良好，暂未发现新的困难。",
        "户主近期所在单位停产，正在寻找新的工作。",
        "老人行动不便需要照料，户主难以外出务工。"};
    static final String[] REQUESTS = {
        "希望协助申请医疗救助。",
        "希望提供就业岗位信息。",
        "希望子女助学金按时发放。",
        "希望帮助解决冬季取暖费用。",
        "暂无新的诉求。",
        "希望协调办理大病医疗保险报销。"};
    static final String[] MEASURES = {
        "登记诉求并上报区总工会，协助准备医疗救助申请材料。",
        "推荐参加区总工会组织的职业技能培训。",
        "送去慰问品，讲解帮扶政策。",
        "联系社区落实临时救助。",
        "纳入金秋助学申报名单。",
        "继续跟踪，按期回访。"};

    /** Indexes into {@link #loadedHouseholds()}: households visited once, and households not visited. */
    static final int[] VISITED_ONCE = {2, 16, 21}; // 东城区 household 3, 西城区 household 5 (exited), 南岗区 row 8
    static final int[] NOT_VISITED = {10, 18};     // 东城区 household 11, 西城区 household 7
    /** Data index (0-based, Excel row = index + 2) of the visit dated in the future. */
    static final int VISIT_FUTURE_AT = 20;
    static final LocalDate VISIT_FUTURE = LocalDate.of(2030, 1, 15);
    static final int VISIT_FIRST_ROW = 2;

    static final class Visit {
        Household h;
        LocalDate on;
        String kind;
        String visitor;
        String participants;
        String findings;
        String requests;
        String measures;
        String outcome;
        String signed;
    }

    static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }

    static List<Visit> visits() {
        Random rnd = new Random(20241225L);
        List<Household> hs = loadedHouseholds();
        List<Visit> list = new ArrayList<>();
        for (int i = 0; i < hs.size(); i++) {
            if (contains(NOT_VISITED, i)) {
                continue;
            }
            Household h = hs.get(i);
            LocalDate from = earliest(h).plusDays(1); // strictly after the filing date
            LocalDate to = latest(h);
            LocalDate mid = LocalDate.ofEpochDay((from.toEpochDay() + to.toEpochDay()) / 2);
            List<LocalDate> days = new ArrayList<>();
            if (contains(VISITED_ONCE, i)) {
                days.add(Synth.date(rnd, from, to));
            } else {
                LocalDate first = Synth.date(rnd, from, mid);
                days.add(first);
                days.add(Synth.date(rnd, first.plusDays(7), to));
            }
            for (LocalDate d : days) {
                Visit v = new Visit();
                v.h = h;
                v.on = d;
                v.kind = Synth.pick(rnd, VISIT_KINDS);
                v.visitor = h.helper;
                v.participants = "";
                if (!v.kind.equals("电话回访")) {
                    do {
                        v.participants = Synth.name(rnd, rnd.nextBoolean())
                            + (rnd.nextBoolean() ? "、" + Synth.name(rnd, rnd.nextBoolean()) : "");
                    } while (v.participants.contains(v.visitor));
                }
                v.findings = Synth.pick(rnd, FINDINGS);
                v.requests = Synth.pick(rnd, REQUESTS);
                v.measures = Synth.pick(rnd, MEASURES);
                v.outcome = Synth.pick(rnd, OUTCOMES);
                v.signed = v.kind.equals("电话回访") ? "否" : rnd.nextInt(6) == 0 ? "否" : "是";
                list.add(v);
            }
        }
        list.sort(java.util.Comparator.comparing((Visit v) -> v.on));
        list.get(VISIT_FUTURE_AT).on = VISIT_FUTURE; // typed 2030 for 2024
        return list;
    }

    static void writeVisitsXlsx(Path file) throws IOException {
        List<Visit> vs = visits();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.getProperties().getCoreProperties().setCreated(
                java.util.Optional.of(java.util.Date.from(java.time.Instant.parse(CREATED))));
            wb.getProperties().getCoreProperties().setCreator("区总工会帮扶中心");
            Styles st = new Styles(wb);
            CellStyle wrapped = Styles.bordered(wb);
            wrapped.setWrapText(true);
            Sheet sh = wb.createSheet("走访记录");
            Row head = sh.createRow(0);
            for (int k = 0; k < VISIT_HEADER.length; k++) {
                cell(head, k, VISIT_HEADER[k], st.header);
                String hn = VISIT_HEADER[k];
                sh.setColumnWidth(k, (hn.equals("身份证号码") ? 22 : hn.equals("发现情况") || hn.equals("措施") ? 40
                    : hn.equals("诉求") ? 30 : hn.contains("日期") || hn.equals("参与人") ? 16 : 10) * 256);
            }
            for (int i = 0; i < vs.size(); i++) {
                Visit v = vs.get(i);
                Row row = sh.createRow(VISIT_FIRST_ROW - 1 + i);
                int k = 0;
                num(row, k++, i + 1, st.integer);
                cell(row, k++, v.h.name, st.plain);
                cell(row, k++, v.h.id, st.text);
                date(row, k++, v.on, st.dateIso);
                cell(row, k++, v.kind, st.plain);
                cell(row, k++, v.visitor, st.plain);
                cell(row, k++, v.participants, st.plain);
                cell(row, k++, v.findings, wrapped);
                cell(row, k++, v.requests, wrapped);
                cell(row, k++, v.measures, wrapped);
                cell(row, k++, v.outcome, st.plain);
                date(row, k++, v.on.plusMonths(3), st.dateIso);
                cell(row, k++, v.signed, st.plain);
            }
            sh.createFreezePane(0, 1);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
    }

    // ------------------------------------------------------------------ helpers

    static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle plain;
        final CellStyle wrap;
        final CellStyle bold;
        final CellStyle text;
        final CellStyle integer;
        final CellStyle money;
        final CellStyle dateCn;
        final CellStyle dateIso;

        Styles(Workbook wb) {
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            Font b = wb.createFont();
            b.setBold(true);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            bold = wb.createCellStyle();
            bold.setFont(b);
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            header = bordered(wb);
            header.setFont(b);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            plain = bordered(wb);
            short fmtText = wb.createDataFormat().getFormat("@");
            text = bordered(wb);
            text.setDataFormat(fmtText);
            integer = bordered(wb);
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            money = bordered(wb);
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            dateCn = bordered(wb);
            dateCn.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            dateIso = bordered(wb);
            dateIso.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        static CellStyle bordered(Workbook wb) {
            CellStyle s = wb.createCellStyle();
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
            return s;
        }
    }

    static String ref(int row0, int col0) {
        return CellReference.convertNumToColString(col0) + (row0 + 1);
    }

    static void cell(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        if (value != null && !value.isEmpty()) {
            c.setCellValue(value);
        }
    }

    static void num(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellValue(value);
    }

    static void date(Row row, int col, LocalDate value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellStyle(style);
        c.setCellValue(value);
    }

    /** A number cell, or an empty (still bordered) cell for an amount not stated. */
    static void amount(Row row, int col, BigDecimal value, CellStyle style) {
        if (value == null) {
            cell(row, col, "", style);
        } else {
            num(row, col, value.doubleValue(), style);
        }
    }

    static void any(Row row, int col, Object value, CellStyle numberStyle, CellStyle stringStyle) {
        if (value instanceof Number) {
            num(row, col, ((Number) value).doubleValue(), numberStyle);
        } else {
            cell(row, col, (String) value, stringStyle);
        }
    }
}
