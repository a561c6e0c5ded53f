package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.model.Severity;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BankCardsTest {
    // Synthetic numbers; each check digit computed by hand with the Luhn rule (double every second digit
    // from the right, subtract 9 from results over 9, the total must end in 0).
    // 622848001234567? → digit sum without the check digit 59 → check digit 1.
    private static final String CARD_16 = "6228480012345671";
    // 622202020011234567? → check digit 9.
    private static final String CARD_19 = "6222020200112345679";
    // 62170012345678901? → check digit 1.
    private static final String CARD_18 = "621700123456789011";
    // The classic example of the Luhn rule, and the usual Visa test number.
    private static final String CLASSIC_11 = "79927398713";
    private static final String VISA_TEST = "4111111111111111";
    // Luhn-valid, to show that only their length is wrong: 12 and 20 digits.
    private static final String CARD_12 = "123456789015";
    private static final String CARD_20 = "62220202001123456785";

    private static List<String> codes(Parsed<?> parsed) {
        return parsed.issues().stream().map(Issue::code).toList();
    }

    @Test
    void luhnAcceptsValidNumbers() {
        for (String card : List.of(CARD_16, CARD_18, CARD_19, CLASSIC_11, VISA_TEST, CARD_12, CARD_20)) {
            assertThat(BankCards.luhn(card)).as(card).isTrue();
        }
    }

    @Test
    void luhnCatchesEverySingleDigitSubstitution() {
        for (String card : List.of(CARD_16, CARD_18, CARD_19, CLASSIC_11, VISA_TEST)) {
            for (int i = 0; i < card.length(); i++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == card.charAt(i)) continue;
                    String wrong = card.substring(0, i) + d + card.substring(i + 1);
                    assertThat(BankCards.luhn(wrong)).as(wrong).isFalse();
                }
            }
        }
    }

    @Test
    void luhnRejectsNonDigits() {
        assertThat(BankCards.luhn("")).isFalse();
        assertThat(BankCards.luhn("4111 1111 1111 1111")).isFalse();
        assertThat(BankCards.luhn("７９９２７３９８７１３")).isFalse();
    }

    @Test
    void readsCardsAsDigitsOnly() {
        assertThat(BankCards.parse(Cell.text(CARD_19))).isEqualTo(Parsed.ok(CARD_19));
        assertThat(BankCards.parse(Cell.text("6228 4800 1234 5671"))).isEqualTo(Parsed.ok(CARD_16));
        assertThat(BankCards.parse(Cell.text("6228-4800-1234-5671"))).isEqualTo(Parsed.ok(CARD_16));
        assertThat(BankCards.parse(Cell.text("６２２８\u3000４８００－１２３４ ５６７１"))).isEqualTo(Parsed.ok(CARD_16));
        assertThat(BankCards.parse(Cell.text("'" + CARD_18))).isEqualTo(Parsed.ok(CARD_18));
        assertThat(BankCards.parse(Cell.BLANK)).isEqualTo(Parsed.empty());
        assertThat(BankCards.parse(Cell.text("   "))).isEqualTo(Parsed.empty());
    }

    @Test
    void lengthsFrom12To19() {
        assertThat(codes(BankCards.parse(Cell.text(CLASSIC_11)))).containsExactly("CARD_FORMAT");
        assertThat(BankCards.parse(Cell.text(CARD_12))).isEqualTo(Parsed.ok(CARD_12));
        assertThat(BankCards.parse(Cell.text(CARD_19))).isEqualTo(Parsed.ok(CARD_19));
        Parsed<String> tooLong = BankCards.parse(Cell.text(CARD_20));
        assertThat(tooLong.value()).isEmpty();
        assertThat(tooLong.issues()).containsExactly(Issue.error("CARD_FORMAT", "6222************6785", "20"));
    }

    @Test
    void rejectsWhatIsNotACardNumber() {
        for (String text : List.of("工行6228480012345671", "6228480O12345671", "无", "不详", "62284800123456.71")) {
            Parsed<String> parsed = BankCards.parse(Cell.text(text));
            assertThat(codes(parsed)).as(text).containsExactly("CARD_FORMAT");
            assertThat(parsed.value()).isEmpty();
        }
        assertThat(codes(BankCards.parse(new Cell(CellKind.ERROR, "#N/A")))).containsExactly("CARD_FORMAT");
        assertThat(codes(BankCards.parse(new Cell(CellKind.DATE, "2024-06-02")))).containsExactly("CARD_FORMAT");
    }

    @Test
    void messagesNeverShowTheWholeNumber() {
        Parsed<String> parsed = BankCards.parse(Cell.text("工行" + CARD_16));
        assertThat(parsed.issues().get(0).args().get(0)).isEqualTo("工行62**********5671").doesNotContain(CARD_16);
        // Short words carry no card number and are shown as written.
        assertThat(BankCards.parse(Cell.text("不详")).issues().get(0).args()).containsExactly("不详", "2");
    }

    @Test
    void numbersOfMoreThan15DigitsLostTheirTail() {
        // What Excel shows for 6222020200112345679 typed into a General cell.
        Parsed<String> parsed = BankCards.parse(new Cell(CellKind.NUMBER, "6222020200112340000"));
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.issues()).containsExactly(Issue.error("CARD_STORED_AS_NUMBER", "6222***********0000"));
        assertThat(codes(BankCards.parse(new Cell(CellKind.NUMBER, "6228480012345670")))).containsExactly("CARD_STORED_AS_NUMBER");
        assertThat(codes(BankCards.parse(Cell.text("6.22202020011234E+18")))).containsExactly("CARD_STORED_AS_NUMBER");
        assertThat(codes(BankCards.parse(new Cell(CellKind.NUMBER, "6.22202E+18")))).containsExactly("CARD_STORED_AS_NUMBER");
        // Up to 15 digits a number is exact.
        assertThat(BankCards.parse(new Cell(CellKind.NUMBER, CARD_12))).isEqualTo(Parsed.ok(CARD_12));
        assertThat(BankCards.parse(new Cell(CellKind.NUMBER, CARD_12 + ".0"))).isEqualTo(Parsed.ok(CARD_12));
    }

    @Test
    void failingLuhnLoadsWithAWarning() {
        String wrong = "6228480012345672";
        Parsed<String> parsed = BankCards.parse(Cell.text(wrong));
        assertThat(parsed.value()).contains(wrong);
        assertThat(parsed.hasError()).isFalse();
        assertThat(parsed.issues()).containsExactly(Issue.warning("CARD_LUHN", "6228********5672"));
        assertThat(parsed.issues().get(0).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void masksAllButFourDigitsAtEachEnd() {
        assertThat(BankCards.mask("6222021234567891234")).isEqualTo("6222***********1234");
        assertThat(BankCards.mask(CARD_16)).isEqualTo("6228********5671").hasSameSizeAs(CARD_16);
        assertThat(BankCards.mask(CARD_12)).isEqualTo("1234****9015");
        assertThat(BankCards.mask("123456789")).isEqualTo("1234*6789");
        assertThat(BankCards.mask("12345678")).isEqualTo("********");
        assertThat(BankCards.mask("")).isEmpty();
    }
}
