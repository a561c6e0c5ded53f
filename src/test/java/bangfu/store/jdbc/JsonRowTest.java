package bangfu.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A row's values read back whatever their text holds, as SQLite writes the array and as PostgreSQL does. */
class JsonRowTest {
    @ParameterizedTest
    @ValueSource(strings = {",", ", "})
    void rowsArriveWhateverTheirTextHolds(String comma) {
        JsonRow row = new JsonRow(String.join(comma, "[1", "\"a\\\"b\"", "null", "\"x\\\\y\\nz\"", "\"\\u0041北\"", "-25",
                "150.5", "\"\"", "null]"));
        assertThat(row.number()).isEqualTo(1);
        assertThat(row.text()).isEqualTo("a\"b");
        assertThat(row.number()).isEqualTo(JsonRow.NULL);
        assertThat(row.text()).isEqualTo("x\\y\nz");
        assertThat(row.text()).isEqualTo("A北");
        assertThat(row.number()).isEqualTo(-25);
        assertThat(row.text()).isEqualTo("150.5");
        assertThat(row.text()).isEmpty();
        assertThat(row.text()).isNull();
    }

    /** PostgreSQL writes a space after each comma: a region of four values is still one key, and read in full. */
    @Test
    void knownValuesSpanTheirCommas() {
        Map<JsonRow.Key, String> known = new HashMap<>();
        JsonRow row = new JsonRow("[7, \"110101\", \"北京市\", null, \"东城区\", 3]");
        assertThat(row.number()).isEqualTo(7);
        assertThat(row.known(4, known, r -> r.text() + "/" + r.text() + "/" + r.text() + "/" + r.text()))
                .isEqualTo("110101/北京市/null/东城区");
        assertThat(row.number()).isEqualTo(3);
        JsonRow again = new JsonRow("[8, \"110101\", \"北京市\", null, \"东城区\", 4]");
        again.number();
        assertThat(again.known(4, known, r -> "made twice")).isEqualTo("110101/北京市/null/东城区");
        assertThat(again.number()).isEqualTo(4);
    }
}
