package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Parsed;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The regex-free fast paths agree with the general readers on the inputs they accept. */
class FastPathsTest {
    @Test
    void plainAmountsReadAsTheGeneralPathReadsThem() {
        for (String s : List.of("0", "7", "007", "94700", "1578.33", "866.6", "0.05", "123456789012345",
                "123456789012345.99", "10.00")) {
            long fen = Money.plainYuanInFen(s);
            assertThat(fen).as(s).isEqualTo(new BigDecimal(s).movePointRight(2).longValueExact());
        }
    }

    @Test
    void anythingElseIsLeftToTheGeneralPath() {
        for (String s : List.of("", ".5", "5.", "1.234", "1,000", "-5", "1e5", "1234567890123456", "１２",
                "5元", "1.2.3", "1.x")) {
            assertThat(Money.plainYuanInFen(s)).as(s).isEqualTo(-1);
        }
    }

    @Test
    void isoDatesAndImpossibleDates() {
        assertThat(Dates.parse(bangfu.sheet.Cell.text("2024-06-02"))).isEqualTo(Parsed.ok(java.time.LocalDate.of(2024, 6, 2)));
        assertThat(Dates.parse(bangfu.sheet.Cell.text("2024/06/02"))).isEqualTo(Parsed.ok(java.time.LocalDate.of(2024, 6, 2)));
        assertThat(Dates.parse(bangfu.sheet.Cell.text("2023-02-29")).issues()).extracting(i -> i.code())
                .containsExactly("DATE_INVALID");
        assertThat(Dates.parse(bangfu.sheet.Cell.text("2024-13-01")).issues()).extracting(i -> i.code())
                .containsExactly("DATE_INVALID");
    }
}
