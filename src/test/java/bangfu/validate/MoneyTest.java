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

class MoneyTest {
    private static Parsed<Long> yuan(String text) {
        return Money.parse(Cell.text(text), YUAN);
    }

    private static List<String> codes(Parsed<?> parsed) {
        return parsed.issues().stream().map(Issue::code).toList();
    }

    @Test
    void readsAmountsInFen() {
        assertThat(yuan("1,234.50")).isEqualTo(Parsed.ok(123_450L));
        assertThat(yuan("1234.5元")).isEqualTo(Parsed.ok(123_450L));
        assertThat(yuan("￥1234")).isEqualTo(Parsed.ok(123_400L));
        assertThat(yuan("¥ 1234.00")).isEqualTo(Parsed.ok(123_400L));
        assertThat(yuan("１２３４")).isEqualTo(Parsed.ok(123_400L));
        assertThat(yuan("１，２３４．５")).isEqualTo(Parsed.ok(123_450L));
        assertThat(yuan("0")).isEqualTo(Parsed.ok(0L));
        assertThat(yuan("0.01")).isEqualTo(Parsed.ok(1L));
        assertThat(Money.parse(new Cell(CellKind.NUMBER, "0.3"), YUAN)).isEqualTo(Parsed.ok(30L));
    }

    @Test
    void unitInTheCellWinsOverTheHeader() {
        assertThat(yuan("0.35万元")).isEqualTo(Parsed.ok(350_000L));
        assertThat(yuan("1.2万")).isEqualTo(Parsed.ok(1_200_000L));
        assertThat(Money.parse(Cell.text("0.35"), WAN_YUAN)).isEqualTo(Parsed.ok(350_000L));
        assertThat(Money.parse(Cell.text("500元"), WAN_YUAN)).isEqualTo(Parsed.ok(50_000L));
        assertThat(Money.parse(new Cell(CellKind.NUMBER, "1.5"), WAN_YUAN)).isEqualTo(Parsed.ok(1_500_000L));
    }

    @Test
    void reportsFractionsOfAFen() {
        assertThat(codes(yuan("12.345"))).containsExactly("MONEY_PRECISION");
        assertThat(codes(Money.parse(Cell.text("0.0000001"), WAN_YUAN))).containsExactly("MONEY_PRECISION");
        assertThat(Money.parse(Cell.text("0.000001"), WAN_YUAN)).isEqualTo(Parsed.ok(1L));
        assertThat(Money.parse(Cell.text("0.000001"), YUAN).value()).isEmpty();
        assertThat(yuan("12.3400")).isEqualTo(Parsed.ok(1_234L));
    }

    @Test
    void neverReadsWordsAsZero() {
        for (String text : List.of("不详", "无", "?", "？", "待定", "12元5角", "1.2.3", "1,23", "abc")) {
            Parsed<Long> parsed = yuan(text);
            assertThat(codes(parsed)).as(text).containsExactly("MONEY_FORMAT");
            assertThat(parsed.value()).isEmpty();
        }
        assertThat(codes(Money.parse(new Cell(CellKind.ERROR, "#REF!"), YUAN))).containsExactly("MONEY_FORMAT");
        assertThat(Money.parse(Cell.BLANK, YUAN)).isEqualTo(Parsed.empty());
    }

    @Test
    void reportsNegativeAmounts() {
        assertThat(codes(yuan("-100"))).containsExactly("MONEY_NEGATIVE");
        assertThat(codes(yuan("－100元"))).containsExactly("MONEY_NEGATIVE");
        assertThat(codes(Money.parse(new Cell(CellKind.NUMBER, "-0.5"), YUAN))).containsExactly("MONEY_NEGATIVE");
    }

    @Test
    void findsTheUnitInTheHeader() {
        assertThat(MoneyUnit.fromHeader("救助金额(万元)")).isEqualTo(WAN_YUAN);
        assertThat(MoneyUnit.fromHeader("救助金额（万元）")).isEqualTo(WAN_YUAN);
        assertThat(MoneyUnit.fromHeader("金额万元")).isEqualTo(WAN_YUAN);
        assertThat(MoneyUnit.fromHeader("救助金额（元）")).isEqualTo(YUAN);
        assertThat(MoneyUnit.fromHeader("金额")).isEqualTo(YUAN);
    }
}
