package bangfu.classify;

import static java.util.Objects.requireNonNull;

import bangfu.model.FileStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a decision means for one file: its tier changes, it moves on in its lifecycle (enters 渐退), or nothing
 * changes — also when the decision is open for a missing input.
 */
public record Change(Household household, Decision decision, Kind kind, Optional<StatusMove> move) {
    public Change {
        requireNonNull(household, "household");
        requireNonNull(decision, "decision");
        requireNonNull(kind, "kind");
        requireNonNull(move, "move");
    }

    /** What --apply writes for the file. */
    public enum Kind {
        /** The tier changes to the computed one. */
        TIER,
        /** No tier fits: the file moves on (在档 → 渐退) and keeps its tier. */
        MOVE,
        /** Nothing is written. */
        NONE
    }

    static Change of(Household h, Decision d, Lifecycle lifecycle, LocalDate asOf) {
        // a file that left (脱困, 注销) can be explained but not changed: a new application opens a new period
        boolean onRecord = h.status() == FileStatus.ACTIVE || h.status() == FileStatus.PHASING_OUT;
        if (!d.decided() || !onRecord) return new Change(h, d, Kind.NONE, Optional.empty());
        if (d.tier().isPresent()) {
            boolean same = d.tier().equals(h.tier());
            return new Change(h, d, same ? Kind.NONE : Kind.TIER, Optional.empty());
        }
        Optional<StatusMove> move = lifecycle.noLongerQualifies(h.status(), asOf);
        return new Change(h, d, move.isPresent() ? Kind.MOVE : Kind.NONE, move);
    }

    /** The transition as scripts count it: {@code DEEP->RELATIVE}, {@code DEEP->none}, {@code none->DEEP}. */
    public String transition() {
        String from = household.tier().map(Enum::name).orElse("none");
        return from + "->" + decision.tier().map(Enum::name).orElse("none");
    }

    /** Worth showing even without a change: an open decision, figures that disagree, a 渐退 file qualifying again. */
    public boolean noteworthy() {
        return kind != Kind.NONE || !decision.decided() || decision.income().disagrees()
                || (household.status() == FileStatus.PHASING_OUT && decision.tier().isPresent());
    }
}
