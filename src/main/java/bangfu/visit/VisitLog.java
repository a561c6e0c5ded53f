package bangfu.visit;

import bangfu.lifecycle.FilePeriod;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code visit list}: one household's visits in its current file period, newest first, each marked where it did a
 * 渐退 follow-up, and what is still due as of a day: the follow-ups not done yet and the visits still owed this year.
 *
 * @param visits    newest first
 * @param followUps the visit id → the follow-up it did
 * @param pending   follow-ups of the current 渐退 stay not done yet (overdue, due or upcoming)
 * @param held         whether the file is held to the yearly minimum: on file at the as-of day
 * @param owedThisYear visits still owed for the yearly minimum, 0 when not held to it
 */
public record VisitLog(FilePeriod file, LocalDate asOf, List<VisitFact> visits, Map<Long, FollowUp> followUps,
                       List<FollowUp> pending, int visitsThisYear, boolean held, int owedThisYear, boolean phaseOutUndated) {
    public VisitLog {
        visits = List.copyOf(visits);
        followUps = Map.copyOf(followUps);
        pending = List.copyOf(pending);
    }

    /** Empty when the head has no file. */
    public static Optional<VisitLog> of(Storage db, Policy policy, String headId, LocalDate asOf) {
        Visits rounds = db.visits();
        Optional<FilePeriod> file = rounds.latest(headId);
        if (file.isEmpty()) return Optional.empty();
        FileRecord r = rounds.record(file.get());
        List<VisitFact> upToDay = r.visits().stream().filter(v -> !v.on().isAfter(asOf)).toList();
        FollowUpSchedule schedule = FollowUpSchedule.of(policy);
        Map<Long, FollowUp> done = new HashMap<>();
        List<FollowUp> pending = new ArrayList<>();
        boolean undated = false;
        for (Stint stint : r.stints()) {
            if (stint.enteredOn() == null && stint.end() == null) undated = true;
            for (FollowUp f : schedule.of(stint, upToDay, asOf)) {
                if (f.state() == FollowUp.State.DONE) done.put(f.visit().id(), f);
                else if (f.state() == FollowUp.State.OUTSTANDING || f.state() == FollowUp.State.UPCOMING) pending.add(f);
            }
        }
        List<VisitFact> newestFirst = new ArrayList<>(upToDay);
        newestFirst.sort((a, b) -> a.on().equals(b.on()) ? Long.compare(b.id(), a.id()) : b.on().compareTo(a.on()));
        int thisYear = DueList.visitsThisYear(upToDay, asOf);
        YearlyMinimum minimum = new YearlyMinimum(policy.minVisits());
        boolean held = file.get().tenure().onFileAt(asOf);
        int owed = held ? minimum.owed(thisYear) : 0;
        return Optional.of(new VisitLog(file.get(), asOf, newestFirst, done, pending, thisYear, held, owed, undated));
    }
}
