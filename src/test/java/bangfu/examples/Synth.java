package bangfu.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Random;

/**
 * Building blocks for synthetic roster data: invented names, resident ID numbers with valid
 * GB 11643 check digits, fake phone numbers. Everything is drawn from a caller-supplied seeded
 * {@link Random}, so output is reproducible. No real person's data is used.
 */
public final class Synth {

    private Synth() {
    }

    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final String CHECK = "10X98765432";

    public static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
        "林", "何", "郭", "马", "罗", "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧"};
    static final String[] MALE_CHARS = {
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "鹏", "华",
        "建国", "志强", "海波", "文斌", "国庆", "立新", "振华", "春生", "德明", "永康"};
    static final String[] FEMALE_CHARS = {
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂兰", "玉梅", "丽华", "春燕",
        "红梅", "淑珍", "雪", "婷", "琳", "慧", "晓燕", "金凤", "秋菊", "彩云", "美玲", "丹"};
    public static final String[] ETHNIC = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族", "蒙古族", "朝鲜族"};
    public static final String[] MAIN_CAUSES = {
        "患重特大疾病", "下岗失业", "子女上学", "无劳动能力", "遭受意外事故", "有劳动能力而未就业",
        "社会保险待遇落实不到位", "遭受自然灾害"};
    public static final String[] SECONDARY_CAUSES = {
        "子女上学", "下岗失业", "患重特大疾病", "未参加社会保险", "无劳动能力", "其他"};
    public static final String[] LEVELS = {"基层", "区县级", "地市级", "省级", "全国级"};
    public static final String[] HOUSING = {"自有住房一套", "租房", "公租房", "借住亲属房屋", "单位宿舍"};
    public static final String[] ROADS = {
        "和平路", "建设街", "胜利大街", "光明巷", "人民路", "解放街", "新华路", "长青里", "幸福街", "团结路"};
    public static final String[] EMPLOYERS = {
        "第一机床厂", "纺织印染厂", "市政工程公司", "百货大楼", "公交集团第三分公司", "食品加工厂",
        "建材供应站", "物业服务中心", "环卫服务队", "粮油储运公司", "服装厂", "电缆厂"};

    /** Check digit of the first 17 characters of an 18-character resident ID number. */
    public static char checkDigit(CharSequence first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK.charAt(sum % 11);
    }

    /**
     * An 18-character ID: area code, birth date, a 3-digit sequence (odd = male), check digit.
     * {@code seq} must be 1..999; its parity must match {@code male}.
     */
    public static String idNumber(String area, LocalDate birth, int seq) {
        StringBuilder sb = new StringBuilder(18);
        sb.append(area);
        int y = birth.getYear();
        int m = birth.getMonthValue();
        int d = birth.getDayOfMonth();
        sb.append(y);
        if (m < 10) {
            sb.append('0');
        }
        sb.append(m);
        if (d < 10) {
            sb.append('0');
        }
        sb.append(d);
        if (seq < 10) {
            sb.append("00");
        } else if (seq < 100) {
            sb.append('0');
        }
        sb.append(seq);
        sb.append(checkDigit(sb));
        return sb.toString();
    }

    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * A made-up 统一社会信用代码 (GB 32100): 9 and 1 (an enterprise registered with 工商), the region, nine random
     * characters, and the check character (weights 3^(i-1) mod 31).
     */
    public static String creditCode(String region, Random rnd) {
        StringBuilder sb = new StringBuilder("91").append(region);
        for (int i = 0; i < 9; i++) sb.append(CREDIT_CHARS.charAt(rnd.nextInt(CREDIT_CHARS.length())));
        int sum = 0;
        for (int i = 0, w = 1; i < 17; i++, w = w * 3 % 31) sum += CREDIT_CHARS.indexOf(sb.charAt(i)) * w;
        return sb.append(CREDIT_CHARS.charAt((31 - sum % 31) % 31)).toString();
    }

    /** A sequence number 1..999 with the gender parity (odd = male). */
    public static int sequence(Random rnd, boolean male) {
        int s = 1 + rnd.nextInt(499) * 2; // odd, 1..997
        return male ? s : s + 1;
    }

    /** Same ID with a deliberately wrong check digit. */
    public static String withWrongCheckDigit(String id) {
        char good = id.charAt(17);
        int i = CHECK.indexOf(good);
        return id.substring(0, 17) + CHECK.charAt((i + 3) % 11);
    }

    public static String name(Random rnd, boolean male) {
        String[] pool = male ? MALE_CHARS : FEMALE_CHARS;
        return SURNAMES[rnd.nextInt(SURNAMES.length)] + pool[rnd.nextInt(pool.length)];
    }

    public static String givenName(Random rnd, boolean male) {
        String[] pool = male ? MALE_CHARS : FEMALE_CHARS;
        return pool[rnd.nextInt(pool.length)];
    }

    /** A fake mobile number: 13x followed by eight random digits. */
    public static String phone(Random rnd) {
        String tail = Integer.toString(100_000_000 + rnd.nextInt(100_000_000)); // 9 digits, leading 1
        return "13" + rnd.nextInt(10) + tail.substring(1);
    }

    public static LocalDate date(Random rnd, LocalDate from, LocalDate toInclusive) {
        long days = toInclusive.toEpochDay() - from.toEpochDay() + 1;
        return LocalDate.ofEpochDay(from.toEpochDay() + (long) (rnd.nextDouble() * days));
    }

    public static <T> T pick(Random rnd, T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    /** ROUND(yearly / 12 / size, 2), half away from zero like Excel's ROUND for positive numbers. */
    public static BigDecimal perCapitaMonthly(BigDecimal yearly, int size) {
        return yearly.divide(BigDecimal.valueOf(12L * size), 2, RoundingMode.HALF_UP);
    }
}
