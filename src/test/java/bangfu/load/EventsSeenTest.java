package bangfu.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class EventsSeenTest {
    /** Puts and gets in the given order, each checked against a HashMap of the same digests. */
    private static void agreesWithAMap(long[] households, long[] digests) {
        EventsSeen seen = new EventsSeen();
        Map<Long, Long> expected = new HashMap<>();
        for (int n = 0; n < digests.length; n++) {
            long before = seen.get(households[n], digests[n]);
            assertThat(before).as("row %d", n).isEqualTo(expected.getOrDefault(digests[n], EventsSeen.ABSENT));
            long value = before == EventsSeen.ABSENT ? n : before + 1;
            seen.put(households[n], digests[n], value);
            expected.put(digests[n], value);
        }
        for (int n = 0; n < digests.length; n++) {
            assertThat(seen.get(households[n], digests[n])).as("after all, row %d", n).isEqualTo(expected.get(digests[n]));
        }
    }

    @Test
    void aLedgerSortedByHouseholdWithRepeatsFindsEveryRepeat() {
        Random r = new Random(7);
        int rows = 200_000;
        long[] households = new long[rows];
        long[] digests = new long[rows];
        for (int n = 0; n < rows; n++) {
            households[n] = 1 + n / 5;
            // one payment in ten repeats an earlier one of the same household
            digests[n] = n % 10 == 9 ? digests[n - 1 - r.nextInt(Math.min(n, 4))] : r.nextLong();
            if (n % 10 == 9) households[n] = households[n - 1];
        }
        agreesWithAMap(households, digests);
    }

    @Test
    void oneHouseholdWithThousandsOfRowsOverflowsItsWindowAndStillFindsThem() {
        Random r = new Random(11);
        int rows = 50_000;
        long[] households = new long[rows];
        long[] digests = new long[rows];
        for (int n = 0; n < rows; n++) {
            households[n] = n % 3 == 0 ? 42 : 1 + r.nextInt(1000);
            digests[n] = n > 10 && n % 7 == 0 ? digests[r.nextInt(n)] : r.nextLong();
            if (n > 10 && n % 7 == 0) households[n] = households[indexOf(digests, digests[n], n)];
        }
        agreesWithAMap(households, digests);
    }

    @Test
    void householdsInRandomOrderAndFarApartAgreeWithAMapThroughEveryGrowth() {
        Random r = new Random(13);
        int rows = 300_000;
        long[] households = new long[rows];
        long[] digests = new long[rows];
        for (int n = 0; n < rows; n++) {
            boolean repeat = n > 0 && r.nextInt(4) == 0;
            int of = repeat ? r.nextInt(n) : n;
            households[n] = repeat ? households[of] : r.nextInt(2_000_000_000) * 8L;
            digests[n] = repeat ? digests[of] : r.nextLong();
        }
        agreesWithAMap(households, digests);
    }

    private static int indexOf(long[] digests, long digest, int before) {
        for (int i = 0; i < before; i++) if (digests[i] == digest) return i;
        throw new IllegalStateException();
    }
}
