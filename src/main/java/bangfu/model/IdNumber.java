package bangfu.model;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An 18-character resident ID number (GB 11643) whose check digit and birth date are valid; prints
 * masked so that it never leaks into logs or messages.
 *
 * @param value canonical form: 17 digits then a digit or upper-case X
 */
public record IdNumber(String value) {
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARS = "10X98765432";
    private static final long BODY_LIMIT = 100_000_000_000_000_000L; // 10^17

    public IdNumber {
        requireNonNull(value, "value");
        if (!isForm(value)) throw new IllegalArgumentException("not an 18-character ID number");
        if (checkCharOfFirst17(value) != value.charAt(17)) {
            throw new IllegalArgumentException("wrong check digit");
        }
        try {
            birthDateOf(value);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("impossible birth date", e);
        }
    }

    /** The GB 11643 check character for the first 17 digits. */
    public static char checkChar(String first17) {
        if (!isDigits(first17, 17)) throw new IllegalArgumentException("need 17 digits");
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** The check character for the first 17 characters of a text already known to be of the 18-character form. */
    public static char checkCharOfFirst17(String form) {
        int sum = 0;
        for (int i = 0; i < 17; i++) sum += (form.charAt(i) - '0') * WEIGHTS[i];
        return CHECK_CHARS.charAt(sum % 11);
    }

    /** True for 17 ASCII digits followed by an ASCII digit or X: what {@code \d{17}[\dX]} matches. */
    public static boolean isForm(String text) {
        if (text.length() != 18) return false;
        for (int i = 0; i < 17; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        char last = text.charAt(17);
        return (last >= '0' && last <= '9') || last == 'X';
    }

    private static boolean isDigits(String text, int length) {
        if (text.length() != length) return false;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** First four and last four characters with ten stars between, e.g. {@code 5101**********123X}. */
    public String masked() {
        return value.substring(0, 4) + "**********" + value.substring(14);
    }

    public LocalDate birthDate() {
        return birthDateOf(value);
    }

    /** Odd 17th digit: male; even: female. */
    public Gender gender() {
        return (value.charAt(16) - '0') % 2 == 1 ? Gender.MALE : Gender.FEMALE;
    }

    /** The six-digit administrative division code of the place of first registration. */
    public String regionCode() {
        return value.substring(0, 6);
    }

    /** Lossless packing for compact in-memory indexes: the 17 digits times 11 plus the check value 0–10. */
    public long asLong() {
        long body = 0;
        for (int i = 0; i < 17; i++) body = body * 10 + (value.charAt(i) - '0');
        char check = value.charAt(17);
        return body * 11 + (check == 'X' ? 10 : check - '0');
    }

    public static IdNumber fromLong(long packed) {
        if (packed < 0 || packed / 11 >= BODY_LIMIT) throw new IllegalArgumentException("not a packed ID number");
        long body = packed / 11;
        int check = (int) (packed % 11);
        return new IdNumber(String.format("%017d", body) + (check == 10 ? 'X' : (char) ('0' + check)));
    }

    @Override
    public String toString() {
        return masked();
    }

    private static LocalDate birthDateOf(String value) {
        // digits by hand: this runs for every ID read, and substrings would cost three strings each time
        return LocalDate.of(digits(value, 6, 10), digits(value, 10, 12), digits(value, 12, 14));
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (value.charAt(i) - '0');
        return n;
    }
}
