package bangfu.classify;

import static java.util.Objects.requireNonNull;

import bangfu.model.EthnicGroups;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a household lives, as its file states it: a 6-digit 行政区划代码 and/or the names 省份 / 地市 / 区县.
 * Names may be blank; a region with neither code nor province is unknown.
 */
public record Region(Optional<String> code, String province, String city, String county) {
    public static final Region UNKNOWN = new Region(Optional.empty(), "", "", "");

    // Suffixes that the same place is written with and without: 云南省 / 云南, 红河州 / 红河, 弥勒市 / 弥勒.
    private static final String[] SUFFIXES = {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "自治州",
        "自治县", "自治旗", "地区", "省", "市", "州", "盟", "区", "县", "旗"};

    public Region {
        requireNonNull(code, "code");
        province = province == null ? "" : province.strip();
        city = city == null ? "" : city.strip();
        county = county == null ? "" : county.strip();
        code = code.map(String::strip).filter(c -> !c.isEmpty());
    }

    // GB/T 2260's provinces: a file with only a code still finds a policy figure written under its province's name.
    private static final Map<String, String> PROVINCES = Map.ofEntries(Map.entry("11", "北京市"), Map.entry("12", "天津市"),
            Map.entry("13", "河北省"), Map.entry("14", "山西省"), Map.entry("15", "内蒙古自治区"), Map.entry("21", "辽宁省"),
            Map.entry("22", "吉林省"), Map.entry("23", "黑龙江省"), Map.entry("31", "上海市"), Map.entry("32", "江苏省"),
            Map.entry("33", "浙江省"), Map.entry("34", "安徽省"), Map.entry("35", "福建省"), Map.entry("36", "江西省"),
            Map.entry("37", "山东省"), Map.entry("41", "河南省"), Map.entry("42", "湖北省"), Map.entry("43", "湖南省"),
            Map.entry("44", "广东省"), Map.entry("45", "广西壮族自治区"), Map.entry("46", "海南省"), Map.entry("50", "重庆市"),
            Map.entry("51", "四川省"), Map.entry("52", "贵州省"), Map.entry("53", "云南省"), Map.entry("54", "西藏自治区"),
            Map.entry("61", "陕西省"), Map.entry("62", "甘肃省"), Map.entry("63", "青海省"), Map.entry("64", "宁夏回族自治区"),
            Map.entry("65", "新疆维吾尔自治区"), Map.entry("71", "台湾省"), Map.entry("81", "香港特别行政区"),
            Map.entry("82", "澳门特别行政区"));

    public boolean known() {
        return code.isPresent() || !province.isEmpty();
    }

    /** How the file names its region: the names joined by "/" and the code, as far as it gives them. */
    public String display() {
        String names = names();
        if (code.isEmpty()) return names;
        return names.isEmpty() ? code.get() : names + " " + code.get();
    }

    /** The names joined by "/", repeats dropped (a municipality is its own province: 北京市/东城区). */
    public String names() {
        List<String> parts = new ArrayList<>();
        for (String p : List.of(province, city, county)) {
            if (!p.isEmpty() && (parts.isEmpty() || !parts.get(parts.size() - 1).equals(p))) parts.add(p);
        }
        return String.join("/", parts);
    }

    /** A key a policy entry may be written under, with its level: 3 county, 2 city, 1 province. */
    record Candidate(String key, int level) {
    }

    /**
     * The keys a policy entry may be written under for this household, most specific first: the county's code,
     * its names, the city's code and names, the province's. Name keys are {@link #key normalised}.
     */
    List<Candidate> candidates() {
        List<Candidate> out = new ArrayList<>(7);
        String c = code.orElse(null);
        String p = key(province);
        String ci = key(city);
        String co = key(county);
        if (c != null && !c.endsWith("00")) out.add(new Candidate(c, 3));
        if (!p.isEmpty() && !ci.isEmpty() && !co.isEmpty()) out.add(new Candidate(p + "/" + ci + "/" + co, 3));
        // 北京市/北京市/东城区 is also written 北京市/东城区, and a municipality's roster may leave 地市 blank
        if (!p.isEmpty() && !co.isEmpty() && (ci.isEmpty() || ci.equals(p))) out.add(new Candidate(p + "/" + co, 3));
        if (c != null && !c.endsWith("0000")) out.add(new Candidate(c.substring(0, 4) + "00", 2));
        if (!p.isEmpty() && !ci.isEmpty() && !ci.equals(p)) out.add(new Candidate(p + "/" + ci, 2));
        if (c != null) out.add(new Candidate(c.substring(0, 2) + "0000", 1));
        if (!p.isEmpty()) out.add(new Candidate(p, 1));
        else if (c != null && PROVINCES.containsKey(c.substring(0, 2))) out.add(new Candidate(key(PROVINCES.get(c.substring(0, 2))), 1));
        return out;
    }

    /** A policy entry's region in the form candidates are compared in: a code as it is, names without their suffixes. */
    static String key(String region) {
        if (region.length() == 6 && region.chars().allMatch(Character::isDigit)) return region;
        List<String> parts = new ArrayList<>();
        for (String part : region.split("/")) {
            String name = part.replaceAll("\\s+", "");
            for (String suffix : SUFFIXES) {
                if (name.endsWith(suffix) && name.length() - suffix.length() >= 2) {
                    name = name.substring(0, name.length() - suffix.length());
                    if (suffix.startsWith("自治")) name = withoutPeoples(name);
                    break;
                }
            }
            if (!name.isEmpty()) parts.add(name);
        }
        return String.join("/", parts);
    }

    /**
     * 红河哈尼族彝族 → 红河: the peoples' names at the end, as long as two characters of the place remain; a place
     * named for a people alone keeps that name without 族 (鄂温克族自治旗 is 鄂温克旗).
     */
    private static String withoutPeoples(String name) {
        if (name.endsWith("族") && EthnicGroups.ALL.contains(name)) return name.substring(0, name.length() - 1);
        boolean again = true;
        while (again) {
            again = false;
            for (String people : EthnicGroups.IN_PLACE_NAMES) {
                if (name.endsWith(people) && name.length() - people.length() >= 2) {
                    name = name.substring(0, name.length() - people.length());
                    again = true;
                    break;
                }
            }
        }
        return name;
    }
}
