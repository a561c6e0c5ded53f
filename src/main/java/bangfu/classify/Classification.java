package bangfu.classify;

import static java.util.Objects.requireNonNull;

import bangfu.config.ClassifyPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * {@code bangfu classify}: every file on record classified under the policy as of a day, what would change,
 * and — only when asked — those changes written as one classify run.
 */
public final class Classification {
    private Classification() {
    }

    /**
     * What to classify.
     *
     * @param union  only this union's files, when given
     * @param region only files in this region (a 6-digit code or names 省/市/县, and everything under it)
     * @param all    list every file, not only those that change or need attention
     */
    public record Request(LocalDate asOf, Optional<String> union, Optional<String> region, boolean all) {
        public Request {
            requireNonNull(asOf, "asOf");
            requireNonNull(union, "union");
            requireNonNull(region, "region");
        }
    }

    /**
     * The result of one classify.
     *
     * @param classified  files classified
     * @param undecided   files whose tier could not be decided for a missing input
     * @param disagreeing files whose stated per-capita income differs from the computed one
     * @param transitions how many files change, by transition ({@code DEEP->RELATIVE} …), sorted
     * @param listed      the files shown: those that change or need attention (all with {@link Request#all})
     * @param runId       the classify run written, with --apply
     */
    public record Outcome(LocalDate asOf, ClassifyPolicy policy, int classified, int undecided, int disagreeing,
                          Map<String, Integer> transitions, List<Change> listed, OptionalLong runId) {
        public Outcome {
            transitions = java.util.Collections.unmodifiableMap(new TreeMap<>(transitions));
            listed = List.copyOf(listed);
        }

        public int changes() {
            return transitions.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** The data has problems to fix: a decision left open, or figures that disagree. */
        public boolean hasFindings() {
            return undecided > 0 || disagreeing > 0;
        }
    }

    /**
     * Classifies every file on record; with a ledger, writes the changes as one run (a file that no longer
     * qualifies moves on as {@code lifecycle} says), in a transaction taken before the files are read.
     */
    public static Outcome run(FileSource files, ClassifyPolicy policy, Request request, Lifecycle lifecycle,
                              Optional<TierLedger> ledger, Instant now, TierLedger.Progress progress) {
        ledger.ifPresent(TierLedger::begin);
        try {
            Tally tally = new Tally(new Classifier(policy), request, lifecycle);
            files.forEachOnRecord(request.union(), FileSource.AidWindow.yearTo(policy.income().unionAid(), request.asOf()),
                    tally::add);
            OptionalLong runId = OptionalLong.empty();
            if (ledger.isPresent()) {
                TierLedger.Run run = new TierLedger.Run(request.asOf(), policy.digest(), policy.version(), now, tally.classified);
                runId = OptionalLong.of(ledger.get().record(run, tally.writes, progress));
            }
            return new Outcome(request.asOf(), policy, tally.classified, tally.undecided, tally.disagreeing,
                    tally.transitions, tally.listed, runId);
        } catch (RuntimeException e) {
            ledger.ifPresent(TierLedger::abandon);
            throw e;
        }
    }

    /** The decisions of one run as they come in. */
    private static final class Tally {
        private final Classifier classifier;
        private final Request request;
        private final Lifecycle lifecycle;
        private final Optional<String> region;
        private final Map<String, Integer> transitions = new TreeMap<>();
        private final List<Change> listed = new ArrayList<>();
        private final List<Change> writes = new ArrayList<>();
        private int classified;
        private int undecided;
        private int disagreeing;

        Tally(Classifier classifier, Request request, Lifecycle lifecycle) {
            this.classifier = classifier;
            this.request = request;
            this.lifecycle = lifecycle;
            this.region = request.region().map(Region::key);
        }

        void add(Household h) {
            if (region.isPresent() && h.region().candidates().stream().noneMatch(c -> c.key().equals(region.get()))) return;
            Change change = Change.of(h, classifier.decide(h, request.asOf()), lifecycle, request.asOf());
            classified++;
            if (!change.decision().decided()) undecided++;
            if (change.decision().income().disagrees()) disagreeing++;
            if (change.kind() != Change.Kind.NONE) {
                transitions.merge(change.transition(), 1, Integer::sum);
                writes.add(change);
            }
            if (request.all() || change.noteworthy()) listed.add(change);
        }
    }

    /** One household's decision, for --explain: the head's latest file period, on record or not. */
    public static Optional<Change> explain(FileSource files, ClassifyPolicy policy, LocalDate asOf, String headId,
                                           Lifecycle lifecycle) {
        Classifier classifier = new Classifier(policy);
        return files.latest(headId, FileSource.AidWindow.yearTo(policy.income().unionAid(), asOf))
                .map(h -> Change.of(h, classifier.decide(h, asOf), lifecycle, asOf));
    }
}
