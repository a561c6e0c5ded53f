package bangfu.model;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The thresholds and weights of the database checks ({@code policy:} in bangfu.yaml). Every threshold is
 * local policy, so each has a default here and a key in the YAML.
 *
 * @param yearlyCapFen    most a household may receive in one calendar year, all kinds together, in fen; 0 for no cap
 * @param kindCapsFen     most per kind of assistance per household and year, in fen; kinds not listed have no cap
 * @param minVisits       visits each household on file on 31 December must have in that year (the yearly minimum)
 * @param staleAfterDays  a file on record that nothing changed for longer than this is reported
 * @param schoolAgeFrom   youngest age counted as school age for the cause 子女上学
 * @param schoolAgeTo     oldest age (inclusive) counted as school age
 * @param severities      check code → severity, for the codes the policy changes
 * @param disabled        check codes the union has switched off
 * @param unknownAsOther  fields ({@code kind.field}, e.g. {@code ledger.fund_source}) whose unknown values are kept
 *                        as 其他 with their wording and a warning, instead of refusing the row ({@code unknown_values})
 * @param followUpMonths  months after entering 渐退 at which a follow-up visit is due (动态回访), rising
 */
public record Policy(long yearlyCapFen, Map<AssistanceKind, Long> kindCapsFen, int minVisits, int staleAfterDays,
                     int schoolAgeFrom, int schoolAgeTo, Map<String, Severity> severities, Set<String> disabled,
                     Set<String> unknownAsOther, List<Integer> followUpMonths) {
    /** Every check of database mode, with its severity unless the policy says otherwise. */
    public static final Map<String, Severity> CHECKS = defaults();

    /**
     * Fields whose unknown values are kept as 其他 unless the policy says error: 与户主关系 was free text before, and a
     * word outside the groups of GB/T 4761 must not lose a member.
     */
    public static final Set<String> UNKNOWN_AS_OTHER_BY_DEFAULT = Set.of("members.relation");

    /** Follow-up visits of a file in 渐退, 3 and 6 months after it entered. */
    public static final List<Integer> FOLLOW_UP_MONTHS_BY_DEFAULT = List.of(3, 6);

    /** 50,000 元 per household and year (the figure one city sets), 2 visits, 365 days, ages 6–22, follow-ups at 3 and 6 months. */
    public static final Policy DEFAULTS = new Policy(5_000_000L, Map.of(), 2, 365, 6, 22, Map.of(), Set.of(),
            UNKNOWN_AS_OTHER_BY_DEFAULT, FOLLOW_UP_MONTHS_BY_DEFAULT);

    public Policy {
        if (yearlyCapFen < 0 || minVisits < 0 || staleAfterDays < 0 || schoolAgeFrom < 0 || schoolAgeTo < schoolAgeFrom) {
            throw new IllegalArgumentException("impossible policy");
        }
        kindCapsFen = kindCapsFen.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(kindCapsFen));
        severities = Map.copyOf(severities);
        disabled = Set.copyOf(disabled);
        unknownAsOther = Set.copyOf(unknownAsOther);
        followUpMonths = List.copyOf(followUpMonths);
        for (int i = 0; i < followUpMonths.size(); i++) {
            if (followUpMonths.get(i) < 1 || (i > 0 && followUpMonths.get(i) <= followUpMonths.get(i - 1))) {
                throw new IllegalArgumentException("follow-up months must rise");
            }
        }
        if (followUpMonths.isEmpty()) throw new IllegalArgumentException("no follow-up months");
    }

    /** A policy that treats unknown values and follow-ups as bangfu does unless told otherwise. */
    public Policy(long yearlyCapFen, Map<AssistanceKind, Long> kindCapsFen, int minVisits, int staleAfterDays,
                  int schoolAgeFrom, int schoolAgeTo, Map<String, Severity> severities, Set<String> disabled) {
        this(yearlyCapFen, kindCapsFen, minVisits, staleAfterDays, schoolAgeFrom, schoolAgeTo, severities, disabled,
                UNKNOWN_AS_OTHER_BY_DEFAULT, FOLLOW_UP_MONTHS_BY_DEFAULT);
    }

    /** Whether an unknown value of this field is kept as 其他 (true) or is an error on its cell (false, the default). */
    public boolean keepsUnknownAsOther(RecordKind kind, String fieldKey) {
        return unknownAsOther.contains(kind.key() + "." + fieldKey);
    }

    public Severity severity(String code) {
        return severities.getOrDefault(code, CHECKS.get(code));
    }

    public boolean enabled(String code) {
        return !disabled.contains(code);
    }

    private static Map<String, Severity> defaults() {
        Map<String, Severity> m = new LinkedHashMap<>();
        for (String code : List.of("PERSON_IN_TWO_FILES", "MEMBER_IS_HEAD_ELSEWHERE", "PAID_BEFORE_FILED",
                "PAID_AFTER_EXITED", "PAID_AFTER_CLOSED", "OVER_YEARLY_CAP", "OVER_KIND_CAP")) {
            m.put(code, Severity.ERROR);
        }
        for (String code : List.of("PAID_IN_CASH", "PAID_IN_KIND", "NO_FUND_SOURCE", "TOO_FEW_VISITS",
                "NEVER_ASSISTED", "FILE_NOT_UPDATED", "SCHOOLING_WITHOUT_SCHOOL_AGE", "PHASE_OUT_UNDATED")) {
            m.put(code, Severity.WARNING);
        }
        return java.util.Collections.unmodifiableMap(m);
    }
}
