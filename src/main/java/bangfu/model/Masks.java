package bangfu.model;

/** Masks personal numbers for output: ID and card numbers keep 4 characters at each end, phones 3 and 4. */
public final class Masks {
    private Masks() {
    }

    /** ID and card numbers, also ones that failed to read as such: {@code 5101**********123X}. */
    public static String middle(String text) {
        String t = text.strip();
        if (t.length() <= 8) return "*".repeat(t.length());
        return t.substring(0, 4) + "*".repeat(t.length() - 8) + t.substring(t.length() - 4);
    }

    /** All digits but the first three and the last four hidden: 138****5678, 010-****5678. */
    public static String phone(String phone) {
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(phone.length());
        int seen = 0;
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= 3 || seen > digits - 4 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
