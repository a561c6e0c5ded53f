package bangfu.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.FileStatus;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a 渐退 file's follow-ups decide: 脱困 when all are done and stable, 在档 again on new hardship, else waiting. */
class AdvanceTest {
    static final FollowUpSchedule SCHEDULE = new FollowUpSchedule(List.of(3, 6));
    static final Stint STAY = new Stint(new StatusEntry(1, FileStatus.ACTIVE, FileStatus.PHASING_OUT, d("2025-01-15")), null);

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static VisitFact visit(long id, String on, VisitOutcome outcome) {
        return new VisitFact(id, d(on), VisitKind.PHASE_OUT_FOLLOW_UP, outcome, "王芳");
    }

    static Verdict advance(String asOf, VisitFact... visits) {
        List<VisitFact> all = List.of(visits);
        return Lifecycle.advance(STAY, SCHEDULE.of(STAY, all, d(asOf)), all, d(asOf));
    }

    @Test
    void bothFollowUpsStableExitOnTheDayOfTheLast() {
        Verdict v = advance("2025-12-31", visit(1, "2025-04-10", VisitOutcome.STABLE), visit(2, "2025-07-08", VisitOutcome.IMPROVED));
        assertThat(v).isInstanceOfSatisfying(Verdict.Exit.class, e -> assertThat(e.lastFollowUp().id()).isEqualTo(2));
        // near miss: as of the day before the second follow-up, nothing is decided yet
        assertThat(advance("2025-07-07", visit(1, "2025-04-10", VisitOutcome.STABLE), visit(2, "2025-07-08", VisitOutcome.STABLE)))
                .isInstanceOfSatisfying(Verdict.Waiting.class, w -> {
                    assertThat(w.why()).isEqualTo(Verdict.Why.FOLLOW_UP_PENDING);
                    assertThat(w.followUp().months()).isEqualTo(6);
                });
    }

    @Test
    void newHardshipOnAnyVisitOfTheStayBringsTheFileBack() {
        Verdict v = advance("2025-12-31", visit(1, "2025-04-10", VisitOutcome.STABLE), visit(2, "2025-05-20", VisitOutcome.NEW_HARDSHIP),
                visit(3, "2025-07-08", VisitOutcome.STABLE));
        assertThat(v).isInstanceOfSatisfying(Verdict.Return.class, r -> assertThat(r.hardship().id()).isEqualTo(2));
        // near misses: new hardship on the day of entering 渐退, or after the as-of day, decides nothing
        assertThat(advance("2025-12-31", visit(1, "2025-01-15", VisitOutcome.NEW_HARDSHIP))).isInstanceOf(Verdict.Waiting.class);
        assertThat(advance("2025-05-19", visit(2, "2025-05-20", VisitOutcome.NEW_HARDSHIP))).isInstanceOf(Verdict.Waiting.class);
    }

    @Test
    void aFollowUpWithoutAStableOutcomeWaitsForOne() {
        assertThat(advance("2025-12-31", visit(1, "2025-04-10", null), visit(2, "2025-07-08", VisitOutcome.STABLE)))
                .isInstanceOfSatisfying(Verdict.Waiting.class, w -> {
                    assertThat(w.why()).isEqualTo(Verdict.Why.OUTCOME_UNSTATED);
                    assertThat(w.followUp().months()).isEqualTo(3);
                });
        assertThat(advance("2025-12-31", visit(1, "2025-04-10", VisitOutcome.STABLE), visit(2, "2025-07-08", VisitOutcome.OTHER)))
                .isInstanceOf(Verdict.Waiting.class);
    }

    @Test
    void aStayWithoutItsDateWaitsForTheDate() {
        Stint undated = new Stint(new StatusEntry(1, FileStatus.ACTIVE, FileStatus.PHASING_OUT, null), null);
        List<VisitFact> visits = List.of(visit(1, "2025-04-10", VisitOutcome.STABLE), visit(2, "2025-07-08", VisitOutcome.STABLE));
        assertThat(Lifecycle.advance(undated, SCHEDULE.of(undated, visits, d("2025-12-31")), visits, d("2025-12-31")))
                .isInstanceOfSatisfying(Verdict.Waiting.class, w -> assertThat(w.why()).isEqualTo(Verdict.Why.UNDATED));
    }
}
