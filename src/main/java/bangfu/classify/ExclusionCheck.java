package bangfu.classify;

import bangfu.model.Exclusion;
import java.util.List;
import java.util.Optional;

/**
 * One exclusion (不予建档) tested on a household.
 *
 * @param evidence what the file says, for the explanation (the vehicle text; homes, area, size and the limit)
 * @param lacking  the input that would settle it, when the file does not say or cannot be read
 */
public record ExclusionCheck(Exclusion exclusion, Result result, List<String> evidence, Optional<Input> lacking) {
    public ExclusionCheck {
        evidence = List.copyOf(evidence);
        java.util.Objects.requireNonNull(lacking, "lacking");
    }

    static ExclusionCheck of(Exclusion exclusion, Result result, String... evidence) {
        return new ExclusionCheck(exclusion, result, List.of(evidence), Optional.empty());
    }

    static ExclusionCheck open(Exclusion exclusion, Result result, Input lacking, String... evidence) {
        if (result == Result.UNRECORDED && evidence.length == 0) return UNRECORDED.get(exclusion).get(lacking);
        return new ExclusionCheck(exclusion, result, List.of(evidence), Optional.of(lacking));
    }

    /** A flag the file does not state, the same for a million files: made once per exclusion and input. */
    private static final java.util.Map<Exclusion, java.util.Map<Input, ExclusionCheck>> UNRECORDED = unrecorded();

    private static java.util.Map<Exclusion, java.util.Map<Input, ExclusionCheck>> unrecorded() {
        java.util.Map<Exclusion, java.util.Map<Input, ExclusionCheck>> out = new java.util.EnumMap<>(Exclusion.class);
        for (Exclusion e : Exclusion.values()) {
            java.util.Map<Input, ExclusionCheck> byInput = new java.util.EnumMap<>(Input.class);
            for (Input i : Input.values()) byInput.put(i, new ExclusionCheck(e, Result.UNRECORDED, List.of(), Optional.of(i)));
            out.put(e, byInput);
        }
        return out;
    }

    /** What the file shows about the exclusion. */
    public enum Result {
        /** The exclusion applies. */
        EXCLUDED,
        /** It would apply, but the exemption does (a disabled person's mobility vehicle). */
        EXEMPT,
        /** It does not apply. */
        CLEAR,
        /** The file does not say. */
        UNRECORDED,
        /** The file says something that cannot be read as yes or no. */
        UNREADABLE
    }
}
