package bangfu.validate;

import bangfu.model.Cause;
import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Reads a cell that lists causes of hardship, such as "因病、因学" or "下岗失业/子女上学". */
public final class Causes {
    static final Pattern SEPARATORS = Pattern.compile("[、，,;；/／|\\s\\u3000]+");
    private static final String COLUMN = "致困原因";

    /** One piece of a causes cell: the word it is, or null for a piece no vocabulary knows. */
    record Piece(String text, Vocabulary.Word<Cause> word) {
    }

    private Causes() {
    }

    /** The causes of a cell in the order written, each once; an unknown piece is the error {@code VALUE_UNKNOWN}. */
    public static Parsed<List<Cause>> parseList(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        Set<Cause> causes = new LinkedHashSet<>();
        List<Issue> issues = new ArrayList<>();
        for (Piece p : pieces(cell.text(), Choices.CAUSE::find)) {
            if (p.word() != null) causes.add(p.word().code());
            else issues.add(Choices.CAUSE.unknown(COLUMN, p.text()));
        }
        return new Parsed<>(issues.isEmpty() ? Optional.of(List.copyOf(causes)) : Optional.empty(), issues);
    }

    /**
     * The pieces of a cell, split at separators. Words run together without a separator ("因病因残") are split
     * when every piece is a known word.
     */
    static List<Piece> pieces(String text, Function<String, Vocabulary.Word<Cause>> lookup) {
        List<Piece> out = new ArrayList<>();
        for (String word : split(Widths.toHalfWidth(text).strip())) {
            Vocabulary.Word<Cause> one = lookup.apply(word);
            if (one != null) {
                out.add(new Piece(word, one));
                continue;
            }
            Optional<List<Piece>> together = runTogether(word, lookup);
            if (together.isPresent()) out.addAll(together.get());
            else out.add(new Piece(word, null));
        }
        return out;
    }

    /**
     * The words between separators, as {@code SEPARATORS.split} gives them less the empty ones, without a regex:
     * this runs for every row of a roster.
     */
    static List<String> split(String text) {
        int from = 0;
        while (from < text.length() && isSeparator(text.charAt(from))) from++;
        int to = from;
        while (to < text.length() && !isSeparator(text.charAt(to))) to++;
        if (to == text.length()) return from == to ? List.of() : List.of(from == 0 ? text : text.substring(from));
        List<String> words = new ArrayList<>(4);
        while (from < text.length()) {
            words.add(text.substring(from, to));
            from = to;
            while (from < text.length() && isSeparator(text.charAt(from))) from++;
            to = from;
            while (to < text.length() && !isSeparator(text.charAt(to))) to++;
        }
        return words;
    }

    /** The characters of {@link #SEPARATORS}. */
    private static boolean isSeparator(char c) {
        return switch (c) {
            case '、', '，', ',', ';', '；', '/', '／', '|', '\u3000' -> true;
            default -> c == ' ' || (c >= '\t' && c <= '\r');
        };
    }

    private static Optional<List<Piece>> runTogether(String word, Function<String, Vocabulary.Word<Cause>> lookup) {
        Vocabulary.Word<Cause> whole = lookup.apply(word);
        if (whole != null) return Optional.of(List.of(new Piece(word, whole)));
        for (int end = word.length() - 1; end >= 2; end--) {
            Vocabulary.Word<Cause> head = lookup.apply(word.substring(0, end));
            if (head == null) continue;
            Optional<List<Piece>> rest = runTogether(word.substring(end), lookup);
            if (rest.isPresent()) {
                List<Piece> all = new ArrayList<>();
                all.add(new Piece(word.substring(0, end), head));
                all.addAll(rest.get());
                return Optional.of(all);
            }
        }
        return Optional.empty();
    }
}
