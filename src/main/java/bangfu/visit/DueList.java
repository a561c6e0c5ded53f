package bangfu.visit;

import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.FollowUp;
import bangfu.lifecycle.FollowUpSchedule;
import bangfu.lifecycle.Stint;
import bangfu.lifecycle.VisitFact;
import bangfu.lifecycle.YearlyMinimum;
import bangfu.model.Policy;
import bangfu.store.Database;
import bangfu.store.VisitRounds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a union hands its cadres (帮扶责任人): the households short of the yearly minimum of visits, with how many
 * visits they are still owed this year, and the 渐退 follow-ups due or overdue as of a day, grouped by cadre with
 * the most overdue first. The yearly minimum and the follow-ups are the lifecycle's, as verify and the yearly report
 * count them.
 *
 * @param undated 渐退 files on file at the as-of day without 渐退日期, whose follow-ups cannot be listed
 */
public record DueList(LocalDate asOf, List<Due> items, int undated) {
    public DueList {
        items = List.copyOf(items);
    }

    /** Cadres in name order (households without one last), then most overdue first, then earliest due. */
    static final Comparator<Due> ORDER = Comparator
            .comparing((Due d) -> d.file().helper() == null || d.file().helper().isBlank() ? 1 : 0)
            .thenComparing(d -> d.file().helper() == null ? "" : d.file().helper())
            .thenComparing(Comparator.comparingLong(Due::overdueDays).reversed())
            .thenComparing(Due::dueOn)
            .thenComparing(d -> d.reason() == Due.Reason.FOLLOW_UP ? 0 : 1)
            .thenComparing(d -> d.file().headId())
            .thenComparingInt(d -> d.followUpMonth() == null ? 0 : d.followUpMonth());

    /**
     * The list as of the end of {@code asOf}.
     *
     * @param union  only households of this union, or null
     * @param helper only households of this 帮扶责任人, or null
     * @param within also follow-ups falling due in this many days after {@code asOf}
     */
    public static DueList of(Database db, Policy policy, LocalDate asOf, String union, String helper, int within) {
        VisitRounds rounds = new VisitRounds(db);
        YearlyMinimum minimum = new YearlyMinimum(policy.minVisits());
        LocalDate yearEnd = LocalDate.of(asOf.getYear(), 12, 31);
        List<Due> items = new ArrayList<>();
        if (minimum.perYear() > 0) {
            rounds.fewVisits(asOf, minimum.perYear(), union, helper, c -> {
                if (c.file().tenure().onFileAt(asOf) && minimum.shortOf(c.visits())) {
                    items.add(new Due(c.file(), Due.Reason.YEARLY_MINIMUM, null, yearEnd, 0, c.visits(), minimum.owed(c.visits())));
                }
            });
        }
        FollowUpSchedule schedule = FollowUpSchedule.of(policy);
        LocalDate horizon = asOf.plusDays(within);
        int undated = 0;
        for (FileRecord r : rounds.phaseOuts(asOf, union, helper)) {
            int thisYear = visitsThisYear(r.visits(), asOf);
            for (Stint stint : r.stints()) {
                if (stint.enteredOn() == null) {
                    boolean stillIn = stint.end() == null || (stint.end().on() != null && stint.end().on().isAfter(asOf));
                    if (stillIn && r.file().tenure().onFileAt(asOf)) undated++;
                    continue;
                }
                if (!stint.openAt(asOf)) continue;
                for (FollowUp f : schedule.of(stint, r.visits(), asOf)) {
                    boolean owed = f.state() == FollowUp.State.OUTSTANDING
                            || (f.state() == FollowUp.State.UPCOMING && !f.dueOn().isAfter(horizon));
                    if (owed) items.add(new Due(r.file(), Due.Reason.FOLLOW_UP, f.months(), f.dueOn(), f.overdueDays(asOf), thisYear, 1));
                }
            }
        }
        items.sort(ORDER);
        return new DueList(asOf, items, undated);
    }

    static int visitsThisYear(List<VisitFact> visits, LocalDate asOf) {
        LocalDate start = LocalDate.of(asOf.getYear(), 1, 1);
        int n = 0;
        for (VisitFact v : visits) if (!v.on().isBefore(start) && !v.on().isAfter(asOf)) n++;
        return n;
    }
}
