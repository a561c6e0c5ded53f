package bangfu.model;

import java.util.List;
import java.util.Map;

/**
 * What a union teaches bangfu beyond its built-in vocabulary: extra header aliases per record kind and
 * field key, extra spellings of values per record kind and field key (spelling → enum constant name), the
 * severity of the findings whose weight is local policy (issue code → severity), its policy: the
 * thresholds of the database checks and what an unknown value becomes, and what a 公示 list shows.
 */
public record Mapping(Map<RecordKind, Map<String, List<String>>> headers,
                      Map<RecordKind, Map<String, Map<String, String>>> values,
                      Map<String, Severity> severities, Policy policy, NoticePolicy notice) {
    public static final Mapping NONE = new Mapping(Map.of(), Map.of(), Map.of());
    /** Findings a union may weigh differently: aid outside the file's period is an error unless policy says otherwise. */
    public static final java.util.Set<String> ADJUSTABLE = java.util.Set.of("PAYMENT_BEFORE_FILED", "PAYMENT_AFTER_CLOSED");

    public Mapping {
        headers = Map.copyOf(headers);
        values = Map.copyOf(values);
        severities = Map.copyOf(severities);
        java.util.Objects.requireNonNull(policy, "policy");
        java.util.Objects.requireNonNull(notice, "notice");
    }

    /** A mapping without a {@code notice:} section: a 公示 list shows {@link NoticePolicy#DEFAULTS}. */
    public Mapping(Map<RecordKind, Map<String, List<String>>> headers,
                   Map<RecordKind, Map<String, Map<String, String>>> values, Map<String, Severity> severities, Policy policy) {
        this(headers, values, severities, policy, NoticePolicy.DEFAULTS);
    }

    /** A mapping without a {@code policy:} section: the database checks use {@link Policy#DEFAULTS}. */
    public Mapping(Map<RecordKind, Map<String, List<String>>> headers,
                   Map<RecordKind, Map<String, Map<String, String>>> values, Map<String, Severity> severities) {
        this(headers, values, severities, Policy.DEFAULTS);
    }

    public Severity severity(String code, Severity otherwise) {
        return severities.getOrDefault(code, otherwise);
    }

    public List<String> headerAliases(RecordKind kind, String fieldKey) {
        return headers.getOrDefault(kind, Map.of()).getOrDefault(fieldKey, List.of());
    }

    /** The union's spellings of one field's values in one kind of sheet: spelling → enum constant name. */
    public Map<String, String> valueAliases(RecordKind kind, String fieldKey) {
        return values.getOrDefault(kind, Map.of()).getOrDefault(fieldKey, Map.of());
    }
}
