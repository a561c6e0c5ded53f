package bangfu.validate;

/** Masks text that may be an ID or card number but failed to read as one: keeps 4 characters at each end. */
public final class Masks {
    private Masks() {
    }

    public static String middle(String text) {
        String t = text.strip();
        if (t.length() <= 8) return "*".repeat(t.length());
        return t.substring(0, 4) + "*".repeat(t.length() - 8) + t.substring(t.length() - 4);
    }
}
