package bangfu.validate;

import bangfu.model.EthnicGroups;
import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads 民族 as one of the 56 officially recognised ethnic groups, with or without the trailing 族. */
public final class Ethnicities {
    /** The 56 groups in the order of GB/T 3304. */
    public static final List<String> ALL = EthnicGroups.ALL;
    private static final Map<String, String> BY_WORD = index();

    private Ethnicities() {
    }

    /** The official name ("汉" is 汉族); an unknown word is kept as written, with a warning. */
    public static Parsed<String> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String word = Widths.compact(cell.text());
        String official = BY_WORD.get(word);
        if (official != null) return Parsed.ok(official);
        return Parsed.warn(cell.text().strip(), Issue.warning("ETHNICITY_UNKNOWN", cell.text().strip()));
    }

    private static Map<String, String> index() {
        Map<String, String> words = new HashMap<>();
        for (String name : ALL) {
            words.put(name, name);
            words.put(name.substring(0, name.length() - 1), name);
        }
        return Map.copyOf(words);
    }
}
