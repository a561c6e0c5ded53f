package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.IdNumber;
import bangfu.model.Issue;
import bangfu.model.Lang;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The value parsers take any cell: a value that checks itself, or issues with a message and a hint in both
 * languages — never an exception. The first byte picks the cell's kind, the rest is its text.
 */
class ValueParsersFuzzTest {
    static final LocalDate TODAY = LocalDate.of(2024, 6, 30);

    @FuzzTest(maxDuration = "2m")
    void idNumbers(byte[] bytes) {
        Parsed<IdNumber> p = judged(IdNumbers.parse(cell(bytes), TODAY));
        p.value().ifPresent(id -> {
            assertThat(id.value()).hasSize(18);
            assertThat(id.value().charAt(17)).isEqualTo(IdNumber.checkChar(id.value().substring(0, 17)));
        });
    }

    @FuzzTest(maxDuration = "2m")
    void dates(byte[] bytes) {
        judged(Dates.parse(cell(bytes))).value().ifPresent(d -> assertThat(d.getYear()).isBetween(1900, 9999));
    }

    @FuzzTest(maxDuration = "2m")
    void money(byte[] bytes) {
        for (MoneyUnit unit : MoneyUnit.values()) {
            judged(Money.parse(cell(bytes), unit)).value().ifPresent(fen -> assertThat(fen).isNotNegative());
            judged(Amounts.parse(cell(bytes), unit)).value().ifPresent(fen -> assertThat(fen).isNotNegative());
        }
    }

    @FuzzTest(maxDuration = "2m")
    void cardsAndPhones(byte[] bytes) {
        judged(BankCards.parse(cell(bytes)));
        judged(Phones.parse(cell(bytes)));
    }

    private static Cell cell(byte[] bytes) {
        if (bytes.length == 0) return Cell.BLANK;
        CellKind[] kinds = {CellKind.TEXT, CellKind.NUMBER, CellKind.DATE, CellKind.TEXT};
        String text = new String(bytes, 1, bytes.length - 1, StandardCharsets.UTF_8);
        CellKind kind = kinds[(bytes[0] & 0xff) % kinds.length];
        return text.isEmpty() ? Cell.BLANK : new Cell(kind, text);
    }

    private static <T> Parsed<T> judged(Parsed<T> p) {
        for (Issue i : p.issues()) {
            for (Lang lang : Lang.values()) {
                assertThat(i.message().render(lang)).as(i.code()).isNotBlank().doesNotContain("issue.");
                assertThat(i.hint().render(lang)).as(i.code()).isNotBlank().doesNotContain("issue.");
            }
        }
        return p;
    }
}
