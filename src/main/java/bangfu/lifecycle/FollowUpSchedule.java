package bangfu.lifecycle;

import bangfu.model.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The 渐退 follow-ups (动态回访) of a stay in 渐退, at the months after entering that the policy names (3 and 6 by
 * default). Each follow-up is done by the first visit after the previous one fell due (or after the day the
 * file entered 渐退) that no earlier follow-up used; it is on time when that visit is on or before its due day.
 * A follow-up that fell due while the file was still in 渐退 stays owed; one that would fall due after the file
 * left 渐退 is not. The yearly report's follow-up table, {@code visit due}, {@code visit list} and
 * {@code visit advance} all read follow-ups from here.
 */
public final class FollowUpSchedule {
    private final List<Integer> months;

    public FollowUpSchedule(List<Integer> months) {
        if (months.isEmpty()) throw new IllegalArgumentException("no follow-ups");
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i) < 1 || (i > 0 && months.get(i) <= months.get(i - 1))) {
                throw new IllegalArgumentException("follow-up months must rise: " + months);
            }
        }
        this.months = List.copyOf(months);
    }

    public static FollowUpSchedule of(Policy policy) {
        return new FollowUpSchedule(policy.followUpMonths());
    }

    public List<Integer> months() {
        return months;
    }

    /**
     * The stay's follow-ups as of the end of {@code asOf}: only visits up to then count, and only a change of
     * status up to then ends the stay. Empty when the stay cannot be scheduled (no 渐退日期, or it ended on a day
     * nobody stated) or began after {@code asOf}.
     */
    public List<FollowUp> of(Stint stint, List<VisitFact> visits, LocalDate asOf) {
        LocalDate entered = stint.enteredOn();
        if (entered == null || entered.isAfter(asOf)) return List.of();
        boolean ended = stint.end() != null && (stint.end().on() == null || !stint.end().on().isAfter(asOf));
        if (ended && stint.endUndated()) return List.of();
        LocalDate cutoff = ended ? stint.end().on() : asOf;
        List<VisitFact> sorted = new ArrayList<>();
        for (VisitFact v : visits) if (v.on().isAfter(entered) && !v.on().isAfter(cutoff)) sorted.add(v);
        sorted.sort(Comparator.comparing(VisitFact::on).thenComparingLong(VisitFact::id));
        List<FollowUp> out = new ArrayList<>(months.size());
        LocalDate opensAfter = entered;
        int next = 0;
        for (int m : months) {
            LocalDate due = entered.plusMonths(m);
            while (next < sorted.size() && !sorted.get(next).on().isAfter(opensAfter)) next++;
            if (next < sorted.size()) {
                out.add(new FollowUp(m, opensAfter, due, FollowUp.State.DONE, sorted.get(next++)));
            } else if (ended) {
                out.add(new FollowUp(m, opensAfter, due, due.isAfter(cutoff) ? FollowUp.State.DROPPED : FollowUp.State.MISSED, null));
            } else {
                out.add(new FollowUp(m, opensAfter, due, due.isAfter(asOf) ? FollowUp.State.UPCOMING : FollowUp.State.OUTSTANDING, null));
            }
            opensAfter = due;
        }
        return out;
    }
}
