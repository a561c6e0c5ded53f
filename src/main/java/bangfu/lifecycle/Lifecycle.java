package bangfu.lifecycle;

import bangfu.model.FileStatus;
import bangfu.model.Issue;
import bangfu.model.Lang;
import bangfu.model.RosterField;
import bangfu.model.VisitOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of the file lifecycle (DESIGN §3), in one place: which moves exist (在档 → 渐退 → 脱困, 渐退 → 在档
 * on new hardship, any state → 注销 with a reason, 脱困/注销 → a new file period on a new application), the day
 * each takes effect, what a roster row does to a stored file, and what a 渐退 file's follow-ups decide. Import,
 * verify, the yearly report and {@code visit} call these; so does {@code classify --apply}, through
 * {@link #decide} with a {@link TransitionRequest} dated by its as-of date.
 */
public final class Lifecycle {
    private static final Map<FileStatus, Set<FileStatus>> MOVES = new EnumMap<>(FileStatus.class);

    static {
        MOVES.put(FileStatus.ACTIVE, EnumSet.of(FileStatus.PHASING_OUT, FileStatus.EXITED, FileStatus.CLOSED));
        MOVES.put(FileStatus.PHASING_OUT, EnumSet.of(FileStatus.ACTIVE, FileStatus.EXITED, FileStatus.CLOSED));
        MOVES.put(FileStatus.EXITED, EnumSet.of(FileStatus.CLOSED));
        MOVES.put(FileStatus.CLOSED, EnumSet.noneOf(FileStatus.class));
    }

    private static final Set<VisitOutcome> STABLE = EnumSet.of(VisitOutcome.STABLE, VisitOutcome.IMPROVED);

    private Lifecycle() {
    }

    /**
     * Whether a file period may move from one state to another within the period. A roster may record 脱困
     * straight from 在档 (the union decided without a 渐退期); a period that left reopens only as a new period.
     */
    public static boolean allowed(FileStatus from, FileStatus to) {
        return MOVES.get(from).contains(to);
    }

    /**
     * Where a file goes when it no longer qualifies for any tier (classify): a file 在档 enters 渐退, the
     * only move the lifecycle allows towards it; one already in 渐退, or off the file, stays where it is.
     */
    public static Optional<FileStatus> whenNoLongerQualifying(FileStatus status) {
        return allowed(status, FileStatus.PHASING_OUT) ? Optional.of(FileStatus.PHASING_OUT) : Optional.empty();
    }

    /** The roster column that dates a status: 建档日期, 渐退日期, 脱困日期, 注销日期. */
    public static RosterField dateField(FileStatus status) {
        return switch (status) {
            case ACTIVE -> RosterField.FILED_ON;
            case PHASING_OUT -> RosterField.PHASED_OUT_ON;
            case EXITED -> RosterField.EXITED_ON;
            case CLOSED -> RosterField.CLOSED_ON;
        };
    }

    /** Whether a roster stating this status should also give its date (a file without 建档日期 was filed long ago). */
    public static boolean wantsDate(FileStatus status) {
        return status != FileStatus.ACTIVE;
    }

    /**
     * Decides a command's request against the period's current state: allowed moves only, dated neither in the
     * future nor before the filing date or the current status's own date.
     */
    public static Decision decide(FileState current, TransitionRequest request, LocalDate today) {
        FileStatus from = current.status();
        FileStatus to = request.to();
        LocalDate on = request.on();
        if (from == to) return refused("STATUS_UNCHANGED", label(from), orUnknown(current.statusOn()));
        if (!allowed(from, to)) {
            if (!current.onRecord() && to != FileStatus.CLOSED && to != FileStatus.EXITED) {
                return refused("FILE_CLOSED_REOPEN", label(from), orUnknown(current.dateOf(from)));
            }
            return refused("STATUS_CHANGE_REFUSED", label(from), label(to));
        }
        if (on.isAfter(today)) return refused("STATUS_DATE_IN_FUTURE", label(to), on);
        if (current.filedOn() != null && on.isBefore(current.filedOn())) {
            return refused("DATE_BEFORE_FILED", dateField(to).zh(), on, current.filedOn());
        }
        if (current.statusOn() != null && on.isBefore(current.statusOn())) {
            return refused("STATUS_DATE_BEFORE_LAST", label(to), on, label(from), current.statusOn());
        }
        FileState after = current.with(to, on, request.reason());
        return new Decision.Move(new Transition(from, to, on, request.reason(), request.visitId(), request.note(), after));
    }

    /**
     * What a roster row does to the head's latest stored period ({@code stored} null when the head has none).
     * A roster of another union never changes a file silently: it is refused ({@code ON_FILE_ELSEWHERE}) unless
     * the row is a transfer, which keeps the file's history and 建档日期.
     */
    public static RosterOutcome fromRoster(FileState stored, String storedUnion, RosterStatement row) {
        if (stored == null) return new RosterOutcome.Open(false, row.opening());
        FileStatus to = row.status();
        boolean reopens = to == null || to == FileStatus.ACTIVE || to == FileStatus.PHASING_OUT;
        if (!stored.onRecord()) {
            LocalDate ended = stored.dateOf(stored.status());
            if (row.filedOn() != null && ended != null && row.filedOn().isAfter(ended) && reopens) {
                return new RosterOutcome.Open(true, row.opening());
            }
            if (to == FileStatus.ACTIVE || to == FileStatus.PHASING_OUT) {
                return new RosterOutcome.Refuse(RosterField.STATUS, Issue.error("FILE_CLOSED_REOPEN", label(stored.status()),
                        orUnknown(ended)));
            }
        }
        boolean elsewhere = storedUnion != null && row.union() != null && !storedUnion.equals(row.union());
        boolean transfer = elsewhere && row.transfer() && stored.onRecord();
        if (elsewhere && !transfer) {
            return new RosterOutcome.Refuse(RosterField.UNION_NAME, Issue.error("ON_FILE_ELSEWHERE", storedUnion,
                    orUnknown(stored.filedOn()), label(stored.status())));
        }
        if (to != null && to != stored.status() && !allowed(stored.status(), to)) {
            return new RosterOutcome.Refuse(RosterField.STATUS, Issue.error("STATUS_CHANGE_REFUSED", label(stored.status()),
                    label(to)));
        }
        List<RosterOutcome.Warning> warnings = new ArrayList<>();
        boolean keepFiled = transfer && row.filedOn() != null && !row.filedOn().equals(stored.filedOn());
        if (keepFiled) {
            warnings.add(new RosterOutcome.Warning(RosterField.FILED_ON, Issue.warning("TRANSFER_KEEPS_FILED_ON",
                    orUnknown(stored.filedOn()), row.filedOn())));
        }
        FileState merged = new FileState(stored.status(), stored.statusOn(),
                transfer || row.filedOn() == null ? stored.filedOn() : row.filedOn(),
                or(row.phasedOutOn(), stored.phasedOutOn()), or(row.exitedOn(), stored.exitedOn()),
                or(row.closedOn(), stored.closedOn()), or(row.closeReason(), stored.closeReason()));
        Transition transition = null;
        LocalDate statusOn;
        if (to != null && to != stored.status()) {
            // Back to 在档 has no roster column of its own: its day stays unknown rather than borrowed.
            LocalDate on = to == FileStatus.ACTIVE ? null : merged.dateOf(to);
            transition = new Transition(stored.status(), to, on, to == FileStatus.CLOSED ? merged.closeReason() : null,
                    null, null, merged.withStatus(to, on));
            statusOn = on;
        } else {
            statusOn = restated(stored, merged);
        }
        RosterOutcome.Transfer moved = transfer
                ? new RosterOutcome.Transfer(storedUnion, row.union(), row.transferredOn(), to == null ? stored.status() : to)
                : null;
        boolean redated = transition == null && !Objects.equals(statusOn, stored.statusOn());
        FileState after = transition != null ? transition.after() : merged.withStatus(stored.status(), statusOn);
        return new RosterOutcome.Update(transition, moved, after, redated, keepFiled, warnings);
    }

    /**
     * The day the unchanged status took effect once the row's dates are in: 渐退, 脱困 and 注销 are dated by their
     * own column; 在档 by the filing date only while it has been 在档 since filing (not after coming back from 渐退).
     */
    private static LocalDate restated(FileState stored, FileState merged) {
        if (stored.status() != FileStatus.ACTIVE) return merged.dateOf(stored.status());
        boolean sinceFiling = stored.statusOn() != null && stored.statusOn().equals(stored.filedOn());
        return sinceFiling ? merged.filedOn() : stored.statusOn();
    }

    /**
     * What a 渐退 period's visits decide as of a day: back to 在档 on the first visit that found new hardship
     * (返困), else 脱困 on the last follow-up once every scheduled follow-up is done with a stable outcome
     * (稳定 or 好转), else nothing yet.
     *
     * @param followUps the period's follow-ups as of {@code asOf} ({@link FollowUpSchedule#of})
     * @param visits    the household's visits, any order
     */
    public static Verdict advance(Stint stint, List<FollowUp> followUps, List<VisitFact> visits, LocalDate asOf) {
        if (stint.enteredOn() == null) return new Verdict.Waiting(Verdict.Why.UNDATED, null);
        VisitFact hardship = null;
        for (VisitFact v : visits) {
            if (v.outcome() == VisitOutcome.NEW_HARDSHIP && v.on().isAfter(stint.enteredOn()) && !v.on().isAfter(asOf)
                    && (hardship == null || v.on().isBefore(hardship.on()) || (v.on().equals(hardship.on()) && v.id() < hardship.id()))) {
                hardship = v;
            }
        }
        if (hardship != null) return new Verdict.Return(hardship);
        for (FollowUp f : followUps) {
            if (f.state() != FollowUp.State.DONE) return new Verdict.Waiting(Verdict.Why.FOLLOW_UP_PENDING, f);
            if (f.visit().outcome() == null || !STABLE.contains(f.visit().outcome())) {
                return new Verdict.Waiting(Verdict.Why.OUTCOME_UNSTATED, f);
            }
        }
        if (followUps.isEmpty()) return new Verdict.Waiting(Verdict.Why.FOLLOW_UP_PENDING, null);
        return new Verdict.Exit(followUps.get(followUps.size() - 1).visit());
    }

    /** The Chinese label of a status, as rosters and the messages name it. */
    static String label(FileStatus s) {
        return s.label(Lang.ZH);
    }

    private static Decision refused(String code, Object... args) {
        return new Decision.Refused(Issue.error(code, args));
    }

    private static Object orUnknown(LocalDate d) {
        return d == null ? "?" : d;
    }

    private static <T> T or(T first, T second) {
        return first != null ? first : second;
    }
}
