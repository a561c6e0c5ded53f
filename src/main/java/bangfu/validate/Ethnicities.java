package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads 民族 as one of the 56 officially recognised ethnic groups, with or without the trailing 族. */
public final class Ethnicities {
    /** The 56 groups in the order of GB/T 3304. */
    public static final List<String> ALL = List.of(
            "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
            "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
            "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
            "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
            "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
            "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族");
    private static final Map<String, String> BY_WORD = index();

    private Ethnicities() {
    }

    /** The official name ("汉" is 汉族); an unknown word is kept as written, with a warning. */
    public static Parsed<String> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String word = Widths.compact(cell.text());
        String official = BY_WORD.get(word);
        if (official != null) return Parsed.ok(official);
        return Parsed.warn(cell.text().strip(), Issue.warning("ETHNICITY_UNKNOWN", cell.text().strip()));
    }

    private static Map<String, String> index() {
        Map<String, String> words = new HashMap<>();
        for (String name : ALL) {
            words.put(name, name);
            words.put(name.substring(0, name.length() - 1), name);
        }
        return Map.copyOf(words);
    }
}
