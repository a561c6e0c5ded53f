package bangfu.validate;

import static bangfu.validate.SyntheticIds.id;
import static bangfu.validate.SyntheticIds.idEndingIn;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Gender;
import bangfu.model.IdNumber;
import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.model.Severity;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IdNumbersTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final List<String> VALID = List.of(
            id("110101", LocalDate.of(1990, 3, 7), 123),
            id("310104", LocalDate.of(1975, 12, 31), 48),
            id("440305", LocalDate.of(2000, 2, 29), 7),
            idEndingIn("110101", LocalDate.of(1968, 7, 1), 'X'),
            idEndingIn("310104", LocalDate.of(1959, 1, 15), 'X'),
            idEndingIn("440305", LocalDate.of(1983, 10, 9), 'X'),
            idEndingIn("440305", LocalDate.of(1983, 10, 9), '0'));

    private static Parsed<IdNumber> parse(String text) {
        return IdNumbers.parse(Cell.text(text), TODAY);
    }

    private static Parsed<IdNumber> number(String text) {
        return IdNumbers.parse(new Cell(CellKind.NUMBER, text), TODAY);
    }

    private static List<String> codes(Parsed<?> parsed) {
        return parsed.issues().stream().map(Issue::code).toList();
    }

    @Test
    void acceptsValidIds() {
        for (String valid : VALID) {
            Parsed<IdNumber> parsed = parse(valid);
            assertThat(parsed.issues()).as(valid).isEmpty();
            assertThat(parsed.value()).contains(new IdNumber(valid));
        }
    }

    @Test
    void rejectsEverySingleDigitSubstitutionAndEveryWrongCheckCharacter() {
        for (String valid : VALID) {
            for (int pos = 0; pos < 17; pos++) {
                for (char d = '0'; d <= '9'; d++) {
                    if (d == valid.charAt(pos)) continue;
                    String typo = valid.substring(0, pos) + d + valid.substring(pos + 1);
                    Parsed<IdNumber> parsed = parse(typo);
                    assertThat(parsed.value()).as(typo).isEmpty();
                    assertThat(parsed.hasError()).as(typo).isTrue();
                }
            }
            for (char check : "0123456789X".toCharArray()) {
                if (check == valid.charAt(17)) continue;
                String typo = valid.substring(0, 17) + check;
                assertThat(parse(typo).value()).as(typo).isEmpty();
                assertThat(codes(parse(typo))).as(typo).containsAnyOf("ID_CHECK_DIGIT", "ID_STORED_AS_NUMBER");
            }
        }
    }

    @Test
    void reportsAWrongCheckDigitAsSuch() {
        String valid = id("110101", LocalDate.of(1990, 3, 7), 123);
        String typo = valid.substring(0, 15) + (valid.charAt(15) == '5' ? '6' : '5') + valid.substring(16);
        Parsed<IdNumber> parsed = parse(typo);
        assertThat(codes(parsed)).containsExactly("ID_CHECK_DIGIT");
        assertThat(parsed.issues().get(0).args()).noneMatch(arg -> arg.contains(typo));
    }

    @Test
    void acceptsLowerCaseXFullWidthAndSpaces() {
        String withX = VALID.get(3);
        String lower = withX.substring(0, 17) + "x";
        assertThat(parse(lower).value()).contains(new IdNumber(withX));
        assertThat(parse(lower).issues()).isEmpty();
        StringBuilder fullWidth = new StringBuilder();
        for (char c : withX.toCharArray()) fullWidth.append((char) (c + 0xFEE0));
        assertThat(parse("\u3000" + fullWidth + " ").value()).contains(new IdNumber(withX));
        String spaced = withX.substring(0, 6) + " " + withX.substring(6, 14) + "-" + withX.substring(14);
        assertThat(parse(spaced).value()).contains(new IdNumber(withX));
        assertThat(parse("'" + withX).value()).contains(new IdNumber(withX));
    }

    @Test
    void converts15DigitsTo18WithAWarning() {
        // 11010119900307123: weighted sum 174, 174 mod 11 = 9, "10X98765432"[9] = '3'.
        Parsed<IdNumber> parsed = parse("110101900307123");
        assertThat(parsed.value()).contains(new IdNumber("110101199003071233"));
        assertThat(parsed.issues()).containsExactly(Issue.warning("ID_CONVERTED_FROM_15", "1101**********1233"));
        assertThat(IdNumbers.convert15("110101900307123")).isEqualTo("110101199003071233");
    }

    @Test
    void reportsImpossibleFutureAndAncientBirthDates() {
        for (String date : List.of("19900230", "20270101", "18991231", "19901301")) {
            String first17 = "110101" + date + "123";
            Parsed<IdNumber> parsed = parse(first17 + SyntheticIds.check(first17));
            assertThat(codes(parsed)).as(date).containsExactly("ID_BIRTH_DATE");
            assertThat(parsed.value()).isEmpty();
        }
    }

    @Test
    void reportsImplausibleProvinceCodes() {
        for (String region : List.of("000000", "190101", "660101", "840101", "990101")) {
            Parsed<IdNumber> parsed = parse(id(region, LocalDate.of(1990, 1, 1), 1));
            assertThat(codes(parsed)).as(region).containsExactly("ID_REGION");
        }
        assertThat(parse(id("810000", LocalDate.of(1990, 1, 1), 1)).issues()).isEmpty();
    }

    @Test
    void reportsWrongLengthAndOtherCharacters() {
        assertThat(codes(parse("11010119900307123"))).containsExactly("ID_FORMAT");
        assertThat(codes(parse("1101011990030712345"))).containsExactly("ID_FORMAT");
        assertThat(codes(parse("11010119900307123A"))).containsExactly("ID_FORMAT");
        assertThat(codes(parse("不详"))).containsExactly("ID_FORMAT");
        assertThat(parse("1101011990030712345").issues().get(0).args().get(0)).isEqualTo("1101***********2345");
    }

    @Test
    void blankIsEmptyWithoutIssues() {
        assertThat(parse("")).isEqualTo(Parsed.empty());
        assertThat(parse(" \u3000")).isEqualTo(Parsed.empty());
        assertThat(IdNumbers.parse(Cell.BLANK, TODAY)).isEqualTo(Parsed.empty());
    }

    @Test
    void reportsIdsThatExcelStoredAsNumbers() {
        // 110101199003077777 typed as a number keeps 15 significant digits.
        assertThat(codes(number("110101199003078000"))).containsExactly("ID_STORED_AS_NUMBER");
        assertThat(number("110101199003078000").issues().get(0).severity()).isEqualTo(Severity.ERROR);
        assertThat(codes(parse("1.10101E+17"))).containsExactly("ID_STORED_AS_NUMBER");
        assertThat(codes(parse("110101199003078000"))).containsExactly("ID_STORED_AS_NUMBER");
        assertThat(codes(number("1.10101E+17"))).containsExactly("ID_STORED_AS_NUMBER");
    }

    @Test
    void readsAFifteenDigitNumberExactly() {
        Parsed<IdNumber> parsed = number("110101900307123");
        assertThat(parsed.value()).contains(new IdNumber("110101199003071233"));
        assertThat(parsed.issues()).containsExactly(Issue.warning("ID_STORED_AS_NUMBER_15", "1101**********1233"));
    }

    @Test
    void crossChecksGenderAndBirthDate() {
        IdNumber male = new IdNumber("110101199003071233");
        assertThat(IdNumbers.crossCheck(male, Optional.of(Gender.MALE), Optional.of(LocalDate.of(1990, 3, 7))))
                .isEmpty();
        assertThat(IdNumbers.crossCheck(male, Optional.empty(), Optional.empty())).isEmpty();
        List<Issue> issues = IdNumbers.crossCheck(male, Optional.of(Gender.FEMALE), Optional.of(LocalDate.of(1990, 7, 3)));
        assertThat(issues).extracting(Issue::code).containsExactly("ID_GENDER_MISMATCH", "ID_BIRTH_MISMATCH");
        assertThat(issues).allMatch(i -> i.severity() == Severity.ERROR);
        assertThat(issues).flatExtracting(Issue::args).noneMatch(arg -> arg.contains("110101199003071233"));
    }

    @Test
    void foreignersPermanentResidenceCardOf2023IsAnIdNumber() {
        // 9, issued in Shandong (37), nationality 704 (Viet Nam), born 1982-03-15, sequence 002 (even: female).
        String card = id("937704", LocalDate.of(1982, 3, 15), 2);
        Parsed<IdNumber> parsed = parse(card);
        assertThat(parsed.issues()).as(card).isEmpty();
        IdNumber id = parsed.value().orElseThrow();
        assertThat(id.birthDate()).isEqualTo(LocalDate.of(1982, 3, 15));
        assertThat(id.gender()).isEqualTo(Gender.FEMALE);
        // a hand-computed one: 9 53 704 19820315 002 and check digit 0
        assertThat(parse("953704198203150020").issues()).isEmpty();
        for (String province : List.of("911", "931", "944", "953", "965")) {
            assertThat(parse(id(province + "704", LocalDate.of(1990, 1, 1), 3)).issues()).as(province).isEmpty();
        }
    }

    @Test
    void foreignersCardNearMisses() {
        String card = "953704198203150020";
        for (char c = '0'; c <= '9'; c++) {
            if (c == '0') continue;
            assertThat(codes(parse(card.substring(0, 17) + c))).as("check " + c).containsExactly("ID_CHECK_DIGIT");
        }
        assertThat(codes(parse(card.substring(0, 17) + "X"))).containsExactly("ID_CHECK_DIGIT");
        // 9 then a province that does not exist (99), or Hong Kong (81): foreigners' cards are issued on the mainland.
        assertThat(codes(parse(id("999704", LocalDate.of(1982, 3, 15), 2)))).containsExactly("ID_REGION");
        assertThat(codes(parse(id("981704", LocalDate.of(1982, 3, 15), 2)))).containsExactly("ID_REGION");
        assertThat(parse(id("999704", LocalDate.of(1982, 3, 15), 2)).issues().get(0).args()).contains("999");
        String feb30 = "95370419820230002";
        assertThat(codes(parse(feb30 + SyntheticIds.check(feb30)))).contains("ID_BIRTH_DATE");
    }

    @Test
    void residencePermitsOfHongKongMacaoAndTaiwanStayValid() {
        for (String permit : List.of("810000198501010010", "820000198501010047", "830000198501010022")) {
            assertThat(parse(permit).issues()).as(permit).isEmpty();
        }
        assertThat(codes(parse(id("840000", LocalDate.of(1985, 1, 1), 1)))).containsExactly("ID_REGION");
    }

    @Test
    void aBirthMonthAloneIsComparedWithTheIdsMonth() {
        IdNumber id = new IdNumber(id("110101", LocalDate.of(1990, 3, 7), 123));
        assertThat(IdNumbers.crossCheck(id, Optional.empty(), Optional.of(java.time.YearMonth.of(1990, 3)))).isEmpty();
        assertThat(IdNumbers.crossCheck(id, Optional.empty(), Optional.of(java.time.YearMonth.of(1990, 4))))
                .extracting(Issue::code).containsExactly("ID_BIRTH_MISMATCH");
    }
}
