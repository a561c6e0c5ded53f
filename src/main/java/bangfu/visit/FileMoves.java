package bangfu.visit;

import bangfu.lifecycle.Decision;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.Lifecycle;
import bangfu.lifecycle.Transition;
import bangfu.lifecycle.TransitionRequest;
import bangfu.store.Storage;
import bangfu.store.StatusLedger;
import bangfu.store.Visits;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Moves heads' current file periods as a command asks, in one transaction and through the lifecycle's rules: the
 * entry point for every command that changes a status without importing a roster — {@code visit close}, and
 * {@code classify --apply}, which sends files that no longer qualify into 渐退 with
 * {@code TransitionRequest.to(PHASING_OUT, asOf)} plus its explanation as the note. Each move is written with its
 * run (command, arguments, as-of day) in the status history and the change log; a refused request changes nothing,
 * and a run that moves nothing is not recorded.
 */
public final class FileMoves {
    /** A request about the current file period of the head with this 18-character ID. */
    public record Request(String headId, TransitionRequest request) {
    }

    /** What became of one request: the move written (or planned), or why it was refused; no file when the head has none. */
    public record Outcome(Request request, Optional<FilePeriod> file, Decision decision) {
        public boolean moved() {
            return decision instanceof Decision.Move;
        }

        public Transition transition() {
            return ((Decision.Move) decision).transition();
        }
    }

    private FileMoves() {
    }

    /**
     * Decides every request and, with {@code write}, writes the allowed moves in one transaction (a head named
     * twice is moved from the state the first request left it in).
     *
     * @param command   the command as typed ({@code classify}), recorded with the run
     * @param arguments its options, recorded with the run
     * @param asOf      the day the run judged as of, recorded with the run
     */
    public static List<Outcome> apply(Storage db, String command, String arguments, LocalDate asOf, List<Request> requests,
                                      boolean write, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        try (StatusLedger writer = write ? db.beginStatusChanges(command, arguments, asOf, clock.instant()) : null) {
            Visits rounds = db.visits();
            java.util.Map<String, FilePeriod> moved = new java.util.HashMap<>();
            List<Outcome> out = new ArrayList<>(requests.size());
            for (Request r : requests) {
                Optional<FilePeriod> file = Optional.ofNullable(moved.get(r.headId())).or(() -> rounds.latest(r.headId()));
                if (file.isEmpty()) {
                    out.add(new Outcome(r, file, null));
                    continue;
                }
                Decision d = Lifecycle.decide(file.get().state(), r.request(), today);
                if (d instanceof Decision.Move move) {
                    if (writer != null) writer.apply(file.get(), move.transition());
                    FilePeriod f = file.get();
                    moved.put(r.headId(), new FilePeriod(f.id(), f.headId(), f.period(), f.name(), f.union(), f.helper(),
                            f.address(), f.phone(), move.transition().after()));
                }
                out.add(new Outcome(r, file, d));
            }
            // A run that moved nothing leaves no trace: its transaction is rolled back on closing.
            if (writer != null && out.stream().anyMatch(Outcome::moved)) writer.commit(clock.instant());
            return out;
        }
    }
}
