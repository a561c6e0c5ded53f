package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountsTest {
    @Test
    void readsWholeCounts() {
        assertThat(Counts.parse(Cell.text("3"))).isEqualTo(Parsed.ok(3));
        assertThat(Counts.parse(Cell.text("3人"))).isEqualTo(Parsed.ok(3));
        assertThat(Counts.parse(Cell.text("３ 口"))).isEqualTo(Parsed.ok(3));
        assertThat(Counts.parse(Cell.text("3.0"))).isEqualTo(Parsed.ok(3));
        assertThat(Counts.parse(new Cell(CellKind.NUMBER, "4"))).isEqualTo(Parsed.ok(4));
        assertThat(Counts.parse(Cell.text("三"))).isEqualTo(Parsed.ok(3));
        assertThat(Counts.parse(Cell.text("两人"))).isEqualTo(Parsed.ok(2));
        assertThat(Counts.parse(Cell.text("十"))).isEqualTo(Parsed.ok(10));
        assertThat(Counts.parse(Cell.text("十二"))).isEqualTo(Parsed.ok(12));
        assertThat(Counts.parse(Cell.text("0"))).isEqualTo(Parsed.ok(0));
        assertThat(Counts.parse(Cell.BLANK)).isEqualTo(Parsed.empty());
    }

    @Test
    void reportsWhatIsNotAWholeCount() {
        for (String text : List.of("3.5", "-1", "三四", "不详", "3-4", "99999999999")) {
            Parsed<Integer> parsed = Counts.parse(Cell.text(text));
            assertThat(parsed.issues()).as(text).extracting(i -> i.code()).containsExactly("COUNT_FORMAT");
            assertThat(parsed.value()).isEmpty();
        }
    }
}
