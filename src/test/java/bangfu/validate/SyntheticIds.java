package bangfu.validate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Makes valid, made-up ID numbers for tests, computing the check character independently of the code under test. */
final class SyntheticIds {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private SyntheticIds() {
    }

    static String id(String region, LocalDate birth, int sequence) {
        String first17 = region + birth.format(DateTimeFormatter.BASIC_ISO_DATE) + String.format("%03d", sequence);
        return first17 + check(first17);
    }

    /** A valid ID whose check character is the given one. */
    static String idEndingIn(String region, LocalDate birth, char wanted) {
        for (int seq = 0; seq < 1000; seq++) {
            String id = id(region, birth, seq);
            if (id.charAt(17) == wanted) return id;
        }
        throw new AssertionError("no sequence gives " + wanted);
    }

    static char check(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += Character.getNumericValue(first17.charAt(i)) * WEIGHTS[i];
        return "10X98765432".charAt(sum % 11);
    }
}
