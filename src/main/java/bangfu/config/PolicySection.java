package bangfu.config;

import bangfu.model.AssistanceKind;
import bangfu.model.Field;
import bangfu.model.Message;
import bangfu.model.Policy;
import bangfu.model.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The {@code policy:} section of bangfu.yaml: thresholds and weights of the database checks, read as strictly as the rest. */
final class PolicySection {
    static final List<String> KEYS = List.of("yearly_cap", "kind_caps", "min_visits", "stale_after_days",
            "school_age_from", "school_age_to", "severities", "unknown_values", "follow_up_months");

    private PolicySection() {
    }

    static Policy read(Path file, JsonNode node) {
        Policy d = Policy.DEFAULTS;
        // "policy:" with nothing under it reads as null or as empty text, depending on the YAML layout
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isEmpty())) return d;
        MappingFile.requireObject(file, node, "policy");
        long yearlyCap = d.yearlyCapFen();
        Map<AssistanceKind, Long> kindCaps = new EnumMap<>(AssistanceKind.class);
        int minVisits = d.minVisits();
        int staleDays = d.staleAfterDays();
        int schoolFrom = d.schoolAgeFrom();
        int schoolTo = d.schoolAgeTo();
        Map<String, Severity> severities = new LinkedHashMap<>();
        Set<String> disabled = new HashSet<>();
        List<Integer> followUps = d.followUpMonths();
        Set<String> unknownAsOther = new TreeSet<>(Policy.UNKNOWN_AS_OTHER_BY_DEFAULT);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String path = "policy." + e.getKey();
            JsonNode v = e.getValue();
            switch (e.getKey()) {
                case "yearly_cap" -> yearlyCap = yuan(file, v, path);
                case "kind_caps" -> {
                    MappingFile.requireObject(file, v, path);
                    for (Iterator<Map.Entry<String, JsonNode>> k = v.fields(); k.hasNext(); ) {
                        Map.Entry<String, JsonNode> cap = k.next();
                        AssistanceKind kind = Arrays.stream(AssistanceKind.values())
                                .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(cap.getKey())).findFirst()
                                .orElseThrow(() -> MappingFile.unknownKey(file, path + "." + cap.getKey(), kindKeys()));
                        kindCaps.put(kind, yuan(file, cap.getValue(), path + "." + cap.getKey()));
                    }
                }
                case "min_visits" -> minVisits = count(file, v, path, 0, 366);
                case "stale_after_days" -> staleDays = count(file, v, path, 1, 36_600);
                case "school_age_from" -> schoolFrom = count(file, v, path, 0, 120);
                case "school_age_to" -> schoolTo = count(file, v, path, 0, 120);
                case "severities" -> readSeverities(file, v, path, severities, disabled);
                case "follow_up_months" -> followUps = months(file, v, path);
                case "unknown_values" -> readUnknownValues(file, v, path, unknownAsOther);
                default -> throw MappingFile.unknownKey(file, path, KEYS);
            }
        }
        if (schoolTo < schoolFrom) {
            throw new ConfigException(Message.of("check.policy_school_age", file, "?", "policy.school_age_to",
                    schoolFrom, schoolTo), null);
        }
        return new Policy(yearlyCap, kindCaps, minVisits, staleDays, schoolFrom, schoolTo, severities, disabled,
                unknownAsOther, followUps);
    }

    /**
     * {@code unknown_values:} per field, keyed as under {@code values:} — {@code error} (the default, but for
     * 与户主关系: the cell is an error and the row is not loaded) or {@code other} (the row loads with 其他 and the
     * cell's wording, and a warning); {@code other} only where the set has 其他.
     */
    private static void readUnknownValues(Path file, JsonNode node, String path, Set<String> out) {
        MappingFile.forEachField(file, node, path, (targets, value, at) -> {
            boolean other = keepAsOther(file, value, at, targets.values().iterator().next());
            targets.forEach((kind, f) -> {
                if (other) out.add(kind.key() + "." + f.key());
                else out.remove(kind.key() + "." + f.key());
            });
        });
    }

    private static boolean keepAsOther(Path file, JsonNode v, String path, Field field) {
        String level = v.isTextual() ? v.asText().toLowerCase(Locale.ROOT) : "";
        if (!level.equals("error") && !level.equals("other")) {
            throw new ConfigException(Message.of("config.bad_value", file, "?", path, v.asText(), "error, other"), null);
        }
        boolean hasOther = Arrays.stream(field.choices().orElseThrow().getEnumConstants()).anyMatch(c -> c.name().equals("OTHER"));
        if (level.equals("other") && !hasOther) {
            throw new ConfigException(Message.of("config.no_other", file, "?", path), null);
        }
        return level.equals("other");
    }

    private static void readSeverities(Path file, JsonNode node, String path, Map<String, Severity> out, Set<String> off) {
        MappingFile.requireObject(file, node, path);
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = path + "." + e.getKey();
            if (!Policy.CHECKS.containsKey(e.getKey())) throw MappingFile.unknownKey(file, at, new TreeSet<>(Policy.CHECKS.keySet()));
            JsonNode v = e.getValue();
            // YAML 1.1 reads a bare off as the boolean false.
            String level = v.isBoolean() && !v.booleanValue() ? "OFF" : v.isTextual() ? v.asText().toUpperCase(Locale.ROOT) : "";
            switch (level) {
                case "ERROR" -> out.put(e.getKey(), Severity.ERROR);
                case "WARNING" -> out.put(e.getKey(), Severity.WARNING);
                case "OFF" -> off.add(e.getKey());
                default -> throw new ConfigException(Message.of("config.bad_value", file, "?", at, v.asText(),
                        "error, warning, off"), null);
            }
        }
    }

    /** An amount in 元 with at most two decimals, as fen. A quoted "50,000" is text and refused, not guessed. */
    static long yuan(Path file, JsonNode v, String path) {
        if (!v.isNumber()) throw MappingFile.wrongType(file, v, path, "an amount in yuan (元), e.g. 50000 or 1200.50");
        BigDecimal amount = v.decimalValue();
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2 || amount.compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
            throw MappingFile.wrongType(file, v, path, "an amount in yuan (元) of at least 0 with at most two decimals");
        }
        return amount.movePointRight(2).longValueExact();
    }

    /** The 渐退 follow-ups, in months after entering 渐退: a list of whole numbers rising from 1, e.g. [3, 6]. */
    private static List<Integer> months(Path file, JsonNode v, String path) {
        String wanted = "a list of rising whole numbers of months from 1 to 60, e.g. [3, 6]";
        if (!v.isArray() || v.isEmpty()) throw MappingFile.wrongType(file, v, path, wanted);
        List<Integer> out = new java.util.ArrayList<>();
        for (JsonNode m : v) {
            if (!m.isIntegralNumber() || !m.canConvertToInt() || m.intValue() < 1 || m.intValue() > 60
                    || (!out.isEmpty() && m.intValue() <= out.get(out.size() - 1))) {
                throw MappingFile.wrongType(file, m, path, wanted);
            }
            out.add(m.intValue());
        }
        return List.copyOf(out);
    }

    private static int count(Path file, JsonNode v, String path, int min, int max) {
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
            throw MappingFile.wrongType(file, v, path, "a whole number from " + min + " to " + max);
        }
        return v.intValue();
    }

    private static Set<String> kindKeys() {
        Set<String> keys = new TreeSet<>();
        for (AssistanceKind k : AssistanceKind.values()) keys.add(k.name().toLowerCase(Locale.ROOT));
        return keys;
    }
}
