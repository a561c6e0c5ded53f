package bangfu.visit;

import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.FollowUp;
import bangfu.lifecycle.FollowUpSchedule;
import bangfu.lifecycle.Stint;
import bangfu.lifecycle.VisitFact;
import bangfu.lifecycle.YearlyMinimum;
import bangfu.model.Policy;
import bangfu.store.Storage;
import bangfu.store.Visits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What a union hands its cadres (帮扶责任人): the households short of the yearly minimum of visits, with how many
 * visits they are still owed this year, and the 渐退 follow-ups due or overdue as of a day, grouped by cadre with
 * the most overdue first. The yearly minimum and the follow-ups are the lifecycle's, as verify and the yearly report
 * count them.
 *
 * <p>The list is handed to a {@link Sink} item by item, in order: the households short of the minimum come from
 * the database already in cadre order and are merged with the (few) follow-ups on the way, so that the list of a
 * province in June — nearly every household still owes a visit — never sits in memory at once.
 */
public final class DueList {
    /** Receives the list in order. */
    public interface Sink {
        void item(Due due);

        /** After the last item. */
        default void end(Summary summary) {
        }
    }

    /**
     * What the list held.
     *
     * @param undated 渐退 files on file at the as-of day without 渐退日期, whose follow-ups cannot be listed
     */
    public record Summary(LocalDate asOf, long items, long households, long cadres, int undated) {
    }

    /**
     * Cadres in name order by code point, as the database sorts text (households without one last), then most
     * overdue first, then earliest due, follow-ups before the yearly minimum, then by head ID.
     */
    static final Comparator<Due> ORDER = DueList::compare;

    private DueList() {
    }

    /**
     * The list as of the end of {@code asOf}, handed to {@code sink}.
     *
     * @param union  only households of this union, or null
     * @param helper only households of this 帮扶责任人, or null
     * @param within also follow-ups falling due in this many days after {@code asOf}
     */
    public static Summary write(Storage db, Policy policy, LocalDate asOf, String union, String helper, int within, Sink sink) {
        Visits rounds = db.visits();
        // The 渐退 files are read on a second connection while the database counts the visits of every file.
        Supplier<List<FileRecord>> phaseOuts = rounds.phaseOutsAhead(asOf, union, helper);
        int[] undated = {0};
        Merge merge = new Merge(() -> {
            List<Due> followUps = new ArrayList<>();
            undated[0] = followUps(phaseOuts.get(), FollowUpSchedule.of(policy), asOf, within, followUps);
            followUps.sort(ORDER);
            return followUps;
        }, sink);
        YearlyMinimum minimum = new YearlyMinimum(policy.minVisits());
        LocalDate yearEnd = LocalDate.of(asOf.getYear(), 12, 31);
        if (minimum.perYear() > 0) {
            rounds.fewVisitsByCadre(asOf, minimum.perYear(), union, helper, c -> {
                if (c.file().tenure().onFileAt(asOf) && minimum.shortOf(c.visits())) {
                    merge.add(new Due(c.file(), Due.Reason.YEARLY_MINIMUM, null, yearEnd, 0, c.visits(), minimum.owed(c.visits())));
                }
            });
        }
        merge.rest();
        Summary summary = new Summary(asOf, merge.items, merge.households, merge.cadres, undated[0]);
        sink.end(summary);
        return summary;
    }

    /** The 渐退 follow-ups owed as of {@code asOf} (or due within {@code within} days), into {@code out}; returns the undated stays. */
    private static int followUps(List<FileRecord> files, FollowUpSchedule schedule, LocalDate asOf, int within, List<Due> out) {
        LocalDate horizon = asOf.plusDays(within);
        int undated = 0;
        for (FileRecord r : files) {
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
                    if (owed) out.add(new Due(r.file(), Due.Reason.FOLLOW_UP, f.months(), f.dueOn(), f.overdueDays(asOf), thisYear, 1));
                }
            }
        }
        return undated;
    }

    /** Merges the sorted follow-ups into the stream of the yearly minimum, counting what passes. */
    private static final class Merge {
        private final Supplier<List<Due>> source;
        private List<Due> followUps;
        private final Sink sink;
        private int next;
        long items;
        long households;
        long cadres;
        private String cadre;
        private boolean started;
        private final Set<Long> seen = new HashSet<>();

        /** @param followUps the follow-ups in order, asked for when the first line of the yearly minimum is there */
        Merge(Supplier<List<Due>> followUps, Sink sink) {
            this.source = followUps;
            this.sink = sink;
        }

        private List<Due> followUps() {
            if (followUps == null) followUps = source.get();
            return followUps;
        }

        void add(Due d) {
            List<Due> followUps = followUps();
            while (next < followUps.size() && ORDER.compare(followUps.get(next), d) <= 0) emit(followUps.get(next++));
            emit(d);
        }

        void rest() {
            List<Due> followUps = followUps();
            while (next < followUps.size()) emit(followUps.get(next++));
        }

        private void emit(Due d) {
            String c = d.file().helper();
            if (!started || !java.util.Objects.equals(c, cadre)) {
                started = true;
                cadre = c;
                cadres++;
                seen.clear();
            }
            // A household has one cadre, so it is counted within its cadre's group.
            if (seen.add(d.file().id())) households++;
            items++;
            sink.item(d);
        }
    }

    /**
     * {@link #ORDER}, spelt out: the list's items are compared a few hundred thousand times on a large database, and
     * a chain of key extractors (boxing each key) cost more than the rest of the merge.
     */
    private static int compare(Due a, Due b) {
        String x = a.file().helper();
        String y = b.file().helper();
        if (x == null || y == null) {
            if (x != y) return x == null ? 1 : -1;
        } else if (!x.equals(y)) {
            return byCodePoint(x, y);
        }
        int c = Long.compare(b.overdueDays(), a.overdueDays());
        if (c != 0) return c;
        c = a.dueOn().compareTo(b.dueOn());
        if (c != 0) return c;
        if (a.reason() != b.reason()) return a.reason() == Due.Reason.FOLLOW_UP ? -1 : 1;
        c = a.file().headId().compareTo(b.file().headId());
        if (c != 0) return c;
        return Integer.compare(a.followUpMonth() == null ? 0 : a.followUpMonth(), b.followUpMonth() == null ? 0 : b.followUpMonth());
    }

    static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) return Integer.compare(x, y);
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static int visitsThisYear(List<VisitFact> visits, LocalDate asOf) {
        LocalDate start = LocalDate.of(asOf.getYear(), 1, 1);
        int n = 0;
        for (VisitFact v : visits) if (!v.on().isBefore(start) && !v.on().isAfter(asOf)) n++;
        return n;
    }
}
