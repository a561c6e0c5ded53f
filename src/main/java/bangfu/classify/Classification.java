package bangfu.classify;

import static java.util.Objects.requireNonNull;

import bangfu.config.ClassifyPolicy;
import bangfu.model.FileStatus;
import bangfu.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * {@code bangfu classify}: every file on record classified under the policy as of a day, what would change,
 * and — only when asked — those changes written as one classify run. A run keeps counts and, for the files it
 * lists, their row ids and how they stood: a first classification of a million files must not hold a million
 * decisions in memory. The listed files are decided again from the database when they are shown.
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
                          Map<String, Integer> transitions, Listed listed, OptionalLong runId) {
        public Outcome {
            transitions = java.util.Collections.unmodifiableMap(new TreeMap<>(transitions));
            requireNonNull(listed, "listed");
        }

        public int changes() {
            return transitions.values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Files that move on in their lifecycle (the transitions to no tier). */
        public int moves() {
            return transitions.entrySet().stream().filter(e -> e.getKey().endsWith("->none")).mapToInt(Map.Entry::getValue).sum();
        }

        /** The data has problems to fix: a decision left open, or figures that disagree. */
        public boolean hasFindings() {
            return undecided > 0 || disagreeing > 0;
        }
    }

    /**
     * The files a run lists, by row id in filing order, with the tier and status each had when it was
     * classified; {@link #forEach} decides them again, from those, as the run did.
     */
    public static final class Listed {
        private final Classifier classifier;
        private final Lifecycle lifecycle;
        private final LocalDate asOf;
        private long[] ids = new long[16];
        private byte[] tiers = new byte[16];
        private byte[] statuses = new byte[16];
        private int size;

        Listed(Classifier classifier, Lifecycle lifecycle, LocalDate asOf) {
            this.classifier = classifier;
            this.lifecycle = lifecycle;
            this.asOf = asOf;
        }

        void add(Household h) {
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                tiers = Arrays.copyOf(tiers, size * 2);
                statuses = Arrays.copyOf(statuses, size * 2);
            }
            ids[size] = h.id();
            tiers[size] = (byte) h.tier().map(Enum::ordinal).orElse(-1).intValue();
            statuses[size] = (byte) h.status().ordinal();
            size++;
        }

        public int size() {
            return size;
        }

        /** The first {@code limit} listed files (all for 0) as the run decided them, read again from {@code files}. */
        public void forEach(FileSource files, int limit, Consumer<Change> each) {
            int n = limit > 0 ? Math.min(limit, size) : size;
            files.forEachOf(Arrays.copyOf(ids, n), FileSource.AidWindow.yearTo(classifier.policy().income().unionAid(), asOf), h -> {
                int i = Arrays.binarySearch(ids, 0, size, h.id());
                Household before = h.as(tiers[i] < 0 ? Optional.empty() : Optional.of(Tier.values()[tiers[i]]),
                        FileStatus.values()[statuses[i]]);
                each.accept(Change.of(before, classifier.decide(before, asOf), lifecycle, asOf));
            });
        }

        /** The first {@code limit} listed files (all for 0), in a list. */
        public List<Change> first(FileSource files, int limit) {
            List<Change> out = new ArrayList<>();
            forEach(files, limit, out::add);
            return out;
        }
    }

    /**
     * Classifies every file on record; with a ledger, writes the changes as one run (a file that no longer
     * qualifies moves on as {@code lifecycle} says), in a transaction taken before the files are read.
     */
    public static Outcome run(FileSource files, ClassifyPolicy policy, Request request, Lifecycle lifecycle,
                              Optional<TierLedger> ledger, Instant now, TierLedger.Progress progress) {
        ledger.ifPresent(l -> l.begin(new TierLedger.Run(request.asOf(), policy.digest(), policy.version(), now)));
        try {
            Tally tally = new Tally(new Classifier(policy), request, lifecycle, ledger, progress);
            files.forEachOnRecord(request.union(), FileSource.AidWindow.yearTo(policy.income().unionAid(), request.asOf()),
                    tally::add);
            OptionalLong runId = OptionalLong.empty();
            if (ledger.isPresent()) {
                progress.committing(tally.tierChanges + tally.moves);
                runId = OptionalLong.of(ledger.get().finish(new TierLedger.Totals(tally.classified, tally.tierChanges,
                        tally.moves)));
                progress.committed(tally.tierChanges + tally.moves);
            }
            return new Outcome(request.asOf(), policy, tally.classified, tally.undecided, tally.disagreeing,
                    tally.transitions, tally.listed, runId);
        } catch (RuntimeException e) {
            ledger.ifPresent(TierLedger::abandon);
            throw e;
        }
    }

    /** The decisions of one run as they come in: counted, written when they change something, listed by id. */
    private static final class Tally {
        private final Classifier classifier;
        private final Request request;
        private final Lifecycle lifecycle;
        private final Optional<TierLedger> ledger;
        private final TierLedger.Progress progress;
        private final Optional<String> region;
        private final Map<String, Integer> transitions = new TreeMap<>();
        private final Listed listed;
        private int classified;
        private int undecided;
        private int disagreeing;
        private int tierChanges;
        private int moves;

        Tally(Classifier classifier, Request request, Lifecycle lifecycle, Optional<TierLedger> ledger,
              TierLedger.Progress progress) {
            this.classifier = classifier;
            this.request = request;
            this.lifecycle = lifecycle;
            this.ledger = ledger;
            this.progress = progress;
            this.region = request.region().map(Region::key);
            this.listed = new Listed(classifier, lifecycle, request.asOf());
        }

        void add(Household h) {
            if (region.isPresent() && h.region().candidates().stream().noneMatch(c -> c.key().equals(region.get()))) return;
            Change change = Change.of(h, classifier.decide(h, request.asOf()), lifecycle, request.asOf());
            classified++;
            if (!change.decision().decided()) undecided++;
            if (change.decision().income().disagrees()) disagreeing++;
            if (change.kind() != Change.Kind.NONE) {
                transitions.merge(change.transition(), 1, Integer::sum);
                if (change.kind() == Change.Kind.TIER) tierChanges++;
                else moves++;
                if (ledger.isPresent()) {
                    ledger.get().write(change);
                    progress.written(tierChanges + moves, classified);
                }
            }
            if (request.all() || change.noteworthy()) listed.add(h);
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
