package bangfu.classify;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the roster's free-text 车辆情况 as "owns or uses a motor vehicle" yes or no. Only clear words count;
 * anything else is unreadable and reported, never guessed.
 */
final class VehicleText {
    private static final Set<String> NO = Set.of("无", "没有", "否", "无车", "无车辆", "无机动车", "无机动车辆", "没车",
            "0", "n", "no", "none", "未拥有", "无私家车", "无汽车", "×");
    private static final Set<String> YES = Set.of("有", "是", "1", "y", "yes", "有车", "有车辆", "有机动车", "有机动车辆",
            "√");
    private static final String[] MOTOR = {"轿车", "汽车", "货车", "客车", "面包车", "越野车", "皮卡", "摩托车", "机动车",
        "私家车", "营运车"};

    private VehicleText() {
    }

    static Optional<Boolean> read(String text) {
        String t = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        if (NO.contains(t)) return Optional.of(false);
        if (YES.contains(t)) return Optional.of(true);
        if (t.startsWith("无") || t.startsWith("没") || t.startsWith("未") || t.startsWith("不")) return Optional.empty();
        // 有（小轿车）, 有一辆面包车: "has" followed by what
        if (t.startsWith("有")) return Optional.of(true);
        for (String m : MOTOR) if (t.contains(m)) return Optional.of(true);
        return Optional.empty();
    }
}
