package bangfu.validate;

import static bangfu.validate.MoneyUnit.WAN_YUAN;
import static bangfu.validate.MoneyUnit.YUAN;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class AmountsTest {
    private static List<String> codes(Parsed<?> parsed) {
        return parsed.issues().stream().map(Issue::code).toList();
    }

    @Test
    void readsDisbursementsInFen() {
        assertThat(Amounts.parse(Cell.text("1,200.00"), YUAN)).isEqualTo(Parsed.ok(120_000L));
        assertThat(Amounts.parse(Cell.text("0.35万元"), YUAN)).isEqualTo(Parsed.ok(350_000L));
        assertThat(Amounts.parse(Cell.text("0.35万元"), WAN_YUAN)).isEqualTo(Parsed.ok(350_000L));
        assertThat(Amounts.parse(Cell.text("0.35"), WAN_YUAN)).isEqualTo(Parsed.ok(350_000L));
        assertThat(Amounts.parse(new Cell(CellKind.NUMBER, "500"), YUAN)).isEqualTo(Parsed.ok(50_000L));
        assertThat(Amounts.parse(Cell.BLANK, YUAN)).isEqualTo(Parsed.empty());
    }

    @Test
    void zeroIsAPaymentOfNothing() {
        Parsed<Long> zero = Amounts.parse(Cell.text("0"), YUAN);
        assertThat(zero.value()).isEmpty();
        assertThat(zero.issues()).containsExactly(Issue.error("AMOUNT_ZERO", "0"));
        for (String text : List.of("0.00", "0元", "０", "0万元", "-0")) {
            assertThat(codes(Amounts.parse(Cell.text(text), YUAN))).as(text).containsExactly("AMOUNT_ZERO");
        }
        assertThat(codes(Amounts.parse(new Cell(CellKind.NUMBER, "0"), WAN_YUAN))).containsExactly("AMOUNT_ZERO");
    }

    @Test
    void otherProblemsAreThoseOfMoney() {
        assertThat(codes(Amounts.parse(Cell.text("-100"), YUAN))).containsExactly("MONEY_NEGATIVE");
        assertThat(codes(Amounts.parse(Cell.text("待定"), YUAN))).containsExactly("MONEY_FORMAT");
        assertThat(codes(Amounts.parse(Cell.text("12.345"), YUAN))).containsExactly("MONEY_PRECISION");
    }
}
