package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.model.Severity;
import bangfu.sheet.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class CreditCodesTest {
    private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** Made-up codes; their check characters were computed by hand from GB 32100's weights, not by the code under test. */
    private static final List<String> VALID = List.of("91532504MA6K0B1C2Y", "91110101MA01N8X4KF", "92532501MA6K3D4E5J",
            "81532503MA6K5F6G75", "91110105MA01ABCD39");

    private static List<String> codes(Parsed<?> parsed) {
        return parsed.issues().stream().map(Issue::code).toList();
    }

    @Test
    void acceptsValidCodesAsTypedWithSpacesOrLowerCase() {
        for (String code : VALID) {
            assertThat(CreditCodes.parse(Cell.text(code))).as(code).isEqualTo(Parsed.ok(code));
            assertThat(CreditCodes.parse(Cell.text(" " + code.toLowerCase() + " "))).isEqualTo(Parsed.ok(code));
        }
        assertThat(CreditCodes.parse(Cell.text("９１５３２５０４ＭＡ６Ｋ０Ｂ１Ｃ２Ｙ"))).isEqualTo(Parsed.ok(VALID.get(0)));
    }

    @Test
    void everyWrongCheckCharacterIsANearMiss() {
        for (String code : VALID) {
            for (char c : CHARS.toCharArray()) {
                if (c == code.charAt(17)) continue;
                Parsed<String> parsed = CreditCodes.parse(Cell.text(code.substring(0, 17) + c));
                assertThat(parsed.value()).as(code + c).isEmpty();
                assertThat(codes(parsed)).containsExactly("CREDIT_CODE_CHECK");
                assertThat(parsed.issues().get(0).args()).containsExactly(code.substring(0, 17) + c, String.valueOf(code.charAt(17)));
            }
        }
    }

    @Test
    void aSingleMistypedCharacterIsCaught() {
        String code = VALID.get(0);
        for (int pos = 0; pos < 17; pos++) {
            for (char c : CHARS.toCharArray()) {
                if (c == code.charAt(pos)) continue;
                String typo = code.substring(0, pos) + c + code.substring(pos + 1);
                assertThat(CreditCodes.parse(Cell.text(typo)).value()).as(typo).isEmpty();
            }
        }
    }

    @Test
    void wrongLengthOrLettersOutsideTheSetAreWarningsWithoutAValue() {
        for (String bad : List.of("91532504MA6K0B1C2", "91532504MA6K0B1C2YY", "91532504MA6K0B1I2Y", "91532504MA6K0B1O2Y",
                "9153250-4MA6K0B1C2Y", "组织机构代码")) {
            Parsed<String> parsed = CreditCodes.parse(Cell.text(bad));
            assertThat(parsed.value()).as(bad).isEmpty();
            assertThat(codes(parsed)).as(bad).containsExactly("CREDIT_CODE_FORMAT");
            assertThat(parsed.issues().get(0).severity()).isEqualTo(Severity.WARNING);
        }
        assertThat(CreditCodes.parse(Cell.BLANK)).isEqualTo(Parsed.empty());
    }

    @Test
    void checkCharacterAgreesWithAnIndependentComputation() {
        int[] weights = new int[17];
        for (int i = 0, w = 1; i < 17; i++, w = w * 3 % 31) weights[i] = w;
        for (String code : VALID) {
            int sum = 0;
            for (int i = 0; i < 17; i++) sum += CHARS.indexOf(code.charAt(i)) * weights[i];
            assertThat(CreditCodes.checkChar(code.substring(0, 17))).isEqualTo(CHARS.charAt((31 - sum % 31) % 31));
        }
    }
}
