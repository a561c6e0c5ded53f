package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static final LocalDate JUNE_2 = LocalDate.of(2024, 6, 2);

    private static List<String> codes(Parsed<?> parsed) {
        return parsed.issues().stream().map(Issue::code).toList();
    }

    @Test
    void readsTheWrittenForms() {
        for (String text : List.of("2024-06-02", "2024/6/2", "2024.6.2", "2024年6月2日", "2024年6月2号", "20240602",
                "２０２４年６月２日", " 2024-6-2 ", "2024-06-02 00:00:00", "2024/6/2 8:30")) {
            assertThat(Dates.parse(Cell.text(text))).as(text).isEqualTo(Parsed.ok(JUNE_2));
        }
    }

    @Test
    void readsDateCellsWithOrWithoutTime() {
        assertThat(Dates.parse(new Cell(CellKind.DATE, "2024-06-02")).value()).contains(JUNE_2);
        assertThat(Dates.parse(new Cell(CellKind.DATE, "2024-06-02T08:30")).value()).contains(JUNE_2);
    }

    @Test
    void readsExcelSerialNumbers() {
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "45445")).value()).contains(JUNE_2);
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "45445.75")).value()).contains(JUNE_2);
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "1")).value()).contains(LocalDate.of(1900, 1, 1));
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "59")).value()).contains(LocalDate.of(1900, 2, 28));
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "61")).value()).contains(LocalDate.of(1900, 3, 1));
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "2958465")).value()).contains(LocalDate.of(9999, 12, 31));
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "20240602")).value()).contains(JUNE_2);
        assertThat(codes(Dates.parse(new Cell(CellKind.NUMBER, "60")))).containsExactly("DATE_INVALID");
        assertThat(codes(Dates.parse(new Cell(CellKind.NUMBER, "0")))).containsExactly("DATE_FORMAT");
        assertThat(codes(Dates.parse(new Cell(CellKind.NUMBER, "2958466")))).containsExactly("DATE_FORMAT");
        assertThat(codes(Dates.parse(new Cell(CellKind.NUMBER, "-3")))).containsExactly("DATE_FORMAT");
    }

    @Test
    void bareYearInADateColumnIsNotADayIn1905() {
        assertThat(codes(Dates.parse(new Cell(CellKind.NUMBER, "2024")))).containsExactly("DATE_FORMAT");
        assertThat(Dates.parse(new Cell(CellKind.NUMBER, "2101")).value()).hasValueSatisfying(d -> assertThat(d.getYear()).isEqualTo(1905));
    }

    @Test
    void reportsImpossibleDatesWithoutGuessing() {
        for (String text : List.of("2024-02-30", "2023/2/29", "2024年13月1日", "20240631", "2024.6.0")) {
            Parsed<LocalDate> parsed = Dates.parse(Cell.text(text));
            assertThat(codes(parsed)).as(text).containsExactly("DATE_INVALID");
            assertThat(parsed.value()).isEmpty();
        }
    }

    @Test
    void reportsWhatIsNotADate() {
        for (String text : List.of("不详", "6/2/2024", "2024-06", "二〇二四年六月", "#N/A")) {
            assertThat(codes(Dates.parse(Cell.text(text)))).as(text).containsExactly("DATE_FORMAT");
        }
        assertThat(codes(Dates.parse(new Cell(CellKind.ERROR, "#VALUE!")))).containsExactly("DATE_FORMAT");
        assertThat(Dates.parse(Cell.BLANK)).isEqualTo(Parsed.empty());
    }

    @Test
    void readsAMonthAloneUnderAYearMonthHeader() {
        YearMonth june = YearMonth.of(2024, 6);
        for (String text : List.of("2024年6月", "2024年06月", "2024-06", "2024.6", "2024.06", "2024/6", "202406", "2024年6月份")) {
            assertThat(Dates.parseMonthOrDay(Cell.text(text))).as(text).isEqualTo(Parsed.ok(june));
        }
        assertThat(Dates.parseMonthOrDay(Cell.text("2024.1"))).as("text keeps what was typed")
                .isEqualTo(Parsed.ok(YearMonth.of(2024, 1)));
        assertThat(Dates.parseMonthOrDay(new Cell(CellKind.NUMBER, "202406"))).isEqualTo(Parsed.ok(june));
        assertThat(Dates.parseMonthOrDay(new Cell(CellKind.NUMBER, "2024.06"))).isEqualTo(Parsed.ok(june));
        assertThat(Dates.parseMonthOrDay(new Cell(CellKind.NUMBER, "2024.11"))).isEqualTo(Parsed.ok(YearMonth.of(2024, 11)));
    }

    @Test
    void aFullDateUnderAYearMonthHeaderStaysADate() {
        assertThat(Dates.parseMonthOrDay(Cell.text("2024-06-02"))).isEqualTo(Parsed.ok(JUNE_2));
        assertThat(Dates.parseMonthOrDay(new Cell(CellKind.DATE, "2024-06-02"))).isEqualTo(Parsed.ok(JUNE_2));
        assertThat(Dates.parseMonthOrDay(Cell.BLANK)).isEqualTo(Parsed.empty());
    }

    @Test
    void aMonthThatCannotBeToldIsRefused() {
        // 2024.10 typed as a number is the number 2024.1: January or October?
        assertThat(codes(Dates.parseMonthOrDay(new Cell(CellKind.NUMBER, "2024.1")))).containsExactly("DATE_MONTH_AMBIGUOUS");
        assertThat(codes(Dates.parseMonthOrDay(Cell.text("2024-13")))).containsExactly("DATE_INVALID");
        assertThat(codes(Dates.parseMonthOrDay(Cell.text("202413")))).containsExactly("DATE_INVALID");
        assertThat(codes(Dates.parseMonthOrDay(new Cell(CellKind.NUMBER, "202400")))).containsExactly("DATE_INVALID");
        assertThat(codes(Dates.parseMonthOrDay(Cell.text("2024-02-30")))).containsExactly("DATE_INVALID");
        assertThat(codes(Dates.parseMonthOrDay(Cell.text("不详")))).containsExactly("DATE_FORMAT");
    }

    @Test
    void aMonthAloneIsNoDateUnderADayHeader() {
        assertThat(codes(Dates.parse(Cell.text("2024-06")))).containsExactly("DATE_FORMAT");
    }

    @Test
    void aDateInTheYear24WasAcceptedAsWritten() {
        // Found by fuzzing (bench/fuzz.sh): eight digits with the century left off read as the year 0024.
        for (String text : new String[] {"00240506", "0024-05-06", "0024年5月6日", "1899-12-31"}) {
            Parsed<LocalDate> p = Dates.parse(Cell.text(text));
            assertThat(p.value()).as(text).isEmpty();
            assertThat(p.issues()).as(text).extracting(i -> i.code()).containsExactly("DATE_TOO_EARLY");
        }
        assertThat(Dates.parse(Cell.text("1900-01-01")).value()).contains(LocalDate.of(1900, 1, 1));
        assertThat(Dates.parseMonthOrDay(Cell.text("0024-05")).issues()).extracting(i -> i.code()).containsExactly("DATE_TOO_EARLY");
        assertThat(Dates.parseMonthOrDay(new Cell(CellKind.NUMBER, "189912")).issues()).extracting(i -> i.code())
                .containsExactly("DATE_TOO_EARLY");
    }
}
