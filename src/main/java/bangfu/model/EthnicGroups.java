package bangfu.model;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The 56 officially recognised ethnic groups (民族), in the order of GB/T 3304. */
public final class EthnicGroups {
    public static final List<String> ALL = List.of(
            "汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族", "布依族", "朝鲜族",
            "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族",
            "佤族", "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族",
            "达斡尔族", "仫佬族", "羌族", "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族",
            "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族", "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族",
            "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族");
    /**
     * The groups as autonomous places are named for them, with and without 族 (红河哈尼族彝族自治州, 巴音郭楞蒙古自治州),
     * longest first so that 蒙古族 is tried before 蒙古; one-character forms (汉, 回) are left out, being common in
     * place names of their own.
     */
    public static final List<String> IN_PLACE_NAMES = ALL.stream()
            .flatMap(e -> Stream.of(e, e.substring(0, e.length() - 1)))
            .filter(e -> e.length() >= 2)
            .sorted(Comparator.comparingInt(String::length).reversed())
            .toList();

    private EthnicGroups() {
    }
}
