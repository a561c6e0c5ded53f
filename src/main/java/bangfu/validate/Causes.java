package bangfu.validate;

import bangfu.model.Cause;
import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.model.Severity;
import bangfu.sheet.Cell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads a cell that lists causes of hardship, such as "因病、因学" or "下岗失业/子女上学". */
public final class Causes {
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/／|\\s\\u3000]+");
    private static final String COLUMN = "致困原因";

    private Causes() {
    }

    public static Parsed<List<Cause>> parseList(Cell cell) {
        return parseList(cell, COLUMN, Map.of());
    }

    /**
     * The causes in the order written, each once. Words run together without a separator ("因病因残") are
     * split when every piece is a known word.
     */
    public static Parsed<List<Cause>> parseList(Cell cell, String column, Map<String, Cause> aliases) {
        if (cell.isBlank()) return Parsed.empty();
        Set<Cause> causes = new LinkedHashSet<>();
        List<Issue> issues = new ArrayList<>();
        for (String word : SEPARATORS.split(Widths.toHalfWidth(cell.text()).strip())) {
            if (word.isEmpty()) continue;
            Parsed<Cause> one = Choices.CAUSE.parseWord(word, column, aliases);
            if (one.value().isPresent()) {
                causes.add(one.value().get());
                issues.addAll(one.issues());
                continue;
            }
            Optional<List<Cause>> pieces = runTogether(word, column, aliases);
            if (pieces.isPresent()) causes.addAll(pieces.get());
            else issues.addAll(one.issues());
        }
        boolean failed = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        return new Parsed<>(failed ? Optional.empty() : Optional.of(List.copyOf(causes)), issues);
    }

    private static Optional<List<Cause>> runTogether(String word, String column, Map<String, Cause> aliases) {
        Parsed<Cause> whole = Choices.CAUSE.parseWord(word, column, aliases);
        if (whole.value().isPresent() && whole.issues().isEmpty()) return Optional.of(List.of(whole.value().get()));
        for (int end = word.length() - 1; end >= 2; end--) {
            Parsed<Cause> head = Choices.CAUSE.parseWord(word.substring(0, end), column, aliases);
            if (head.value().isEmpty() || !head.issues().isEmpty()) continue;
            Optional<List<Cause>> rest = runTogether(word.substring(end), column, aliases);
            if (rest.isPresent()) {
                List<Cause> all = new ArrayList<>();
                all.add(head.value().get());
                all.addAll(rest.get());
                return Optional.of(all);
            }
        }
        return Optional.empty();
    }
}
