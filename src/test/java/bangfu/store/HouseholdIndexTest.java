package bangfu.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The index of every head's latest period gives back each field as put, through every growth. */
class HouseholdIndexTest {
    @Test
    void givesBackEveryFieldAsAMapWouldThroughEveryGrowth() {
        HouseholdIndex index = new HouseholdIndex(0);
        Map<Long, HouseholdIndex.Entry> expected = new HashMap<>();
        Random random = new Random(14);
        for (int i = 0; i < 200_000; i++) {
            long head = 110_101_190_001_010_000L + random.nextInt(150_000);
            int filed = random.nextInt(5) == 0 ? HouseholdIndex.NO_DATE : random.nextInt(40_000) - 20_000;
            int ended = random.nextInt(3) == 0 ? HouseholdIndex.NO_DATE : random.nextInt(60_000);
            HouseholdIndex.Entry e = new HouseholdIndex.Entry(random.nextLong() >>> 1, 1 + random.nextInt(1000),
                    (byte) random.nextInt(256), random.nextLong(), filed, ended);
            if (random.nextInt(7) == 0) {
                index.put(head, e.rowId(), e.period(), e.status(), e.hash());
                e = new HouseholdIndex.Entry(e.rowId(), e.period(), e.status(), e.hash(), HouseholdIndex.NO_DATE,
                        HouseholdIndex.NO_DATE);
            } else {
                index.put(head, e.rowId(), e.period(), e.status(), e.hash(), e.filedOn(), e.endedOn());
            }
            expected.put(head, e);
        }
        assertThat(index.size()).isEqualTo(expected.size());
        for (long head = 110_101_190_001_010_000L; head < 110_101_190_001_160_000L; head++) {
            assertThat(index.find(head)).isEqualTo(expected.get(head));
            assertThat(index.contains(head)).isEqualTo(expected.containsKey(head));
        }
    }
}
