package bangfu.config;

import bangfu.config.ClassifyPolicy.Accident;
import bangfu.config.ClassifyPolicy.Band;
import bangfu.config.ClassifyPolicy.Exclusions;
import bangfu.config.ClassifyPolicy.IncomeRules;
import bangfu.config.ClassifyPolicy.RegionalFigure;
import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.Exclusion;
import bangfu.model.Message;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the {@code classify:} section as strictly as the rest of bangfu.yaml: an unknown key, a wrong type, a
 * figure given twice for one region and date, or a rule that needs a figure the section lacks, stops with the
 * key path (its line is filled in by {@link MappingFile}).
 */
final class ClassifySection {
    static final List<String> KEYS = List.of("version", "dibao", "min_wage", "resident_income", "tiers", "precedence",
            "income", "exclusions");
    private static final List<String> BAND_KEYS = List.of("multiple", "inclusive", "enabled", "below_resident_income");
    private static final List<String> ACCIDENT_KEYS = List.of("cost_share", "inclusive", "enabled", "causes", "max_multiple");
    private static final List<String> INCOME_KEYS = List.of("deduct", "schooling_excludes_compulsory", "union_aid",
            "impute_min_wage");
    private static final List<String> EXCLUSION_KEYS = List.of("vehicle", "homes", "business", "private_school",
            "refused_check", "tiers", "unrecorded");
    private static final Pattern CODE = Pattern.compile("[1-9]\\d{5}");
    private static final List<Tier> DEFAULT_PRECEDENCE = List.of(Tier.DEEP, Tier.RELATIVE, Tier.ACCIDENT, Tier.GENERAL);

    private final Path file;
    private final Map<String, Integer> lines;

    private ClassifySection(Path file, Map<String, Integer> lines) {
        this.file = file;
        this.lines = lines;
    }

    static ClassifyPolicy read(Path file, JsonNode node, Map<String, Integer> lines) {
        return new ClassifySection(file, lines).read(node);
    }

    private ClassifyPolicy read(JsonNode node) {
        MappingFile.requireObject(file, node, "classify");
        String version = "";
        List<RegionalFigure> dibao = null;
        List<RegionalFigure> minWage = List.of();
        List<RegionalFigure> residentIncome = List.of();
        Map<Tier, Band> bands = new EnumMap<>(Tier.class);
        bands.put(Tier.DEEP, new Band(BigDecimal.ONE, true, false));
        bands.put(Tier.RELATIVE, new Band(BigDecimal.valueOf(2), true, false));
        Optional<Accident> accident = Optional.empty();
        List<Tier> precedence = DEFAULT_PRECEDENCE;
        IncomeRules income = new IncomeRules(EnumSet.allOf(RigidExpense.class), false, Set.of(), false);
        Exclusions exclusions = new Exclusions(Set.of(), 2, BigDecimal.ZERO, EnumSet.allOf(Tier.class), false);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "classify." + e.getKey();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "version" -> version = text(v, path);
                case "dibao" -> dibao = figures(v, path, "monthly");
                case "min_wage" -> minWage = figures(v, path, "monthly");
                case "resident_income" -> residentIncome = figures(v, path, "yearly");
                case "tiers" -> accident = tiers(v, path, bands);
                case "precedence" -> precedence = precedence(v, path);
                case "income" -> income = income(v, path);
                case "exclusions" -> exclusions = exclusions(v, path);
                default -> throw MappingFile.unknownKey(file, path, KEYS);
            }
        }
        if (dibao == null || dibao.isEmpty()) throw problem("classify_no_dibao", "classify");
        if (income.imputeMinWage() && minWage.isEmpty()) {
            throw problem("classify_needs", "classify.income.impute_min_wage", "classify.min_wage");
        }
        boolean gate = bands.values().stream().anyMatch(Band::belowResidentIncome);
        if (gate && residentIncome.isEmpty()) {
            throw problem("classify_needs", "classify.tiers", "classify.resident_income");
        }
        return new ClassifyPolicy(version, digest(node), dibao, minWage, residentIncome, bands, accident, precedence,
                income, exclusions);
    }

    // ---- regional figures ----

    private List<RegionalFigure> figures(JsonNode node, String path, String amountKey) {
        if (!node.isArray()) throw MappingFile.wrongType(file, node, path, "a list of entries with region, from and " + amountKey);
        List<RegionalFigure> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int i = 0;
        for (JsonNode entry : node) {
            String at = path + "[" + ++i + "]";
            MappingFile.requireObject(file, entry, at);
            String region = null;
            LocalDate from = null;
            Long fen = null;
            for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                String key = at + "." + f.getKey();
                switch (f.getKey()) {
                    case "region" -> region = region(f.getValue(), key);
                    case "from" -> from = date(f.getValue(), key);
                    default -> {
                        if (!f.getKey().equals(amountKey)) throw MappingFile.unknownKey(file, key, List.of("region", "from", amountKey));
                        fen = PolicySection.yuan(file, f.getValue(), key);
                    }
                }
            }
            if (region == null) throw problem("classify_entry_needs", at, "region");
            if (from == null) throw problem("classify_entry_needs", at, "from");
            if (fen == null) throw problem("classify_entry_needs", at, amountKey);
            if (!seen.add(region + "@" + from)) throw problem("classify_entry_twice", at, region, from);
            out.add(new RegionalFigure(region, from, fen, lines.getOrDefault(at, 0)));
        }
        if (out.isEmpty()) throw MappingFile.wrongType(file, node, path, "a list of at least one entry");
        return out;
    }

    /** A 6-digit 行政区划代码, or a name path 省[/市[/县]] with one to three non-empty names. */
    private String region(JsonNode v, String path) {
        String text = v.isIntegralNumber() ? v.asText() : v.isTextual() ? v.asText().strip() : null;
        if (text != null && CODE.matcher(text).matches()) return text;
        if (text != null && !text.isEmpty() && !text.chars().allMatch(Character::isDigit)) {
            String[] parts = text.split("/", -1);
            if (parts.length <= 3 && Arrays.stream(parts).allMatch(p -> !p.isBlank())) {
                return String.join("/", Arrays.stream(parts).map(String::strip).toList());
            }
        }
        throw MappingFile.wrongType(file, v, path, "a 6-digit region code (e.g. 532526) or names 省/市/县 (e.g. 云南省/红河州/弥勒市)");
    }

    private LocalDate date(JsonNode v, String path) {
        try {
            if (v.isTextual()) return LocalDate.parse(v.asText().strip());
        } catch (DateTimeParseException e) {
            // falls through to the message
        }
        throw MappingFile.wrongType(file, v, path, "a date written YYYY-MM-DD, e.g. 2024-01-01");
    }

    // ---- tiers ----

    private Optional<Accident> tiers(JsonNode node, String path, Map<Tier, Band> bands) {
        MappingFile.requireObject(file, node, path);
        Optional<Accident> accident = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            Tier tier = constant(Tier.class, e.getKey()).orElseThrow(() -> MappingFile.unknownKey(file, at, List.of(names(Tier.class))));
            MappingFile.requireObject(file, e.getValue(), at);
            if (tier == Tier.ACCIDENT) accident = accident(e.getValue(), at);
            else band(e.getValue(), at, tier, bands);
        }
        return accident;
    }

    private void band(JsonNode node, String path, Tier tier, Map<Tier, Band> bands) {
        Band d = bands.get(tier);
        BigDecimal multiple = d == null ? null : d.multiple();
        boolean inclusive = true;
        boolean enabled = true;
        boolean gate = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            switch (e.getKey()) {
                case "multiple" -> multiple = decimal(e.getValue(), at, BigDecimal.valueOf(100), 4);
                case "inclusive" -> inclusive = bool(e.getValue(), at);
                case "enabled" -> enabled = bool(e.getValue(), at);
                case "below_resident_income" -> gate = bool(e.getValue(), at);
                default -> throw MappingFile.unknownKey(file, at, BAND_KEYS);
            }
        }
        if (!enabled) {
            bands.remove(tier);
            return;
        }
        if (multiple == null) throw problem("classify_entry_needs", path, "multiple");
        if (multiple.signum() <= 0) throw MappingFile.wrongType(file, node, path + ".multiple", "a positive number such as 2 or 1.5");
        bands.put(tier, new Band(multiple, inclusive, gate));
    }

    private Optional<Accident> accident(JsonNode node, String path) {
        BigDecimal share = null;
        boolean inclusive = false;
        boolean enabled = true;
        Set<Cause> causes = Set.of();
        Optional<BigDecimal> max = Optional.empty();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            switch (e.getKey()) {
                case "cost_share" -> share = decimal(e.getValue(), at, BigDecimal.ONE, 4);
                case "inclusive" -> inclusive = bool(e.getValue(), at);
                case "enabled" -> enabled = bool(e.getValue(), at);
                case "causes" -> causes = constants(Cause.class, e.getValue(), at, Function.identity());
                case "max_multiple" -> max = Optional.of(decimal(e.getValue(), at, BigDecimal.valueOf(100), 4));
                default -> throw MappingFile.unknownKey(file, at, ACCIDENT_KEYS);
            }
        }
        if (!enabled) return Optional.empty();
        if (share == null) throw problem("classify_entry_needs", path, "cost_share");
        return Optional.of(new Accident(share, inclusive, causes, max));
    }

    private List<Tier> precedence(JsonNode node, String path) {
        List<Tier> order = new ArrayList<>();
        if (!node.isArray()) throw MappingFile.wrongType(file, node, path, "a list of tiers, e.g. [DEEP, RELATIVE, ACCIDENT, GENERAL]");
        for (JsonNode item : node) {
            Tier t = item.isTextual() ? constant(Tier.class, item.asText()).orElse(null) : null;
            if (t == null || order.contains(t)) {
                throw MappingFile.wrongType(file, node, path, "a list naming each of " + names(Tier.class) + " at most once");
            }
            order.add(t);
        }
        return order;
    }

    // ---- income and exclusions ----

    private IncomeRules income(JsonNode node, String path) {
        MappingFile.requireObject(file, node, path);
        Set<RigidExpense> deducted = EnumSet.allOf(RigidExpense.class);
        boolean compulsory = false;
        Set<AssistanceKind> aid = Set.of();
        boolean impute = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            switch (e.getKey()) {
                case "deduct" -> deducted = constants(RigidExpense.class, e.getValue(), at, Function.identity());
                case "schooling_excludes_compulsory" -> compulsory = bool(e.getValue(), at);
                case "union_aid" -> aid = constants(AssistanceKind.class, e.getValue(), at, Function.identity());
                case "impute_min_wage" -> impute = bool(e.getValue(), at);
                default -> throw MappingFile.unknownKey(file, at, INCOME_KEYS);
            }
        }
        return new IncomeRules(deducted, compulsory, aid, impute);
    }

    private Exclusions exclusions(JsonNode node, String path) {
        MappingFile.requireObject(file, node, path);
        Set<Exclusion> checked = EnumSet.noneOf(Exclusion.class);
        int homesFrom = 2;
        BigDecimal area = BigDecimal.ZERO;
        Set<Tier> tiers = EnumSet.allOf(Tier.class);
        boolean missing = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "vehicle" -> flag(checked, Exclusion.VEHICLE, bool(v, at));
                case "business" -> flag(checked, Exclusion.BUSINESS, bool(v, at));
                case "private_school" -> flag(checked, Exclusion.PRIVATE_SCHOOL, bool(v, at));
                case "refused_check" -> flag(checked, Exclusion.REFUSED_CHECK, bool(v, at));
                case "homes" -> {
                    MappingFile.requireObject(file, v, at);
                    BigDecimal perPerson = null;
                    for (Iterator<Map.Entry<String, JsonNode>> h = v.fields(); h.hasNext(); ) {
                        Map.Entry<String, JsonNode> f = h.next();
                        String key = at + "." + f.getKey();
                        switch (f.getKey()) {
                            case "count" -> homesFrom = count(f.getValue(), key);
                            case "area_per_person" -> perPerson = decimal(f.getValue(), key, BigDecimal.valueOf(10_000), 2);
                            default -> throw MappingFile.unknownKey(file, key, List.of("count", "area_per_person"));
                        }
                    }
                    if (perPerson == null) throw problem("classify_entry_needs", at, "area_per_person");
                    area = perPerson;
                    checked.add(Exclusion.HOMES);
                }
                case "tiers" -> tiers = constants(Tier.class, v, at, Function.identity());
                case "unrecorded" -> {
                    String word = v.isTextual() ? v.asText().toLowerCase(Locale.ROOT) : "";
                    if (!word.equals("pass") && !word.equals("missing")) {
                        throw new ConfigException(Message.of("config.bad_value", file, "?", at, v.asText(), "pass, missing"), null);
                    }
                    missing = word.equals("missing");
                }
                default -> throw MappingFile.unknownKey(file, at, EXCLUSION_KEYS);
            }
        }
        return new Exclusions(checked, homesFrom, area, tiers, missing);
    }

    private static void flag(Set<Exclusion> checked, Exclusion e, boolean on) {
        if (on) checked.add(e);
        else checked.remove(e);
    }

    // ---- values ----

    private String text(JsonNode v, String path) {
        if (!v.isTextual() && !v.isNumber()) throw MappingFile.wrongType(file, v, path, "text");
        return v.asText().strip();
    }

    private boolean bool(JsonNode v, String path) {
        if (!v.isBoolean()) throw MappingFile.wrongType(file, v, path, "true or false");
        return v.booleanValue();
    }

    private int count(JsonNode v, String path) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1 || v.intValue() > 100) {
            throw MappingFile.wrongType(file, v, path, "a whole number from 1 to 100");
        }
        return v.intValue();
    }

    /** A number above 0 and at most {@code max} with at most {@code scale} decimals, exact (1.5, not 1.4999…). */
    private BigDecimal decimal(JsonNode v, String path, BigDecimal max, int scale) {
        if (v.isNumber()) {
            BigDecimal d = v.decimalValue().stripTrailingZeros();
            if (d.signum() > 0 && d.compareTo(max) <= 0 && d.scale() <= scale) return d.scale() < 0 ? d.setScale(0) : d;
        }
        throw MappingFile.wrongType(file, v, path, "a number above 0 and at most " + max.toPlainString()
                + " with at most " + scale + " decimals");
    }

    private <E extends Enum<E>, T> Set<T> constants(Class<E> type, JsonNode node, String path, Function<E, T> as) {
        if (!node.isArray()) throw MappingFile.wrongType(file, node, path, "a list of " + names(type));
        Set<T> out = new java.util.LinkedHashSet<>();
        for (JsonNode item : node) {
            Optional<E> e = item.isTextual() ? constant(type, item.asText()) : Optional.empty();
            if (e.isEmpty()) {
                throw new ConfigException(Message.of("config.bad_value", file, "?", path, item.asText(), names(type)), null);
            }
            out.add(as.apply(e.get()));
        }
        return out;
    }

    /** Codes are accepted in either case: DEEP or deep, medical or MEDICAL. */
    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) if (e.name().equalsIgnoreCase(name.strip())) return Optional.of(e);
        return Optional.empty();
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        boolean upper = type == Tier.class || type == Cause.class;
        return String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(e -> upper ? e.name() : e.name().toLowerCase(Locale.ROOT)).toList());
    }

    private ConfigException problem(String key, String path, Object... more) {
        Object[] args = new Object[3 + more.length];
        args[0] = file;
        args[1] = "?";
        args[2] = path;
        System.arraycopy(more, 0, args, 3, more.length);
        return new ConfigException(Message.of("config." + key, args), null);
    }

    // ---- digest ----

    /** SHA-256 over a canonical form of the section: keys sorted, numbers without trailing zeros, no comments. */
    static String digest(JsonNode node) {
        StringBuilder canonical = new StringBuilder();
        canonical(node, canonical);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static void canonical(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            Map<String, JsonNode> sorted = new TreeMap<>();
            node.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
            out.append('{');
            sorted.forEach((k, v) -> {
                out.append(quote(k)).append(':');
                canonical(v, out);
                out.append(',');
            });
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (JsonNode item : node) {
                canonical(item, out);
                out.append(',');
            }
            out.append(']');
        } else if (node.isNumber()) {
            BigDecimal d = node.decimalValue().stripTrailingZeros();
            out.append(d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString());
        } else if (node.isTextual()) {
            out.append(quote(node.asText().strip()));
        } else {
            out.append(node.asText());
        }
    }

    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
