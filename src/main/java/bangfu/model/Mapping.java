package bangfu.model;

import java.util.List;
import java.util.Map;

/**
 * What a union teaches bangfu beyond its built-in vocabulary: extra header aliases per record kind and
 * field key, and extra spellings of values per field key (value → enum constant name).
 */
public record Mapping(Map<RecordKind, Map<String, List<String>>> headers, Map<String, Map<String, String>> values) {
    public static final Mapping NONE = new Mapping(Map.of(), Map.of());

    public Mapping {
        headers = Map.copyOf(headers);
        values = Map.copyOf(values);
    }

    public List<String> headerAliases(RecordKind kind, String fieldKey) {
        return headers.getOrDefault(kind, Map.of()).getOrDefault(fieldKey, List.of());
    }

    public Map<String, String> valueAliases(String fieldKey) {
        return values.getOrDefault(fieldKey, Map.of());
    }
}
