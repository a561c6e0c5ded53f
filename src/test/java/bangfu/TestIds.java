package bangfu;

import bangfu.model.IdNumber;

/** Synthetic resident ID numbers with valid check digits, for fixtures. */
public final class TestIds {
    private TestIds() {
    }

    /** An ID for region 110101, the given birth date (yyyyMMdd) and sequence (3 digits, odd = male). */
    public static String id(String birth, int sequence) {
        String first17 = "110101" + birth + String.format("%03d", sequence);
        return first17 + IdNumber.checkChar(first17);
    }
}
