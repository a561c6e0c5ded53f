package bangfu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A day's stored text is LocalDate's own, whether it is one of the days kept once made or not. */
class ValuesTest {
    @Test
    void aDaysTextIsLocalDatesOwnInsideAndOutsideTheDaysKept() {
        for (LocalDate d = LocalDate.of(1899, 12, 1); d.isBefore(LocalDate.of(1900, 2, 1)); d = d.plusDays(1)) {
            assertThat(Values.text(d)).isEqualTo(d.toString());
        }
        for (LocalDate d = LocalDate.of(2099, 12, 1); d.isBefore(LocalDate.of(2100, 2, 1)); d = d.plusDays(1)) {
            assertThat(Values.text(d)).isEqualTo(d.toString());
        }
        for (LocalDate d : new LocalDate[] {LocalDate.of(2024, 2, 29), LocalDate.of(1, 1, 1), LocalDate.of(10_000, 1, 1),
            LocalDate.of(-5, 3, 4)}) {
            assertThat(Values.text(d)).isEqualTo(d.toString());
            // Asked again: the kept text, still the same.
            assertThat(Values.text(d)).isEqualTo(d.toString());
        }
        assertThat(Values.canonical(RosterField.BIRTH_DATE, LocalDate.of(1975, 6, 2))).isEqualTo("1975-06-02");
    }
}
