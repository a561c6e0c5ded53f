package bangfu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The findings only counted keep each cell in one long: these tests unpack what was packed. */
class UnlistedFindingsTest {
    @Test
    void cellsComeBackInRowAndColumnOrderWithTheirSeverity() {
        UnlistedFindings.Builder b = new UnlistedFindings.Builder(20_000);
        b.add("花名册", "ID_CHECK_DIGIT", Severity.ERROR, 1_048_576, 16_383);
        b.add("花名册", "PHONE_FORMAT", Severity.WARNING, 7, 3);
        b.add("花名册", "ID_CHECK_DIGIT", Severity.ERROR, 7, 3);
        b.add("花名册", "ROW_REPEATED", Severity.WARNING, 5, -1);
        b.add("成员", "ID_CHECK_DIGIT", Severity.ERROR, 0, -1);
        UnlistedFindings u = b.build();

        assertThat(u.cells().keySet()).containsExactly("花名册", "成员");
        assertThat(read(u.cells().get("花名册"))).containsExactly("5:-1:WARNING", "7:3:ERROR", "7:3:WARNING", "1048576:16383:ERROR");
        UnlistedFindings.Reader members = u.cells().get("成员").reader();
        assertThat(List.of(members.row(), members.column())).containsExactly(0, -1);
        members.advance();
        assertThat(members.hasNext()).isFalse();
        assertThatThrownBy(members::row).isInstanceOf(NoSuchElementException.class);
    }

    /** Blocks sorted one by one are read as one sorted sequence, whatever order the cells came in. */
    @Test
    void cellsAddedOutOfOrderAcrossManyBlocksAreReadInOrder() {
        UnlistedFindings.Builder b = new UnlistedFindings.Builder(1);
        int n = 300_000;
        List<Integer> rows = new ArrayList<>();
        for (int r = 1; r <= n; r++) rows.add(r);
        java.util.Collections.shuffle(rows, new Random(11));
        for (int r : rows) b.add("s", "E", Severity.ERROR, r, r % 7 - 1);
        List<String> read = read(b.build().cells().get("s"));
        assertThat(read).hasSize(n);
        for (int r = 1; r <= n; r++) assertThat(read.get(r - 1)).isEqualTo(r + ":" + (r % 7 - 1) + ":ERROR");
    }

    private static List<String> read(UnlistedFindings.Cells cells) {
        List<String> out = new ArrayList<>();
        for (UnlistedFindings.Reader r = cells.reader(); r.hasNext(); r.advance()) out.add(r.row() + ":" + r.column() + ":" + r.severity());
        return out;
    }

    @Test
    void countsPerCodeSheetAndSeverityAgreeWithTheCells() {
        UnlistedFindings.Builder b = new UnlistedFindings.Builder(3);
        Random random = new Random(5);
        long[] expected = new long[4]; // sheet A errors, A warnings, B errors, B warnings
        for (int i = 0; i < 100_000; i++) {
            boolean a = random.nextBoolean();
            boolean error = random.nextInt(3) > 0;
            b.add(a ? "A" : "B", error ? "E" : "W", error ? Severity.ERROR : Severity.WARNING, random.nextInt(1 << 20), random.nextInt(30));
            expected[(a ? 0 : 2) + (error ? 0 : 1)]++;
        }
        UnlistedFindings u = b.build();
        assertThat(u.keptPerCode()).isEqualTo(3);
        assertThat(u.count()).isEqualTo(100_000);
        assertThat(u.count("A", Severity.ERROR)).isEqualTo(expected[0]);
        assertThat(u.count("A", Severity.WARNING)).isEqualTo(expected[1]);
        assertThat(u.count("B", Severity.ERROR)).isEqualTo(expected[2]);
        assertThat(u.count("B", Severity.WARNING)).isEqualTo(expected[3]);
        assertThat(u.count("C", Severity.ERROR)).isZero();
        assertThat(u.count(Severity.ERROR)).isEqualTo(expected[0] + expected[2]);
        assertThat(u.counts()).extracting(UnlistedFindings.Count::code).containsExactlyInAnyOrder("E", "W");
        for (UnlistedFindings.Cells c : u.cells().values()) {
            long previous = -1;
            int n = 0;
            for (UnlistedFindings.Reader r = c.reader(); r.hasNext(); r.advance(), n++) {
                long cell = (long) r.row() << 20 | r.column();
                assertThat(cell).isGreaterThanOrEqualTo(previous);
                previous = cell;
            }
            assertThat(n).isEqualTo(c.size());
        }
        assertThat(UnlistedFindings.NONE.isEmpty()).isTrue();
    }
}
