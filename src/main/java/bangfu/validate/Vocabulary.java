package bangfu.validate;

import static java.util.Objects.requireNonNull;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words accepted for one closed set of values, with the variants people actually type; immutable.
 * Words are compared half-width, without spaces and ignoring the case of Latin letters.
 */
public final class Vocabulary<V> {
    private final Map<String, V> words;
    private final Map<String, V> legacy;
    private final String legacyWarning;
    private final List<String> accepted;

    private Vocabulary(Map<String, V> words, Map<String, V> legacy, String legacyWarning, List<String> accepted) {
        this.words = Map.copyOf(words);
        this.legacy = Map.copyOf(legacy);
        this.legacyWarning = legacyWarning;
        this.accepted = List.copyOf(accepted);
    }

    public static <V> Builder<V> builder() {
        return new Builder<>();
    }

    /** The official words, for messages and help. */
    public List<String> accepted() {
        return accepted;
    }

    /** The value of a cell; {@code column} is the header label shown in messages. */
    public Parsed<V> parse(Cell cell, String column) {
        return parse(cell, column, Map.of());
    }

    /**
     * The value of a cell, consulting {@code aliases} (user-supplied words from configuration) first.
     * An unknown word is an error {@code VALUE_UNKNOWN}; a legacy word loads with a warning.
     */
    public Parsed<V> parse(Cell cell, String column, Map<String, V> aliases) {
        if (cell.isBlank()) return Parsed.empty();
        return parseWord(cell.text(), column, aliases);
    }

    /** Like {@link #parse(Cell, String, Map)} for one word already cut out of a cell. */
    public Parsed<V> parseWord(String text, String column, Map<String, V> aliases) {
        String key = key(text);
        for (Map.Entry<String, V> alias : aliases.entrySet()) {
            if (key(alias.getKey()).equals(key)) return Parsed.ok(alias.getValue());
        }
        V value = words.get(key);
        if (value != null) return Parsed.ok(value);
        value = legacy.get(key);
        if (value != null) return Parsed.warn(value, Issue.warning(legacyWarning, column, text.strip(), accepted.get(
                indexOfOfficial(value))));
        return Parsed.fail(Issue.error("VALUE_UNKNOWN", column, text.strip(), String.join("、", accepted)));
    }

    /** The form in which words are compared. */
    static String key(String text) {
        return Widths.compact(text).toLowerCase(Locale.ROOT);
    }

    private int indexOfOfficial(V value) {
        int i = 0;
        for (String word : accepted) {
            if (value.equals(words.get(key(word)))) return i;
            i++;
        }
        throw new IllegalStateException("legacy word for a value without an official word");
    }

    /** Collects the words of a vocabulary; the first word given for a value is its official one. */
    public static final class Builder<V> {
        private final Map<String, V> words = new LinkedHashMap<>();
        private final Map<String, V> legacy = new LinkedHashMap<>();
        private final List<String> accepted = new ArrayList<>();
        private String legacyWarning;

        private Builder() {
        }

        /** The official word for {@code value} followed by its accepted variants. */
        public Builder<V> add(V value, String official, String... variants) {
            requireNonNull(value, "value");
            accepted.add(official);
            put(words, official, value);
            for (String variant : variants) put(words, variant, value);
            return this;
        }

        /** Variants that are accepted without being listed as official words. */
        public Builder<V> also(V value, String... variants) {
            for (String variant : variants) put(words, variant, value);
            return this;
        }

        /** Outdated words that still load, with a warning naming the current word. */
        public Builder<V> legacy(String warningCode, V value, String... oldWords) {
            legacyWarning = warningCode;
            for (String word : oldWords) put(legacy, word, value);
            return this;
        }

        public Vocabulary<V> build() {
            return new Vocabulary<>(words, legacy, legacyWarning, accepted);
        }

        private static <V> void put(Map<String, V> map, String word, V value) {
            V before = map.putIfAbsent(key(word), value);
            if (before != null && !before.equals(value)) {
                throw new IllegalArgumentException("word " + word + " means both " + before + " and " + value);
            }
        }
    }
}
