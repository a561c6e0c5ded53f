package bangfu.validate;

import bangfu.model.EthnicGroups;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a region written as one text — 云南省红河州弥勒市, 北京市东城区, 内蒙古锡林郭勒盟锡林浩特市 — into
 * province, city and county by the endings of their names (省 / 自治区; 市 / 州 / 盟 / 地区; 区 / 县 / 市 / 旗),
 * with the provinces known by name. Municipalities are their own city, as rosters write them (北京市 北京市
 * 东城区). Without a list of every county some texts cannot be told apart; those are left whole.
 */
public final class Regions {
    /** A provincial-level division: code as in the ID number, full name, short name. */
    public record Province(String code, String name, String shortName) {
        public boolean municipality() {
            return name.endsWith("市");
        }
    }

    /** What a region text names; {@code city} and {@code county} are null when it does not say. */
    public record Split(String province, String city, String county) {
    }

    public static final List<Province> PROVINCES = load();
    private static final List<Province> LONGEST_FIRST = PROVINCES.stream()
            .sorted(Comparator.comparingInt((Province p) -> p.name().length()).reversed()).toList();
    private static final List<String> CITY_ENDINGS = List.of("自治州", "地区", "盟", "州", "市");
    private static final List<String> COUNTY_ENDINGS = List.of("自治县", "自治旗", "林区", "特区", "区", "县", "旗", "市");
    /** After a province's short name these begin a city or county named like it (吉林市, 海南区), not the rest of the text. */
    private static final Set<Character> NAME_ENDINGS = Set.of('市', '州', '盟', '区', '县', '旗', '省');
    private static final Pattern SEPARATORS = Pattern.compile("[-/／·、,，|－—]+");

    private Regions() {
    }

    /** The parts of a region text, or empty when it cannot be split without guessing. */
    public static Optional<Split> split(String text) {
        String compact = Widths.compact(text);
        String joined = SEPARATORS.matcher(compact).replaceAll("");
        Optional<Split> bySuffix = bySuffix(joined);
        if (bySuffix.isPresent() && bySuffix.get().county() != null) return bySuffix;
        // 云南/红河/弥勒: three parts in order say what the endings do not.
        List<String> parts = new ArrayList<>(List.of(SEPARATORS.split(compact)));
        parts.removeIf(String::isEmpty);
        if (parts.size() == 3) {
            Optional<Province> p = province(parts.get(0));
            if (p.isPresent() && prefixLength(parts.get(0), p.get()) == parts.get(0).length()) {
                return Optional.of(new Split(p.get().name(), parts.get(1), parts.get(2)));
            }
        }
        return bySuffix;
    }

    private static Optional<Split> bySuffix(String t) {
        String province = null;
        String rest = t;
        Optional<Province> p = province(t);
        if (p.isPresent()) {
            province = p.get().name();
            rest = t.substring(prefixLength(t, p.get()));
        }
        String city = null;
        if (p.isPresent() && p.get().municipality()) {
            city = province;
            if (rest.startsWith("市辖区")) rest = rest.substring(3);
        } else {
            int end = cut(rest, CITY_ENDINGS, true);
            if (end > 0) {
                city = rest.substring(0, end);
                rest = rest.substring(end);
            }
        }
        String county = null;
        int end = cut(rest, COUNTY_ENDINGS, false);
        if (end > 0) county = rest.substring(0, end);
        // Without the province, one name alone could be a city or a county (弥勒市): both must be there.
        if (province == null && (city == null || county == null)) return Optional.empty();
        return Optional.of(new Split(province, city, county));
    }

    /** The province a text begins with, by full name, by a short name with 省 or 自治区, or by a bare short name. */
    private static Optional<Province> province(String t) {
        for (Province p : LONGEST_FIRST) if (t.startsWith(p.name())) return Optional.of(p);
        for (Province p : PROVINCES) {
            if (t.startsWith(p.shortName() + "自治区") || t.startsWith(p.shortName() + "省")) return Optional.of(p);
        }
        for (Province p : PROVINCES) {
            if (!t.startsWith(p.shortName())) continue;
            String after = t.substring(p.shortName().length());
            if (!after.isEmpty() && NAME_ENDINGS.contains(after.charAt(0))) continue;
            // 海南藏族自治州 is in Qinghai, 河南蒙古族自治县 too: a short name followed by a people's name begins a place.
            if (EthnicGroups.IN_PLACE_NAMES.stream().anyMatch(after::startsWith)) continue;
            return Optional.of(p);
        }
        return Optional.empty();
    }

    private static int prefixLength(String t, Province p) {
        if (t.startsWith(p.name())) return p.name().length();
        if (t.startsWith(p.shortName() + "自治区")) return p.shortName().length() + 3;
        if (t.startsWith(p.shortName() + "省")) return p.shortName().length() + 1;
        return p.shortName().length();
    }

    /**
     * Where the first name ending with one of {@code endings} ends (a name has at least one character before
     * its ending), or 0. For cities, 州 right before 市 belongs to the name: 广州市, 杭州市.
     */
    private static int cut(String t, List<String> endings, boolean city) {
        int best = Integer.MAX_VALUE;
        for (String e : endings) {
            int at = t.indexOf(e, 1);
            if (at >= 1) best = Math.min(best, at + e.length());
        }
        if (best == Integer.MAX_VALUE) return 0;
        if (city && t.charAt(best - 1) == '州' && best < t.length() && t.charAt(best) == '市') best++;
        return best;
    }

    private static List<Province> load() {
        List<Province> out = new ArrayList<>();
        String file = Vocabulary.FOLDER + "provinces.tsv";
        try (InputStream in = Regions.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing " + file);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = lines.readLine()) != null; ) {
                if (line.startsWith("#") || line.isBlank() || line.startsWith("code\t")) continue;
                String[] cells = line.split("\t");
                if (cells.length != 3) throw new IllegalStateException(file + ": needs code, name, short: " + line);
                out.add(new Province(cells[0], cells[1], cells[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
