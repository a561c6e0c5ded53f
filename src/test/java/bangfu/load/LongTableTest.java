package bangfu.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of what a file has seen answers as a HashMap does, through every growth. */
class LongTableTest {
    @Test
    void answersAsAHashMapThroughEveryGrowth() {
        LongTable table = new LongTable();
        Map<Long, Long> expected = new HashMap<>();
        Random random = new Random(14);
        for (int i = 0; i < 300_000; i++) {
            // Keys from a narrow range repeat; a few are negative or zero.
            long key = random.nextInt(200_000) - 1_000;
            long value = random.nextLong() & Long.MAX_VALUE;
            if (random.nextBoolean()) {
                table.put(key, value);
                expected.put(key, value);
            } else {
                Long before = expected.putIfAbsent(key, value);
                assertThat(table.putIfAbsent(key, value)).isEqualTo(before == null ? LongTable.ABSENT : before);
            }
        }
        for (long key = -1_000; key < 200_000; key++) {
            Long v = expected.get(key);
            assertThat(table.get(key)).isEqualTo(v == null ? LongTable.ABSENT : v);
        }
    }

    @Test
    void keysThatCollideKeepTheirOwnValues() {
        LongTable table = new LongTable();
        // Multiples of a large power of two fall on few slots of a small table.
        for (long k = 0; k < 5_000; k++) table.put(k << 40, k);
        for (long k = 0; k < 5_000; k++) assertThat(table.get(k << 40)).isEqualTo(k);
        assertThat(table.get(5_000L << 40)).isEqualTo(LongTable.ABSENT);
    }
}
