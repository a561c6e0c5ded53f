package bangfu.visit;

import bangfu.lifecycle.Decision;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.FollowUp;
import bangfu.lifecycle.FollowUpSchedule;
import bangfu.lifecycle.Lifecycle;
import bangfu.lifecycle.Stint;
import bangfu.lifecycle.Transition;
import bangfu.lifecycle.TransitionRequest;
import bangfu.lifecycle.Verdict;
import bangfu.lifecycle.VisitFact;
import bangfu.model.FileStatus;
import bangfu.model.Issue;
import bangfu.model.Policy;
import bangfu.store.Storage;
import bangfu.store.StatusLedger;
import bangfu.store.Visits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * {@code visit advance}: applies what the 渐退 follow-ups decided as of a day. A file whose scheduled follow-ups
 * are all done with a stable outcome becomes 脱困 on the day of the last one; one where a visit found new hardship
 * goes back to 在档 on that visit's day, with the visit as the cause. Without {@code apply} it only plans; with it,
 * the whole plan is written in one transaction, each change in the status history with the run that made it.
 */
public final class Advance {
    /** A move the follow-ups decide, and the visit that decides it. */
    public record Change(FilePeriod file, Transition transition, VisitFact visit) {
    }

    /** A decided move the lifecycle refuses (a visit dated before the file's last change, say). */
    public record Refusal(FilePeriod file, Issue issue) {
    }

    /**
     * What the run found.
     *
     * @param waiting 渐退 files with nothing to decide yet, by why
     */
    public record Plan(LocalDate asOf, boolean applied, List<Change> changes, List<Refusal> refused,
                       Map<Verdict.Why, Integer> waiting) {
        public Plan {
            changes = List.copyOf(changes);
            refused = List.copyOf(refused);
            waiting = Map.copyOf(waiting);
        }
    }

    /** Hears how far the writing of a plan has come. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void applied(int done, int total);
    }

    private Advance() {
    }

    /**
     * Plans the moves as of the end of {@code asOf} and, with {@code apply}, writes them.
     *
     * @param arguments the command's options as given, recorded with the run
     */
    public static Plan run(Storage db, Policy policy, LocalDate asOf, boolean apply, String arguments, Clock clock,
                           Progress progress) {
        LocalDate today = LocalDate.now(clock);
        // Planned inside the write transaction when applying, so that no import changes a file in between.
        try (StatusLedger writer = apply ? db.beginStatusChanges("visit advance", arguments, asOf, clock.instant()) : null) {
            FollowUpSchedule schedule = FollowUpSchedule.of(policy);
            List<Change> changes = new ArrayList<>();
            List<Refusal> refused = new ArrayList<>();
            Map<Verdict.Why, Integer> waiting = new EnumMap<>(Verdict.Why.class);
            for (FileRecord r : db.visits().phaseOuts(asOf, null, null)) {
                if (r.file().state().status() != FileStatus.PHASING_OUT) continue;
                List<Stint> stints = r.stints();
                if (stints.isEmpty() || stints.get(stints.size() - 1).end() != null) continue;
                Stint current = stints.get(stints.size() - 1);
                List<FollowUp> followUps = schedule.of(current, r.visits(), asOf);
                Verdict verdict = Lifecycle.advance(current, followUps, r.visits(), asOf);
                VisitFact decisive;
                FileStatus to;
                if (verdict instanceof Verdict.Exit exit) {
                    decisive = exit.lastFollowUp();
                    to = FileStatus.EXITED;
                } else if (verdict instanceof Verdict.Return back) {
                    decisive = back.hardship();
                    to = FileStatus.ACTIVE;
                } else {
                    waiting.merge(((Verdict.Waiting) verdict).why(), 1, Integer::sum);
                    continue;
                }
                TransitionRequest request = new TransitionRequest(to, decisive.on(), null, decisive.id(), null);
                Decision d = Lifecycle.decide(r.file().state(), request, today);
                if (d instanceof Decision.Move move) changes.add(new Change(r.file(), move.transition(), decisive));
                else refused.add(new Refusal(r.file(), ((Decision.Refused) d).issue()));
            }
            if (writer != null && !changes.isEmpty()) {
                int done = 0;
                for (Change c : changes) {
                    writer.apply(c.file(), c.transition());
                    progress.applied(++done, changes.size());
                }
                writer.commit(clock.instant());
            }
            return new Plan(asOf, apply, changes, refused, waiting);
        }
    }
}
