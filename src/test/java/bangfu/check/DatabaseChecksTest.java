package bangfu.check;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.AssistanceKind;
import bangfu.model.Policy;
import bangfu.model.Severity;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each cross-record situation built in a real SQLite file, with the near miss that must not be reported. */
class DatabaseChecksTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final Policy POLICY = Policy.DEFAULTS;

    @TempDir Path dir;
    Ledger ledger;

    @BeforeEach
    void fresh() {
        ledger = new Ledger(dir.resolve("bangfu.db"));
    }

    @Test
    void personInTwoActiveFilesEvenInDifferentUnions() {
        String shared = id("20100304", 12);
        long east = ledger.household(id("19800101", 11), "甲", "东城区工会", "2020-01-01");
        long west = ledger.household(id("19810101", 13), "乙", "西城区工会", "2020-01-01");
        ledger.member(east, "丙", shared, "2010-03-04");
        ledger.member(west, "丙", shared, "2010-03-04");
        // near miss: the same member in an active file and a closed one
        String once = id("20120505", 22);
        long open = ledger.household(id("19820101", 15), "丁", "东城区工会", "2020-01-01");
        long closed = ledger.household(id("19830101", 17), 1, "戊", "西城区工会", "CLOSED", "2019-01-01", null, "2022-01-01", "OTHER", null);
        ledger.member(open, "己", once, "2012-05-05");
        ledger.member(closed, "己", once, "2012-05-05");

        Ledger.Result audit = ledger.check(POLICY, 2025, TODAY);

        List<HouseholdFinding> found = of(audit, "PERSON_IN_TWO_FILES");
        assertThat(found).extracting(HouseholdFinding::householdId).containsExactly(east, west);
        assertThat(found.get(0).args().get(0)).isEqualTo(shared.substring(0, 4) + "**********" + shared.substring(14));
        assertThat(found.get(0).args().get(1)).contains("乙").contains("西城区工会").doesNotContain(id("19810101", 13));
        assertThat(found.get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(of(audit, "MEMBER_IS_HEAD_ELSEWHERE")).isEmpty();
    }

    @Test
    void headWithTwoActivePeriodsIsOneHouseholdInTwoFiles() {
        String head = id("19750202", 31);
        ledger.household(head, 1, "庚", "东城区工会", "ACTIVE", "2019-01-01", null, null, "OTHER", null);
        ledger.household(head, 2, "庚", "南岗区工会", "PHASING_OUT", "2023-01-01", null, null, "OTHER", null);
        assertThat(of(ledger.check(POLICY, 2025, TODAY), "PERSON_IN_TWO_FILES")).hasSize(2);
    }

    @Test
    void memberWhoIsHeadOfAnotherFileOnRecord() {
        String head = id("19700707", 41);
        long own = ledger.household(head, "辛", "东城区工会", "2020-01-01");
        long other = ledger.household(id("19710707", 43), "壬", "东城区工会", "2020-01-01");
        ledger.member(other, "辛", head, "1970-07-07");
        // near miss: a member who was the head of a file that has exited
        String former = id("19720707", 45);
        ledger.household(former, 1, "癸", "东城区工会", "EXITED", "2018-01-01", "2021-06-30", null, "OTHER", null);
        long third = ledger.household(id("19730707", 47), "子", "东城区工会", "2020-01-01");
        ledger.member(third, "癸", former, "1972-07-07");

        Ledger.Result audit = ledger.check(POLICY, 2025, TODAY);

        assertThat(of(audit, "MEMBER_IS_HEAD_ELSEWHERE")).extracting(HouseholdFinding::householdId).containsExactly(other);
        assertThat(of(audit, "PERSON_IN_TWO_FILES")).extracting(HouseholdFinding::householdId).containsExactly(own);
    }

    @Test
    void paymentsOutsideTheFilePeriodButNotOnItsFirstOrLastDay() {
        long filed = ledger.household(id("19800101", 51), "甲", "东城区工会", "2024-03-01");
        ledger.pay(filed, "LIVING", 10_000, "2024-02-29");
        ledger.pay(filed, "LIVING", 20_000, "2024-03-01");
        long exited = ledger.household(id("19800101", 53), 1, "乙", "东城区工会", "EXITED", "2020-01-01", "2024-06-30", null, "OTHER", null);
        ledger.pay(exited, "MEDICAL", 30_000, "2024-06-30");
        ledger.pay(exited, "MEDICAL", 40_000, "2024-07-01");
        long closed = ledger.household(id("19800101", 55), 1, "丙", "东城区工会", "CLOSED", "2020-01-01", null, "2024-09-30", "OTHER", null);
        ledger.pay(closed, "WARMTH", 50_000, "2024-09-30");
        ledger.pay(closed, "WARMTH", 60_000, "2024-10-01");

        Ledger.Result audit = ledger.check(POLICY, null, TODAY);

        assertThat(of(audit, "PAID_BEFORE_FILED")).singleElement()
                .satisfies(f -> assertThat(f.householdId()).isEqualTo(filed))
                .satisfies(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2024, 2, 29)))
                .satisfies(f -> assertThat(f.amountFen()).isEqualTo(10_000L))
                .satisfies(f -> assertThat(f.args()).containsExactly("2024-02-29", "生活救助", "100.00", "2024-03-01"));
        assertThat(of(audit, "PAID_AFTER_EXITED")).singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2024, 7, 1)));
        assertThat(of(audit, "PAID_AFTER_CLOSED")).singleElement()
                .satisfies(f -> assertThat(f.date()).isEqualTo(LocalDate.of(2024, 10, 1)))
                .satisfies(f -> assertThat(f.amountFen()).isEqualTo(60_000L));
        // --year limits the payment checks to that year
        assertThat(of(ledger.check(POLICY, 2023, TODAY), "PAID_BEFORE_FILED")).isEmpty();
    }

    @Test
    void yearlyCapIsExceededOnlyAboveIt() {
        long at = ledger.household(id("19800101", 61), "甲", "东城区工会", "2020-01-01");
        ledger.pay(at, "LIVING", 3_000_000, "2024-01-10");
        ledger.pay(at, "MEDICAL", 2_000_000, "2024-12-31");
        ledger.pay(at, "MEDICAL", 900_000, "2023-12-31");   // another year
        long over = ledger.household(id("19800101", 63), "乙", "东城区工会", "2020-01-01");
        ledger.pay(over, "LIVING", 3_000_000, "2024-01-10");
        ledger.pay(over, "LIVING", 2_000_001, "2024-05-10");
        // a head reopened within the year: both periods count as one household
        String reopened = id("19800101", 65);
        long first = ledger.household(reopened, 1, "丙", "东城区工会", "EXITED", "2020-01-01", "2024-04-30", null, "OTHER", null);
        long second = ledger.household(reopened, 2, "丙", "东城区工会", "ACTIVE", "2024-08-01", null, null, "OTHER", null);
        ledger.pay(first, "LIVING", 2_500_000, "2024-02-01");
        ledger.pay(second, "LIVING", 2_500_001, "2024-09-01");

        Ledger.Result audit = ledger.check(POLICY, 2024, TODAY);

        assertThat(of(audit, "OVER_YEARLY_CAP")).extracting(HouseholdFinding::householdId, HouseholdFinding::amountFen)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(over, 5_000_001L),
                        org.assertj.core.groups.Tuple.tuple(second, 5_000_001L));
        assertThat(of(audit, "OVER_YEARLY_CAP").get(0).args()).containsExactly("2024", "50,000.01", "50,000.00", "2");
    }

    @Test
    void kindCapsFromThePolicy() {
        Policy caps = new Policy(0, Map.of(AssistanceKind.MEDICAL, 1_000_000L), 2, 365, 6, 22, Map.of(), Set.of());
        long at = ledger.household(id("19800101", 71), "甲", "东城区工会", "2020-01-01");
        ledger.pay(at, "MEDICAL", 1_000_000, "2024-03-01");
        ledger.pay(at, "LIVING", 9_000_000, "2024-03-01");
        long over = ledger.household(id("19800101", 73), "乙", "东城区工会", "2020-01-01");
        ledger.pay(over, "MEDICAL", 600_000, "2024-03-01");
        ledger.pay(over, "MEDICAL", 400_001, "2024-04-01");

        Ledger.Result audit = ledger.check(caps, 2024, TODAY);

        assertThat(of(audit, "OVER_KIND_CAP")).singleElement()
                .satisfies(f -> assertThat(f.householdId()).isEqualTo(over))
                .satisfies(f -> assertThat(f.args()).containsExactly("2024", "医疗救助", "10,000.01", "10,000.00", "2"));
        assertThat(of(audit, "OVER_YEARLY_CAP")).as("yearly cap 0 means none").isEmpty();
    }

    @Test
    void cashInKindAndUnfundedPayments() {
        long h = ledger.household(id("19800101", 81), "甲", "东城区工会", "2020-01-01");
        ledger.pay(h, "LIVING", 10_000, "2024-01-10", "CITY", "CASH");
        ledger.pay(h, "WARMTH", 20_000, "2024-02-10", "UNION_FUNDS", "IN_KIND");
        ledger.pay(h, "MEDICAL", 30_000, "2024-03-10", null, "BANK_CARD");
        ledger.pay(h, "MEDICAL", 40_000, "2024-04-10", "CITY", "BANK_CARD");
        ledger.pay(h, "MEDICAL", 50_000, "2024-05-10", "CITY", null);

        Ledger.Result audit = ledger.check(POLICY, 2024, TODAY);

        assertThat(of(audit, "PAID_IN_CASH")).extracting(HouseholdFinding::amountFen).containsExactly(10_000L);
        assertThat(of(audit, "PAID_IN_KIND")).extracting(HouseholdFinding::amountFen).containsExactly(20_000L);
        assertThat(of(audit, "NO_FUND_SOURCE")).extracting(HouseholdFinding::amountFen).containsExactly(30_000L);
        assertThat(of(audit, "PAID_IN_CASH").get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void visitsBelowTheMinimumForHouseholdsOnFileAtTheEndOfTheYear() {
        // One definition with the yearly report: held to the minimum are the files on file on 31 December.
        long two = ledger.household(id("19800101", 91), "甲", "东城区工会", "2024-01-01");
        ledger.visitTwice(two, 2024);
        long one = ledger.household(id("19800101", 93), "乙", "东城区工会", "2020-01-01");
        ledger.visit(one, "2024-05-05");
        ledger.visit(one, "2023-12-31");
        long lateFiled = ledger.household(id("19800101", 95), "丙", "东城区工会", "2024-01-02");
        long filedLastDay = ledger.household(id("19800101", 85), "辛", "东城区工会", "2024-12-31");
        long filedNextYear = ledger.household(id("19800101", 87), "壬", "东城区工会", "2025-01-01");
        long exitedLastDay = ledger.household(id("19800101", 97), 1, "丁", "东城区工会", "EXITED", "2020-01-01", "2024-12-31", null, "OTHER", null);
        long exitedNextYear = ledger.household(id("19800101", 99), 1, "戊", "东城区工会", "EXITED", "2020-01-01", "2025-01-01", null, "OTHER", null);
        for (long h : new long[] {two, one, lateFiled, exitedLastDay, exitedNextYear}) ledger.pay(h, "LIVING", 100, "2024-06-01");

        Ledger.Result audit = ledger.check(POLICY, 2024, TODAY);

        // near misses: filed on 31 December is on file at its end; leaving on 31 December is not
        assertThat(of(audit, "TOO_FEW_VISITS")).extracting(HouseholdFinding::householdId)
                .containsExactly(one, lateFiled, filedLastDay, exitedNextYear);
        assertThat(of(audit, "TOO_FEW_VISITS").get(0).args()).containsExactly("2024", "1", "2");
        assertThat(of(audit, "NEVER_ASSISTED")).isEmpty();
    }

    @Test
    void missingDatesAreReadAsTheYearlyReportReadsThem() {
        // No filing date: filed long ago, so on file at the end of the year. 脱困 without any date: counted as
        // leaving when filed, so not; and its end is unknown, so a later payment is not judged to be after it.
        long undatedActive = ledger.household(id("19800101", 71), "己", "东城区工会", null);
        long undatedExited = ledger.household(id("19800101", 73), 1, "庚", "东城区工会", "EXITED", "2020-01-01", null, null, "OTHER", null);
        ledger.pay(undatedExited, "LIVING", 100, "2024-06-01");

        Ledger.Result audit = ledger.check(POLICY, 2024, TODAY);

        assertThat(of(audit, "TOO_FEW_VISITS")).extracting(HouseholdFinding::householdId).containsExactly(undatedActive);
        assertThat(of(audit, "NEVER_ASSISTED")).extracting(HouseholdFinding::householdId).containsExactly(undatedActive);
        assertThat(of(audit, "PAID_AFTER_EXITED")).isEmpty();
    }

    @Test
    void householdsNeverAssistedInTheYear() {
        long none = ledger.household(id("19800101", 101), "甲", "东城区工会", "2020-01-01");
        ledger.pay(none, "LIVING", 100, "2023-12-31");
        ledger.pay(none, "LIVING", 100, "2025-01-01");
        long once = ledger.household(id("19800101", 103), "乙", "东城区工会", "2020-01-01");
        ledger.pay(once, "LIVING", 100, "2024-12-31");

        assertThat(of(ledger.check(POLICY, 2024, TODAY), "NEVER_ASSISTED")).extracting(HouseholdFinding::householdId)
                .containsExactly(none);
    }

    @Test
    void withoutYearTheLatestYearWithPaymentsOrVisitsIsChecked() {
        long h = ledger.household(id("19800101", 105), "甲", "东城区工会", "2020-01-01");
        ledger.pay(h, "LIVING", 100, "2023-05-01");
        ledger.visit(h, "2024-02-01");
        Ledger.Result audit = ledger.check(POLICY, null, TODAY);
        assertThat(audit.year()).isEqualTo(2024);
        assertThat(audit.yearChosen()).isFalse();
        assertThat(of(audit, "NEVER_ASSISTED")).singleElement().satisfies(f -> assertThat(f.year()).isEqualTo(2024));
    }

    @Test
    void withoutYearAYearStillRunningIsNotTheDefault() {
        long h = ledger.household(id("19800101", 107), "甲", "东城区工会", "2020-01-01");
        ledger.pay(h, "LIVING", 100, "2025-05-01");
        ledger.visit(h, "2026-01-05");   // TODAY is in 2026: a January visit must not make 2026 the year checked
        Ledger.Result audit = ledger.check(POLICY, null, TODAY);
        assertThat(audit.year()).isEqualTo(2025);
        assertThat(of(audit, "NEVER_ASSISTED")).isEmpty();
        assertThat(of(audit, "TOO_FEW_VISITS")).singleElement().satisfies(f -> assertThat(f.args()).containsExactly("2025", "0", "2"));
        assertThat(ledger.check(POLICY, 2026, TODAY).year()).as("--year still chooses it").isEqualTo(2026);
    }

    @Test
    void filesNotChangedForMoreThanTheStaleDays() {
        ledger.importAt("2025-11-23T23:00:00Z");   // exactly 365 days before TODAY
        long justFresh = ledger.household(id("19800101", 111), "甲", "东城区工会", "2020-01-01");
        ledger.importAt("2025-11-22T08:00:00Z");   // 366 days
        long stale = ledger.household(id("19800101", 113), "乙", "东城区工会", "2020-01-01");
        long revived = ledger.household(id("19800101", 115), "丙", "东城区工会", "2020-01-01");
        ledger.statusChange(revived, "PHASING_OUT", "ACTIVE", "2026-03-01", "2026-03-02T00:00:00Z");
        long closedLongAgo = ledger.household(id("19800101", 117), 1, "丁", "东城区工会", "CLOSED", "2020-01-01", null, "2021-01-01", "OTHER", null);

        Ledger.Result audit = ledger.check(POLICY, 2024, TODAY);

        assertThat(of(audit, "FILE_NOT_UPDATED")).singleElement()
                .satisfies(f -> assertThat(f.householdId()).isEqualTo(stale))
                .satisfies(f -> assertThat(f.args()).containsExactly("2025-11-22", "366", "365"));
        assertThat(justFresh).isNotEqualTo(closedLongAgo);
    }

    @Test
    void schoolingCauseWithoutAMemberOfSchoolAge() {
        long tooOld = ledger.household(id("19700101", 121), 1, "甲", "东城区工会", "ACTIVE", "2020-01-01", null, null, "SCHOOLING", null);
        ledger.member(tooOld, "子", null, "2001-08-30");                       // 23 on 2024-08-31
        long oldest = ledger.household(id("19700101", 123), 1, "乙", "东城区工会", "ACTIVE", "2020-01-01", null, null, "OTHER", "LAID_OFF,SCHOOLING");
        ledger.member(oldest, "子", null, "2002-08-31");                       // exactly 22
        long youngest = ledger.household(id("19700101", 125), 1, "丙", "东城区工会", "ACTIVE", "2020-01-01", null, null, "SCHOOLING", null);
        ledger.member(youngest, "子", id("20180831", 126), null);              // exactly 6, known from the ID only
        long tooYoung = ledger.household(id("19700101", 127), 1, "丁", "东城区工会", "ACTIVE", "2020-01-01", null, null, "SCHOOLING", null);
        ledger.member(tooYoung, "子", null, "2018-09-01");                     // 5
        long unknown = ledger.household(id("19700101", 129), 1, "戊", "东城区工会", "ACTIVE", "2020-01-01", null, null, "SCHOOLING", null);
        ledger.member(unknown, "子", null, null);
        long alone = ledger.household(id("19700101", 131), 1, "己", "东城区工会", "ACTIVE", "2020-01-01", null, null, "SCHOOLING", null);
        long otherCause = ledger.household(id("19700101", 133), "庚", "东城区工会", "2020-01-01");

        Ledger.Result audit = ledger.check(POLICY, 2024, TODAY);

        assertThat(of(audit, "SCHOOLING_WITHOUT_SCHOOL_AGE")).extracting(HouseholdFinding::householdId)
                .containsExactly(tooOld, tooYoung, alone);
        assertThat(of(audit, "SCHOOLING_WITHOUT_SCHOOL_AGE").get(0).args()).containsExactly("6", "22", "2024-08-31", "1");
        assertThat(otherCause).isPositive();
    }

    @Test
    void policyReweighsAndSwitchesOffChecks() {
        long h = ledger.household(id("19800101", 141), "甲", "东城区工会", "2020-01-01");
        ledger.pay(h, "LIVING", 10_000, "2024-01-10", "CITY", "CASH");
        Policy policy = new Policy(5_000_000, Map.of(), 2, 365, 6, 22, Map.of("PAID_IN_CASH", Severity.ERROR),
                Set.of("TOO_FEW_VISITS"));
        Ledger.Result audit = ledger.check(policy, 2024, TODAY);
        assertThat(of(audit, "PAID_IN_CASH")).singleElement().satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(of(audit, "TOO_FEW_VISITS")).isEmpty();
        assertThat(audit.fails(false)).isTrue();
    }

    @Test
    void findingsComeGroupedByHouseholdErrorsFirstAndTheCountsAgree() {
        long a = ledger.household(id("19800101", 151), "甲", "东城区工会", "2024-03-01");
        ledger.pay(a, "LIVING", 10_000, "2024-01-10", null, "CASH");     // before filing, cash, no source
        long b = ledger.household(id("19800101", 153), "乙", "东城区工会", "2020-01-01");
        ledger.pay(b, "LIVING", 6_000_000, "2024-02-10", "CITY", "CASH"); // over the cap, cash
        Ledger.Result result = ledger.check(POLICY, 2024, TODAY);
        assertThat(result.findings()).extracting(HouseholdFinding::householdId).isSorted();
        assertThat(result.findings()).filteredOn(f -> f.householdId() == a).extracting(HouseholdFinding::code)
                .containsExactly("PAID_BEFORE_FILED", "PAID_IN_CASH", "NO_FUND_SOURCE", "TOO_FEW_VISITS");
        assertThat(result.findings()).filteredOn(f -> f.householdId() == b).extracting(HouseholdFinding::code)
                .containsExactly("OVER_YEARLY_CAP", "PAID_IN_CASH", "TOO_FEW_VISITS");
        assertThat(result.audit().findings()).isEqualTo(result.findings().size());
        assertThat(result.audit().errors()).isEqualTo(2);
        assertThat(result.audit().households()).isEqualTo(2);
        assertThat(result.audit().countsByCode()).containsEntry("PAID_IN_CASH", 2);
    }

    private static List<HouseholdFinding> of(Ledger.Result audit, String code) {
        return audit.findings().stream().filter(f -> f.code().equals(code)).toList();
    }
}
