package bangfu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import bangfu.examples.Synth;

/**
 * Seeded generator of large synthetic rosters for benchmarks: one header row with the column names
 * of the example roster, one household per row, unique valid ID numbers, and optionally a share of
 * rows with one deliberate mistake each (bad check digit, impossible date, unknown tier, duplicate ID).
 *
 * <pre>
 * java -Xmx4g -cp target/test-classes:$(cat target/cp.txt) bangfu.bench.RosterGenerator \
 *     --rows 1000000 --format xlsx --out target/bench/roster-1m.xlsx --seed 1 --mistakes 0.001
 * </pre>
 */
public final class RosterGenerator {

    public static final String[] HEADER = {
        "序号", "姓名", "性别", "民族", "身份证号码", "出生日期", "联系电话", "所属工会", "工作单位", "省份", "地市",
        "区县", "家庭人口", "家庭年收入（元）", "人均月收入（元）", "家庭住址", "困难类别", "建档层级", "建档日期",
        "主要致困原因", "次要致困原因", "档案状态", "帮扶责任人"};

    /** Area code, province, city, district. */
    static final String[][] REGIONS = {
        {"110101", "北京市", "北京市", "东城区"}, {"110102", "北京市", "北京市", "西城区"},
        {"110105", "北京市", "北京市", "朝阳区"}, {"120101", "天津市", "天津市", "和平区"},
        {"130102", "河北省", "石家庄市", "长安区"}, {"140105", "山西省", "太原市", "小店区"},
        {"210102", "辽宁省", "沈阳市", "和平区"}, {"220102", "吉林省", "长春市", "南关区"},
        {"230103", "黑龙江省", "哈尔滨市", "南岗区"}, {"310101", "上海市", "上海市", "黄浦区"},
        {"320102", "江苏省", "南京市", "玄武区"}, {"370102", "山东省", "济南市", "历下区"},
        {"410102", "河南省", "郑州市", "中原区"}, {"420102", "湖北省", "武汉市", "江岸区"},
        {"440103", "广东省", "广州市", "荔湾区"}, {"510104", "四川省", "成都市", "锦江区"}};

    static final String[] TIERS = {"深度困难", "相对困难", "相对困难", "意外致困"};
    static final String[] STATUSES = {"在档", "在档", "在档", "在档", "在档", "在档", "在档", "渐退", "脱困"};

    static final LocalDate BIRTH_FROM = LocalDate.of(1960, 1, 1);
    static final int BIRTH_DAYS = (int) (LocalDate.of(1999, 12, 31).toEpochDay() - BIRTH_FROM.toEpochDay() + 1);
    static final long ID_SPACE = (long) REGIONS.length * BIRTH_DAYS * 999;
    /** A prime that does not divide ID_SPACE: i -> (i * MULT + offset) mod ID_SPACE is a permutation. */
    static final long MULT = 1_000_000_007L;
    static final long EXCEL_EPOCH = LocalDate.of(1899, 12, 30).toEpochDay();
    static final LocalDate FILED_FROM = LocalDate.of(2020, 1, 1);
    static final int FILED_DAYS = (int) (LocalDate.of(2024, 12, 31).toEpochDay() - FILED_FROM.toEpochDay() + 1);
    static final String[] BAD_DATES = {"2024-02-30", "2023-02-29", "2023-04-31", "2022-13-01", "2021-06-31"};

    enum Mistake { BAD_CHECK_DIGIT, IMPOSSIBLE_DATE, UNKNOWN_TIER, DUPLICATE_ID }

    /** One generated row, reused between rows. */
    static final class Rec {
        final String[] text = new String[HEADER.length];
        LocalDate birth;
        LocalDate filed; // null when the 建档日期 is an impossible text date
        int size;
        long incomeYuan;
        long perCapitaCents;
    }

    private final Random rnd;
    private final double mistakeRate;
    private final long offset;
    private final long[] mistakes = new long[Mistake.values().length];
    /** Earlier persons (name, sex, ethnic, id, birth) to copy for duplicate-ID mistakes. */
    private final String[][] earlier = new String[1024][];
    private final LocalDate[] earlierBirth = new LocalDate[1024];
    private int earlierCount;

    RosterGenerator(long seed, double mistakeRate) {
        this.rnd = new Random(seed);
        this.mistakeRate = mistakeRate;
        this.offset = Math.floorMod(new Random(seed ^ 0x5DEECE66DL).nextLong(), ID_SPACE);
    }

    /**
     * The index-th unique valid ID number (index below ID_SPACE): a permutation of index picks the
     * region, the birth date and the 3-digit sequence, so no two indexes give the same ID.
     */
    String uniqueId(long index) {
        long p = (index * MULT % ID_SPACE + offset) % ID_SPACE;
        area = (int) (p % REGIONS.length);
        p /= REGIONS.length;
        int day = (int) (p % BIRTH_DAYS);
        int seq = (int) (p / BIRTH_DAYS) + 1;
        birth = LocalDate.ofEpochDay(BIRTH_FROM.toEpochDay() + day);
        return Synth.idNumber(REGIONS[area][0], birth, seq);
    }

    /** Set by {@link #uniqueId}. */
    private int area;
    private LocalDate birth;

    void next(long index, Rec r) {
        String[] t = r.text;
        String id = uniqueId(index);
        LocalDate birth = this.birth;
        boolean male = (id.charAt(16) - '0') % 2 == 1;
        String[] region = REGIONS[area];
        t[0] = Long.toString(index + 1);
        t[1] = Synth.name(rnd, male);
        t[2] = male ? "男" : "女";
        t[3] = Synth.pick(rnd, Synth.ETHNIC);
        t[4] = id;
        t[6] = Synth.phone(rnd);
        String employer = region[3] + Synth.pick(rnd, Synth.EMPLOYERS);
        t[7] = employer + "工会";
        t[8] = employer;
        t[9] = region[1];
        t[10] = region[2];
        t[11] = region[3];
        r.size = 1 + rnd.nextInt(5);
        t[12] = Integer.toString(r.size);
        String tier = TIERS[rnd.nextInt(TIERS.length)];
        int perCapitaTarget = tier.equals("深度困难") ? 600 + rnd.nextInt(700)
            : tier.equals("相对困难") ? 1400 + rnd.nextInt(1300) : 1800 + rnd.nextInt(2500);
        r.incomeYuan = Math.round(perCapitaTarget * 12.0 * r.size / 100.0) * 100;
        long div = 12L * r.size;
        r.perCapitaCents = (2 * r.incomeYuan * 100 + div) / (2 * div);
        t[13] = Long.toString(r.incomeYuan);
        t[14] = cents(r.perCapitaCents);
        t[15] = region[2] + region[3] + Synth.pick(rnd, Synth.ROADS) + (1 + rnd.nextInt(300)) + "号"
            + (1 + rnd.nextInt(8)) + "单元" + (1 + rnd.nextInt(18)) + "0" + (1 + rnd.nextInt(4)) + "室";
        t[16] = tier;
        t[17] = Synth.LEVELS[rnd.nextInt(8) < 5 ? 0 : rnd.nextInt(3)];
        r.filed = LocalDate.ofEpochDay(FILED_FROM.toEpochDay() + rnd.nextInt(FILED_DAYS));
        t[19] = tier.equals("意外致困") ? (rnd.nextBoolean() ? "患重特大疾病" : "遭受意外事故")
            : Synth.pick(rnd, Synth.MAIN_CAUSES);
        String s1 = Synth.pick(rnd, Synth.SECONDARY_CAUSES);
        String s2 = Synth.pick(rnd, Synth.SECONDARY_CAUSES);
        t[20] = s1.equals(t[19]) ? "" : s2.equals(s1) || s2.equals(t[19]) ? s1 : s1 + "、" + s2;
        t[21] = STATUSES[rnd.nextInt(STATUSES.length)];
        t[22] = Synth.name(rnd, rnd.nextBoolean());
        r.birth = birth;

        if (mistakeRate > 0 && rnd.nextDouble() < mistakeRate) {
            Mistake m = Mistake.values()[rnd.nextInt(4)];
            if (m == Mistake.DUPLICATE_ID && earlierCount == 0) {
                m = Mistake.BAD_CHECK_DIGIT;
            }
            mistakes[m.ordinal()]++;
            switch (m) {
                case BAD_CHECK_DIGIT:
                    t[4] = Synth.withWrongCheckDigit(id);
                    break;
                case IMPOSSIBLE_DATE:
                    r.filed = null;
                    break;
                case UNKNOWN_TIER:
                    t[16] = "特别困难";
                    break;
                default: { // the same person as an earlier row, filed again
                    int k = rnd.nextInt(Math.min(earlierCount, earlier.length));
                    String[] e = earlier[k];
                    t[1] = e[0];
                    t[2] = e[1];
                    t[3] = e[2];
                    t[4] = e[3];
                    r.birth = earlierBirth[k];
                    break;
                }
            }
        } else if (earlierCount < earlier.length || rnd.nextInt(64) == 0) {
            int k = earlierCount < earlier.length ? earlierCount : rnd.nextInt(earlier.length);
            earlier[k] = new String[] {t[1], t[2], t[3], t[4]};
            earlierBirth[k] = birth;
            earlierCount++;
        }
        t[5] = r.birth.toString();
        t[18] = r.filed == null ? BAD_DATES[rnd.nextInt(BAD_DATES.length)] : r.filed.toString();
    }

    static String cents(long c) {
        long frac = c % 100;
        return (c / 100) + (frac < 10 ? ".0" : ".") + frac;
    }

    // ------------------------------------------------------------------ writers

    void writeCsv(Path out, long rows) throws IOException {
        Rec r = new Rec();
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8),
            1 << 16)) {
            line(w, HEADER);
            for (long i = 0; i < rows; i++) {
                next(i, r);
                line(w, r.text);
            }
        }
    }

    static void line(Writer w, String[] v) throws IOException {
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(v[i]); // generated values contain no comma, quote or line break
        }
        w.write("\r\n");
    }

    void writeXlsx(Path out, long rows) throws IOException {
        if (rows > 1_048_575) {
            throw new IllegalArgumentException("an .xlsx sheet holds at most 1,048,575 rows below the header");
        }
        // SXSSF with a shared-strings table, like Excel writes, and compressed temp files. Plain
        // new SXSSFWorkbook(null, 1000, true, true) spends about 1 ms per row in XMLBeans (a quarter
        // of an hour for 1M rows); FastSxssf writes the same XML without it.
        try (SXSSFWorkbook wb = new FastSxssf()) {
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet sh = wb.createSheet("困难职工花名册");
            Row head = sh.createRow(0);
            for (int c = 0; c < HEADER.length; c++) {
                head.createCell(c).setCellValue(HEADER[c]);
            }
            Rec r = new Rec();
            for (long i = 0; i < rows; i++) {
                next(i, r);
                Row row = sh.createRow((int) i + 1);
                String[] t = r.text;
                for (int c = 0; c < HEADER.length; c++) {
                    Cell cell = row.createCell(c);
                    switch (c) {
                        case 0:
                            cell.setCellValue(i + 1);
                            break;
                        case 4:
                        case 6:
                            cell.setCellStyle(text);
                            cell.setCellValue(t[c]);
                            break;
                        case 5:
                            cell.setCellStyle(date);
                            cell.setCellValue(r.birth.toEpochDay() - EXCEL_EPOCH);
                            break;
                        case 18:
                            if (r.filed == null) {
                                cell.setCellValue(t[c]);
                            } else {
                                cell.setCellStyle(date);
                                cell.setCellValue(r.filed.toEpochDay() - EXCEL_EPOCH);
                            }
                            break;
                        case 12:
                            cell.setCellValue(r.size);
                            break;
                        case 13:
                            cell.setCellStyle(money);
                            cell.setCellValue(r.incomeYuan);
                            break;
                        case 14:
                            cell.setCellStyle(money);
                            cell.setCellValue(r.perCapitaCents / 100.0);
                            break;
                        default:
                            if (!t[c].isEmpty()) {
                                cell.setCellValue(t[c]);
                            }
                            break;
                    }
                }
            }
            try (OutputStream os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
    }

    // ------------------------------------------------------------------ command line

    public static void main(String[] args) throws IOException {
        long rows = 100_000;
        String format = null;
        Path out = null;
        long seed = 1;
        double rate = 0;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String v = i + 1 < args.length ? args[i + 1] : null;
            switch (a) {
                case "--rows":
                    rows = Long.parseLong(v.replace("_", ""));
                    i++;
                    break;
                case "--format":
                    format = v.toLowerCase(Locale.ROOT);
                    i++;
                    break;
                case "--out":
                    out = Path.of(v);
                    i++;
                    break;
                case "--seed":
                    seed = Long.parseLong(v);
                    i++;
                    break;
                case "--mistakes":
                    rate = Double.parseDouble(v);
                    i++;
                    break;
                default:
                    usage("unknown option " + a);
            }
        }
        if (out == null) {
            usage("--out is required");
        }
        if (format == null) {
            String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
            format = n.endsWith(".csv") ? "csv" : "xlsx";
        }
        if (rows < 0 || rows > ID_SPACE || rate < 0 || rate > 1) {
            usage("--rows must be 0.." + ID_SPACE + " and --mistakes 0..1");
        }
        if (out.toAbsolutePath().getParent() != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
        }
        RosterGenerator g = new RosterGenerator(seed, rate);
        long t0 = System.nanoTime();
        switch (format) {
            case "csv":
                g.writeCsv(out, rows);
                break;
            case "xlsx":
                g.writeXlsx(out, rows);
                break;
            default:
                usage("--format must be xlsx or csv");
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        StringBuilder m = new StringBuilder();
        for (Mistake k : Mistake.values()) {
            m.append(' ').append(k.name().toLowerCase(Locale.ROOT)).append('=').append(g.mistakes[k.ordinal()]);
        }
        System.out.printf(Locale.ROOT, "%s: %,d rows (%s), %,d bytes, %.1f s; mistakes:%s%n", out, rows, format,
            Files.size(out), secs, m);
    }

    static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: RosterGenerator --rows N --format xlsx|csv --out FILE [--seed S] [--mistakes RATE]");
        System.exit(2);
    }
}
