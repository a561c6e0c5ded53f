package bangfu.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.FileStatus;
import bangfu.model.VisitOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The 3- and 6-month follow-ups of a stay in 渐退, and the near misses on every side of their days. */
class FollowUpScheduleTest {
    static final FollowUpSchedule SCHEDULE = new FollowUpSchedule(List.of(3, 6));

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Stint open(String entered) {
        return new Stint(new StatusEntry(1, FileStatus.ACTIVE, FileStatus.PHASING_OUT, entered == null ? null : d(entered)), null);
    }

    static Stint ended(String entered, String end, FileStatus to) {
        return new Stint(new StatusEntry(1, FileStatus.ACTIVE, FileStatus.PHASING_OUT, d(entered)),
                new StatusEntry(2, FileStatus.PHASING_OUT, to, end == null ? null : d(end)));
    }

    static List<VisitFact> visits(String... days) {
        List<VisitFact> out = new ArrayList<>();
        for (int i = 0; i < days.length; i++) out.add(new VisitFact(100 + i, d(days[i]), null, VisitOutcome.STABLE, "王芳"));
        return out;
    }

    /** The follow-ups as {@code 3:DONE@2025-04-10:on-time 6:OUTSTANDING} for comparing in one line. */
    static String states(List<FollowUp> followUps) {
        List<String> parts = new ArrayList<>();
        for (FollowUp f : followUps) {
            String s = f.months() + ":" + f.state();
            if (f.state() == FollowUp.State.DONE) s += "@" + f.visit().on() + (f.onTime() ? ":on-time" : ":late");
            parts.add(s);
        }
        return String.join(" ", parts);
    }

    @ParameterizedTest(name = "entered {0}, visits [{1}], as of {2}: {3}")
    @CsvSource(delimiter = '|', value = {
        // on time, exactly on the due days
        "2025-01-15 | 2025-04-15 2025-07-15 | 2025-12-31 | 3:DONE@2025-04-15:on-time 6:DONE@2025-07-15:on-time",
        // one day late each
        "2025-01-15 | 2025-04-16 2025-07-16 | 2025-12-31 | 3:DONE@2025-04-16:late 6:DONE@2025-07-16:late",
        // a visit on the day of entering is not a follow-up; one on the 3-month due day is the 3-month one, not the 6-month one
        "2025-01-15 | 2025-01-15 2025-04-15 | 2025-12-31 | 3:DONE@2025-04-15:on-time 6:OUTSTANDING",
        // the 6-month follow-up one day early: on the day the 3-month one fell due, it still counts for the 3-month one
        "2025-01-15 | 2025-03-01 2025-04-15 | 2025-12-31 | 3:DONE@2025-03-01:on-time 6:OUTSTANDING",
        "2025-01-15 | 2025-03-01 2025-04-16 | 2025-12-31 | 3:DONE@2025-03-01:on-time 6:DONE@2025-04-16:on-time",
        // a late 3-month visit serves only the 3-month follow-up
        "2025-01-15 | 2025-08-01 | 2025-12-31 | 3:DONE@2025-08-01:late 6:OUTSTANDING",
        // months with fewer days: 31 August + 3 months is 30 November, + 6 months is 28 February
        "2024-08-31 | 2024-11-30 2025-02-28 | 2025-12-31 | 3:DONE@2024-11-30:on-time 6:DONE@2025-02-28:on-time",
        "2024-08-31 | 2024-12-01 | 2025-12-31 | 3:DONE@2024-12-01:late 6:OUTSTANDING",
        "2023-11-30 | 2024-02-29 2024-05-30 | 2025-12-31 | 3:DONE@2024-02-29:on-time 6:DONE@2024-05-30:on-time",
        // as of a day: later visits do not count yet, and follow-ups not due yet are upcoming
        "2025-01-15 | 2025-04-10 2025-07-08 | 2025-04-09 | 3:UPCOMING 6:UPCOMING",
        "2025-01-15 | 2025-04-10 2025-07-08 | 2025-04-15 | 3:DONE@2025-04-10:on-time 6:UPCOMING",
        "2025-01-15 |  | 2025-04-15 | 3:OUTSTANDING 6:UPCOMING",
        "2025-01-15 |  | 2025-04-14 | 3:UPCOMING 6:UPCOMING"})
    void followUpsOfAnOpenStay(String entered, String visits, String asOf, String expected) {
        String[] days = visits == null || visits.isBlank() ? new String[0] : visits.strip().split("\\s+");
        assertThat(states(SCHEDULE.of(open(entered), visits(days), d(asOf)))).isEqualTo(expected);
    }

    @Test
    void dueDaysAndOverdueDays() {
        List<FollowUp> f = SCHEDULE.of(open("2025-01-15"), List.of(), d("2025-08-01"));
        assertThat(f).extracting(FollowUp::dueOn).containsExactly(d("2025-04-15"), d("2025-07-15"));
        assertThat(f).extracting(x -> x.overdueDays(d("2025-08-01"))).containsExactly(108L, 17L);
        assertThat(f.get(1).overdueDays(d("2025-07-15"))).isZero();
        assertThat(f.get(1).opensAfter()).isEqualTo(d("2025-04-15"));
    }

    @Test
    void aStayThatEndedOwesWhatFellDueBeforeAndNothingAfter() {
        // 返困 on 10 May: the 3-month follow-up (15 April) was missed, the 6-month one (15 July) is not owed
        assertThat(states(SCHEDULE.of(ended("2025-01-15", "2025-05-10", FileStatus.ACTIVE), visits(), d("2025-12-31"))))
                .isEqualTo("3:MISSED 6:DROPPED");
        // the visit that decided the end counts, on the day it ended
        assertThat(states(SCHEDULE.of(ended("2025-01-15", "2025-07-08", FileStatus.EXITED), visits("2025-04-10", "2025-07-08"),
                d("2025-12-31")))).isEqualTo("3:DONE@2025-04-10:on-time 6:DONE@2025-07-08:on-time");
        // a visit after the end is not a follow-up of this stay
        assertThat(states(SCHEDULE.of(ended("2025-01-15", "2025-05-10", FileStatus.CLOSED), visits("2025-06-01"), d("2025-12-31"))))
                .isEqualTo("3:MISSED 6:DROPPED");
        // as of a day before the end, the stay is still open then
        assertThat(states(SCHEDULE.of(ended("2025-01-15", "2025-05-10", FileStatus.ACTIVE), visits(), d("2025-05-09"))))
                .isEqualTo("3:OUTSTANDING 6:UPCOMING");
    }

    @Test
    void stayWithoutADateHasNoScheduleNorOneThatEndedOnADayNobodyStated() {
        assertThat(SCHEDULE.of(open(null), visits("2025-04-10"), d("2025-12-31"))).isEmpty();
        assertThat(SCHEDULE.of(ended("2025-01-15", null, FileStatus.ACTIVE), visits("2025-04-10"), d("2025-12-31"))).isEmpty();
        assertThat(SCHEDULE.of(open("2025-01-15"), visits("2025-04-10"), d("2025-01-14"))).as("entered later").isEmpty();
    }

    @Test
    void theMonthsComeFromThePolicy() {
        FollowUpSchedule three = new FollowUpSchedule(List.of(2, 4, 6));
        assertThat(three.of(open("2025-01-31"), List.of(), d("2025-12-31"))).extracting(FollowUp::dueOn)
                .containsExactly(d("2025-03-31"), d("2025-05-31"), d("2025-07-31"));
        assertThat(FollowUpSchedule.of(bangfu.model.Policy.DEFAULTS).months()).containsExactly(3, 6);
    }

    @Test
    void stintsAreReadFromTheHistoryInTheOrderItWasRecorded() {
        List<StatusEntry> history = List.of(
                new StatusEntry(1, null, FileStatus.ACTIVE, d("2021-05-01")),
                new StatusEntry(2, FileStatus.ACTIVE, FileStatus.PHASING_OUT, d("2024-01-15")),
                new StatusEntry(3, FileStatus.PHASING_OUT, FileStatus.ACTIVE, d("2024-05-10")),
                new StatusEntry(4, FileStatus.ACTIVE, FileStatus.PHASING_OUT, d("2025-01-15")));
        List<Stint> stints = Stint.of(history);
        assertThat(stints).extracting(Stint::enteredOn).containsExactly(d("2024-01-15"), d("2025-01-15"));
        assertThat(stints.get(0).end().on()).isEqualTo(d("2024-05-10"));
        assertThat(stints.get(1).end()).isNull();
        assertThat(stints.get(0).openAt(d("2024-05-09"))).isTrue();
        assertThat(stints.get(0).openAt(d("2024-05-10"))).isFalse();
        assertThat(stints.get(1).openAt(d("2025-01-14"))).isFalse();
    }
}
