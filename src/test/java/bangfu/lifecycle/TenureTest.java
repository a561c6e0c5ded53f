package bangfu.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.FileStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** When a period was on file, from its status and dates, with every awkward date the report and the checks meet. */
class TenureTest {
    static LocalDate d(String iso) {
        return iso == null || iso.isBlank() ? null : LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} filed {1} exited {2} closed {3} → {4} on {5}")
    @CsvSource(nullValues = "-", value = {
        // status, filed, exited, closed → left as, left on (counted), undated, filed year, left year, last payable day
        "ACTIVE,      2020-01-01, -,          -,          -,      -,          false, 2020, 9999, -",
        "PHASING_OUT, -,          -,          -,          -,      -,          false, 0,    9999, -",
        "EXITED,      2020-01-01, 2024-09-30, -,          EXITED, 2024-09-30, false, 2020, 2024, 2024-09-30",
        "EXITED,      2020-01-01, -,          2024-10-31, EXITED, 2024-10-31, false, 2020, 2024, 2024-10-31",
        "EXITED,      2020-01-01, -,          -,          EXITED, 2020-01-01, true,  2020, 2020, -",
        "EXITED,      -,          -,          -,          EXITED, -,          true,  0,    0,    -",
        "EXITED,      2020-01-01, 2019-06-30, -,          EXITED, 2020-01-01, false, 2020, 2020, 2020-01-01",
        "CLOSED,      2020-01-01, -,          2024-10-31, CLOSED, 2024-10-31, false, 2020, 2024, 2024-10-31",
        "CLOSED,      2020-01-01, 2024-03-31, 2024-10-31, EXITED, 2024-03-31, false, 2020, 2024, 2024-03-31",
        "CLOSED,      2020-01-01, 2024-10-31, 2024-10-31, EXITED, 2024-10-31, false, 2020, 2024, 2024-10-31",
        "CLOSED,      2020-01-01, 2024-11-01, 2024-10-31, CLOSED, 2024-10-31, false, 2020, 2024, 2024-10-31",
        "CLOSED,      2020-01-01, 2024-03-31, -,          EXITED, 2024-03-31, false, 2020, 2024, 2024-03-31",
        "CLOSED,      2020-01-01, -,          -,          CLOSED, 2020-01-01, true,  2020, 2020, -"})
    void howAndWhenAPeriodLeftTheFile(FileStatus status, LocalDate filed, LocalDate exited, LocalDate closed, FileStatus leftAs,
                                      LocalDate leftOn, boolean undated, int filedYear, int leftYear, LocalDate lastPayable) {
        Tenure t = Tenure.of(new FileState(status, null, filed, null, exited, closed, null));
        assertThat(t.leftAs()).isEqualTo(leftAs);
        assertThat(t.leftOn()).isEqualTo(leftOn);
        assertThat(t.undated()).isEqualTo(undated);
        assertThat(t.filedYear()).isEqualTo(filedYear);
        assertThat(t.leftYear()).isEqualTo(leftYear);
        assertThat(t.lastPayableDay()).isEqualTo(lastPayable);
    }

    @ParameterizedTest(name = "filed {0}, left {1} {2}: on file at {3} → {4}")
    @CsvSource(nullValues = "-", value = {
        "2024-06-01, -,      -,          2024-05-31, false",   // the day before filing
        "2024-06-01, -,      -,          2024-06-01, true",    // the filing day itself
        "-,          -,      -,          1990-01-01, true",    // no filing date: filed long ago
        "2020-01-01, EXITED, 2024-09-30, 2024-09-29, true",
        "2020-01-01, EXITED, 2024-09-30, 2024-09-30, false",   // gone at the end of its leaving day
        "2020-01-01, EXITED, -,          2019-12-31, false",   // 脱困 without a date: counted as leaving when filed
        "-,          CLOSED, -,          1990-01-01, false"})  // no date at all: left long ago
    void onFileAtTheEndOfADay(LocalDate filed, FileStatus left, LocalDate leftOn, LocalDate day, boolean onFile) {
        FileStatus status = left == null ? FileStatus.ACTIVE : left;
        FileState s = new FileState(status, null, filed, null, left == FileStatus.EXITED ? leftOn : null,
                left == FileStatus.CLOSED ? leftOn : null, null);
        assertThat(Tenure.of(s).onFileAt(day)).isEqualTo(onFile);
        if (day.getMonthValue() == 12 && day.getDayOfMonth() == 31) {
            assertThat(Tenure.of(s).onFileAtEndOf(day.getYear())).isEqualTo(onFile);
        }
    }

    @ParameterizedTest(name = "paid {0}: {1}")
    @CsvSource(nullValues = "-", value = {
        "2021-02-28, before",   // the day before filing
        "2021-03-01, -",        // the filing day
        "2024-09-30, -",        // the exit day
        "2024-10-01, after"})   // the day after
    void paymentsWithinTheFileIncludeItsFirstAndLastDay(LocalDate paid, String breach) {
        Tenure t = Tenure.of(new FileState(FileStatus.EXITED, null, d("2021-03-01"), null, d("2024-09-30"), null, null));
        if (breach == null) {
            assertThat(t.breach(paid)).isEmpty();
        } else {
            assertThat(t.breach(paid)).hasValueSatisfying(b -> assertThat(b.afterLeaving()).isEqualTo(breach.equals("after")));
        }
        // a 脱困 without its date: the end of the period is unknown, so no payment after filing is outside it
        Tenure undated = Tenure.of(new FileState(FileStatus.EXITED, null, d("2021-03-01"), null, null, null, null));
        assertThat(undated.breach(d("2030-01-01"))).isEmpty();
    }
}
