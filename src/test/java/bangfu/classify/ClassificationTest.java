package bangfu.classify;

import static bangfu.classify.Households.earning;
import static bangfu.classify.Households.stating;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.config.ClassifyPolicy;
import bangfu.model.CloseReason;
import bangfu.model.FileStatus;
import bangfu.model.Lang;
import bangfu.model.Tier;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** What a decision means for a file, and what one run counts, lists and hands to the ledger. */
class ClassificationTest {
    static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    static final ClassifyPolicy POLICY = Policies.dibao("北京市", "760").build();

    @Test
    void aFileOnRecordThatNoLongerQualifiesEntersPhasingOutOnTheAsOfDateAndKeepsItsTier() {
        Change c = change(stating("2000").tier(Tier.RELATIVE));
        assertThat(c.kind()).isEqualTo(Change.Kind.MOVE);
        assertThat(c.move()).contains(new StatusMove(FileStatus.ACTIVE, FileStatus.PHASING_OUT, AS_OF, CloseReason.NOT_ELIGIBLE));
        assertThat(c.transition()).isEqualTo("RELATIVE->none");
    }

    @Test
    void aFileAlreadyPhasingOutStaysSo() {
        Change c = change(stating("2000").tier(Tier.RELATIVE).status(FileStatus.PHASING_OUT));
        assertThat(c.kind()).isEqualTo(Change.Kind.NONE);
        assertThat(c.noteworthy()).isFalse();
    }

    @Test
    void aFilePhasingOutThatQualifiesAgainIsShownButNotMoved() {
        Change c = change(stating("700").tier(Tier.DEEP).status(FileStatus.PHASING_OUT));
        assertThat(c.kind()).isEqualTo(Change.Kind.NONE);
        assertThat(c.noteworthy()).isTrue();
        assertThat(Reasons.of(c, Lang.ZH)).last().asString().contains("渐退期内重新符合深度困难条件");
    }

    @Test
    void aNewTierIsAChangeOfTierOnly() {
        Change c = change(stating("1000").tier(Tier.DEEP));
        assertThat(c.kind()).isEqualTo(Change.Kind.TIER);
        assertThat(c.move()).isEmpty();
        assertThat(c.transition()).isEqualTo("DEEP->RELATIVE");
        assertThat(change(stating("700").tier(null)).transition()).isEqualTo("none->DEEP");
    }

    @Test
    void aFileThatLeftIsExplainedButNeverChanged() {
        Change c = change(stating("1000").tier(Tier.DEEP).status(FileStatus.EXITED));
        assertThat(c.decision().tier()).contains(Tier.RELATIVE);
        assertThat(c.kind()).isEqualTo(Change.Kind.NONE);
    }

    @Test
    void anOpenDecisionChangesNothing() {
        Change c = change(new Households().tier(Tier.DEEP));
        assertThat(c.kind()).isEqualTo(Change.Kind.NONE);
        assertThat(c.noteworthy()).isTrue();
        assertThat(c.decision().missing()).containsExactly(Input.YEARLY_INCOME, Input.HOUSEHOLD_SIZE);
        assertThat(c.decision().rule()).isEqualTo("undecided: missing yearly_income_fen, household_size");
    }

    @Test
    void theRosterFigureDisagreesWhenItIsMoreThanOneFenFromTheComputedOne() {
        // 32,100 ÷ 12 ÷ 3 = 891.666…: 891.66 and 891.67 are within a fen of it, 891.65 and 891.68 are not
        assertThat(change(earning("32100", 3).stated("891.67")).decision().income().disagrees()).isFalse();
        assertThat(change(earning("32100", 3).stated("891.66")).decision().income().disagrees()).isFalse();
        assertThat(change(earning("32100", 3).stated("891.68")).decision().income().disagrees()).isTrue();
        assertThat(change(earning("32100", 3).stated("891.65")).decision().income().disagrees()).isTrue();
        // 35,100 ÷ 12 ÷ 3 = 975.00 exactly: one fen off is within, two are not
        assertThat(change(earning("35100", 3).stated("975.01")).decision().income().disagrees()).isFalse();
        assertThat(change(earning("35100", 3).stated("975.02")).decision().income().disagrees()).isTrue();
    }

    @Test
    void theRuleNamesTheBoundThatDecided() {
        assertThat(change(stating("700")).decision().rule()).isEqualTo("DEEP: per_capita <= 1 × dibao");
        assertThat(change(stating("1000")).decision().rule()).isEqualTo("RELATIVE: per_capita <= 2 × dibao");
        assertThat(change(stating("2000")).decision().rule()).isEqualTo("none: per_capita > 2 × dibao");
    }

    @Test
    void perCapitaIncomesThatAreNotAWholeFenShowTheirExactDecimals() {
        assertThat(Reasons.perCapita(new PerCapita(2_736_001, 36))).isEqualTo("760.000277…");
        assertThat(Reasons.perCapita(new PerCapita(3_210_000, 36))).isEqualTo("891.666666…");
        assertThat(Reasons.perCapita(new PerCapita(97_500, 1))).isEqualTo("975.00");
        assertThat(Reasons.perCapita(new PerCapita(1_000_001, 2))).isEqualTo("5000.005");
        assertThat(new PerCapita(3_210_000, 36).roundedFen()).isEqualTo(89_167);
    }

    @Test
    void aRunCountsTransitionsListsWhatMattersAndHandsOnlyTheChangesToTheLedger() {
        List<Household> files = List.of(
                stating("700").id(1).tier(Tier.DEEP).build(),                       // unchanged
                stating("1000").id(2).tier(Tier.DEEP).build(),                      // DEEP->RELATIVE
                stating("1100").id(3).tier(Tier.DEEP).build(),                      // DEEP->RELATIVE
                stating("2000").id(4).tier(Tier.RELATIVE).build(),                  // RELATIVE->none, into 渐退
                new Households().id(5).tier(Tier.DEEP).build(),                     // undecided
                earning("32100", 3).id(6).stated("950").tier(Tier.RELATIVE).build()); // unchanged, figures disagree
        Recorder ledger = new Recorder();
        FileSource source = source(files);
        Classification.Outcome o = Classification.run(source, POLICY,
                new Classification.Request(AS_OF, Optional.empty(), Optional.empty(), false), Lifecycle.PHASE_OUT,
                Optional.of(ledger), Instant.parse("2025-01-02T03:04:05Z"), TierLedger.Progress.NONE);
        assertThat(o.classified()).isEqualTo(6);
        assertThat(o.undecided()).isEqualTo(1);
        assertThat(o.disagreeing()).isEqualTo(1);
        assertThat(o.transitions()).containsExactly(java.util.Map.entry("DEEP->RELATIVE", 2), java.util.Map.entry("RELATIVE->none", 1));
        assertThat(o.listed().size()).isEqualTo(5);
        assertThat(o.hasFindings()).isTrue();
        assertThat(ledger.run.asOf()).isEqualTo(AS_OF);
        assertThat(ledger.written).extracting(Change::kind).containsExactly(Change.Kind.TIER, Change.Kind.TIER, Change.Kind.MOVE);
        assertThat(ledger.totals).isEqualTo(new TierLedger.Totals(6, 2, 1));
        assertThat(o.runId()).hasValue(7);
        // the listed files, decided again as they stood, not as the run left them
        assertThat(o.listed().first(source, 0)).extracting(Change::transition)
                .containsExactly("DEEP->RELATIVE", "DEEP->RELATIVE", "RELATIVE->none", "DEEP->none", "RELATIVE->RELATIVE");
        assertThat(o.listed().first(source, 2)).hasSize(2);
    }

    @Test
    void aRunThatFailsWhileReadingWritesNothing() {
        Recorder ledger = new Recorder();
        FileSource broken = new FileSource() {
            @Override
            public void forEachOnRecord(Optional<String> union, AidWindow aid, Consumer<Household> each) {
                each.accept(stating("1000").build());
                throw new IllegalStateException("disk gone");
            }

            @Override
            public void forEachOf(long[] ids, AidWindow aid, Consumer<Household> each) {
            }

            @Override
            public Optional<Household> latest(String headId, AidWindow aid) {
                return Optional.empty();
            }
        };
        try {
            Classification.run(broken, POLICY, new Classification.Request(AS_OF, Optional.empty(), Optional.empty(), false),
                    Lifecycle.PHASE_OUT, Optional.of(ledger), Instant.now(), TierLedger.Progress.NONE);
        } catch (IllegalStateException expected) {
            // the failure is the caller's to report
        }
        assertThat(ledger.abandoned).isTrue();
        assertThat(ledger.totals).isNull();
    }

    /** A code matches files with a code, names match files with names (and codes, through their province). */
    @Test
    void aRegionFilterKeepsTheFilesAtOrBelowTheRegion() {
        List<Household> files = List.of(stating("700").id(1).code("110101").build(), stating("700").id(2).code("230103").build(),
                stating("700").id(3).in("北京市", "北京市", "西城区").build());
        for (String[] filter : new String[][] {{"110000", "1"}, {"北京市", "2"}, {"230100", "1"}, {"110101", "1"}, {"120000", "0"}}) {
            Classification.Outcome o = Classification.run(source(files), Policies.dibao("北京市", "760").and("黑龙江省", "2024-01-01", "700").build(),
                    new Classification.Request(AS_OF, Optional.empty(), Optional.of(filter[0]), true), Lifecycle.PHASE_OUT,
                    Optional.empty(), Instant.now(), TierLedger.Progress.NONE);
            assertThat(o.classified()).as(filter[0]).isEqualTo(Integer.parseInt(filter[1]));
        }
    }

    private static Change change(Households h) {
        return Change.of(h.build(), new Classifier(POLICY).decide(h.build(), AS_OF), Lifecycle.PHASE_OUT, AS_OF);
    }

    private static FileSource source(List<Household> files) {
        return new FileSource() {
            @Override
            public void forEachOnRecord(Optional<String> union, AidWindow aid, Consumer<Household> each) {
                files.forEach(each);
            }

            @Override
            public void forEachOf(long[] ids, AidWindow aid, Consumer<Household> each) {
                for (long id : ids) files.stream().filter(h -> h.id() == id).forEach(each);
            }

            @Override
            public Optional<Household> latest(String headId, AidWindow aid) {
                return files.stream().filter(h -> h.headId().equals(headId)).findFirst();
            }
        };
    }

    /** Keeps what a run hands to its ledger. */
    private static final class Recorder implements TierLedger {
        boolean abandoned;
        Run run;
        Totals totals;
        final List<Change> written = new ArrayList<>();

        @Override
        public void begin(Run r) {
            run = r;
        }

        @Override
        public void write(Change change) {
            written.add(change);
        }

        @Override
        public long finish(Totals t) {
            totals = t;
            return 7;
        }

        @Override
        public void abandon() {
            abandoned = true;
            written.clear();
        }
    }
}
