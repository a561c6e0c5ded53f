package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** What COPY's text format must escape reaches the table as it was given, NULL stays NULL, numbers stay numbers. */
class CopyRowsTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    @Test
    void everyValueArrivesAsGiven() throws Exception {
        List<String> texts = List.of("", "plain", "tab\there", "line\nbreak", "cr\rhere", "back\\slash", "\\N", "张三 困难职工",
                "😀 beyond the BMP", "end\\", "é ü ß ©", "ａ全角　空格");
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE copied (n bigint, t text, b bigint)");
            CopyRows rows = new CopyRows(c, "copied", "n", "t", "b");
            for (int i = 0; i < texts.size(); i++) rows.add((long) i, texts.get(i), i % 2 == 0);
            rows.add(null, null, null);
            assertThat(rows.queued()).isEqualTo(texts.size() + 1);
            assertThat(rows.write()).isEqualTo(texts.size() + 1);
            assertThat(rows.queued()).isZero();
            List<String> back = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT n, t, b FROM copied ORDER BY n NULLS LAST")) {
                while (rs.next()) {
                    back.add(rs.getString(2));
                    if (rs.getObject(1) != null) assertThat(rs.getLong(3)).isEqualTo(rs.getLong(1) % 2 == 0 ? 1 : 0);
                    else assertThat(rs.getObject(3)).isNull();
                }
            }
            List<String> expected = new ArrayList<>(texts);
            expected.add(null);
            assertThat(back).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void numbersArriveAsTheirDigitsAndALoneSurrogateAsAQuestionMark() throws Exception {
        long[] numbers = {0, 7, -7, 10, 99, 100, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Long.MIN_VALUE};
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE numbers (n bigint, i bigint, t text)");
            CopyRows rows = new CopyRows(c, "numbers", "n", "i", "t");
            for (long n : numbers) rows.add(n, (int) n, "x\uD800y" + n);
            rows.write();
            List<String> back = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT n, i, t FROM numbers")) {
                while (rs.next()) back.add(rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3));
            }
            List<String> expected = new ArrayList<>();
            for (long n : numbers) expected.add(n + " " + (int) n + " " + new String(("x\uD800y" + n)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.UTF_8));
            assertThat(back).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void manyRowsGoInSeveralCopiesAndAllArrive() throws Exception {
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE many (n bigint, t text)");
            CopyRows rows = new CopyRows(c, "many", "n", "t");
            String wide = "宽".repeat(200);
            long sum = 0;
            int copies = 0;
            for (long i = 0; i < 20_000; i++) {
                rows.add(i, wide);
                sum += i;
                if (rows.full()) {
                    rows.write();
                    copies++;
                }
            }
            assertThat(copies).isGreaterThan(1);
            rows.write();
            try (ResultSet rs = s.executeQuery("SELECT count(*), sum(n), min(length(t)) FROM many")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(20_000);
                assertThat(rs.getLong(2)).isEqualTo(sum);
                assertThat(rs.getInt(3)).isEqualTo(200);
            }
        }
    }
}
