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
        return new ExclusionCheck(exclusion, result, List.of(evidence), Optional.of(lacking));
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
