package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcelValuesTest {
    @ParameterizedTest
    @CsvSource({
        "1.10101199003078E+17, 110101199003078000",
        "110101199003077777, 110101199003078000",
        "0.30000000000000004, 0.3",
        "1000.50, 1000.5",
        "-0, 0",
        "0.0, 0",
        "007, 7",
        "1E-3, 0.001",
        "-12.3400, -12.34",
        "123456789012345678, 123456789012346000",
        ".5, 0.5",
    })
    void numbersAsWrittenInTheXml(String xml, String shown) {
        assertThat(ExcelValues.number(xml)).isEqualTo(shown);
    }

    @Test
    void notANumber() {
        assertThat(ExcelValues.number("abc")).isNull();
        assertThat(ExcelValues.number("-")).isNull();
    }

    @Test
    void storedDoubles() {
        assertThat(ExcelValues.number(0.1 + 0.2)).isEqualTo("0.3");
        assertThat(ExcelValues.number(110101199003077777d)).isEqualTo("110101199003078000");
        assertThat(ExcelValues.number(-0.0)).isEqualTo("0");
        assertThat(ExcelValues.number(42d)).isEqualTo("42");
    }

    @ParameterizedTest
    @CsvSource({
        "1, false, 1900-01-01",
        "59, false, 1900-02-28",
        "61, false, 1900-03-01",
        "45445, false, 2024-06-02",
        "45445.354166666664, false, 2024-06-02T08:30",
        "45445.35422453704, false, 2024-06-02T08:30:05",
        "45445.99999999, false, 2024-06-03",
        "0, true, 1904-01-01",
        "43830, true, 2024-01-01",
    })
    void dateSerials(double serial, boolean date1904, String iso) {
        assertThat(ExcelValues.date(serial, date1904)).isEqualTo(iso);
    }

    @Test
    void serialsExcelCannotShowAsDatesStayNumbers() {
        assertThat(ExcelValues.date(-1, false)).isNull();
        assertThat(ExcelValues.date(3_000_000, false)).isNull();
    }

    @Test
    void dateFormats() {
        assertThat(ExcelValues.isDateFormat(14, null)).isTrue();
        assertThat(ExcelValues.isDateFormat(31, null)).isTrue(); // Chinese yyyy"年"m"月"d"日"
        assertThat(ExcelValues.isDateFormat(57, null)).isTrue();
        assertThat(ExcelValues.isDateFormat(176, "yyyy\"年\"m\"月\"d\"日\"")).isTrue();
        assertThat(ExcelValues.isDateFormat(0, null)).isFalse();
        assertThat(ExcelValues.isDateFormat(49, null)).isFalse(); // "@", text
        assertThat(ExcelValues.isDateFormat(177, "0.00_ ")).isFalse();
    }

    @Test
    void isoDatesStoredDirectly() {
        assertThat(ExcelValues.isoDate("2024-06-02T00:00:00")).isEqualTo("2024-06-02");
        assertThat(ExcelValues.isoDate("2024-06-02T08:30:00Z")).isEqualTo("2024-06-02T08:30");
        assertThat(ExcelValues.isoDate("2024-06-02")).isEqualTo("2024-06-02");
        assertThat(ExcelValues.isoDate("June")).isNull();
    }

    @Test
    void excelEscapesWereKeptLiterally() {
        assertThat(ExcelValues.unescape("李_x000D_四")).isEqualTo("李\r四");
        assertThat(ExcelValues.unescape("_x4E94__x4e94_")).isEqualTo("五五");
        // An escaped underscore keeps the rest literal, as Excel shows it.
        assertThat(ExcelValues.unescape("a_x005F_x000D_b")).isEqualTo("a_x000D_b");
        assertThat(ExcelValues.unescape("_x00D_ _xZZZZ_ _x")).isEqualTo("_x00D_ _xZZZZ_ _x");
    }
}
