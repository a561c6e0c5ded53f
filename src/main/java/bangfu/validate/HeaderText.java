package bangfu.validate;

import java.util.Locale;
import java.util.regex.Pattern;

/** How a header cell is compared: "身份证号码*", "身份证\n号码" and "身份证号码（必填）" are one header. */
public final class HeaderText {
    private static final Pattern BRACKETS = Pattern.compile("[(（\\[【][^)）\\]】]*[)）\\]】]");
    private static final Pattern NOISE = Pattern.compile("[\\s*＊:：#№]");

    private HeaderText() {
    }

    public static String normalise(String header) {
        String half = Widths.toHalfWidth(header);
        String noBrackets = BRACKETS.matcher(half).replaceAll("");
        // A header that is nothing but a bracket, "(元)", keeps its text rather than vanishing.
        String base = noBrackets.isBlank() ? half : noBrackets;
        return NOISE.matcher(base).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The header as shown in findings: one line, trimmed. */
    public static String display(String header) {
        return header.replaceAll("\\s+", " ").strip();
    }
}
