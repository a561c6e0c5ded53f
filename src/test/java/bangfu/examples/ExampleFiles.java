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
        System.out.println("wrote " + dir.resolve(XLSX) + ", " + dir.resolve(CSV) + ", " + dir.resolve(XLS));
    }

    public static void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir);
        writeDongchengXlsx(dir.resolve(XLSX));
        writeXichengCsv(dir.resolve(CSV));
        writeNangangXls(dir.resolve(XLS));
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
        String migrant;
        String modelWorker;
        String housing;
        String vehicle = "无";
        String helper;
        String remark = "";
        final List<Member> members = new ArrayList<>();
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
        return list;
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

    // ------------------------------------------------------------------ (b) 西城区 .csv (GBK)

    static final String[] CSV_HEADER = {
        "序号", "姓名", "与户主关系", "性别", "民族", "身份证号", "出生日期", "联系电话", "工会名称", "工作单位",
        "家庭总人口", "家庭年收入", "人均月收入", "家庭住址", "困难类型", "建档层级", "建档日期", "致困原因",
        "档案状态", "脱困日期", "帮扶责任人", "备注"};

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
        List<Household> households = xichengHouseholds();
        try (Writer w = Files.newBufferedWriter(file, Charset.forName("GBK"))) {
            csvLine(w, CSV_HEADER);
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
                    h.exited == null ? "" : csvDate(h.exited, i + 2), h.helper, h.remark};
                csvLine(w, v);
                for (int j = 0; j < h.members.size(); j++) {
                    Member m = h.members.get(j);
                    String[] mv = new String[CSV_HEADER.length];
                    java.util.Arrays.fill(mv, "");
                    mv[1] = m.name;
                    mv[2] = m.relation;
                    mv[3] = m.male ? "男" : "女";
                    mv[5] = m.id;
                    mv[6] = csvDate(m.birth, i + j);
                    csvLine(w, mv);
                }
            }
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
        "次要致困原因", "档案状态", "帮扶责任人"};

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
            }
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

    static void any(Row row, int col, Object value, CellStyle numberStyle, CellStyle stringStyle) {
        if (value instanceof Number) {
            num(row, col, ((Number) value).doubleValue(), numberStyle);
        } else {
            cell(row, col, (String) value, stringStyle);
        }
    }
}
