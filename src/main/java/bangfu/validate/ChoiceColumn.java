package bangfu.validate;

import bangfu.model.Reading;
import bangfu.model.ValueReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one closed-set column of a sheet: its vocabulary with the union's own spellings, what a word the
 * vocabulary does not know becomes, and a tally of every word read as something other than its official
 * form, for the one-line-per-mapping summary, as the file types it. Only words that are not official are
 * tallied, so the common case costs one look-up per cell, as before.
 */
final class ChoiceColumn<V> {
    private final Vocabulary<V> vocabulary;
    private final int index;
    private final String header;
    private final boolean unknownAsOther;
    private final boolean summarised;
    /** Word → how it was first typed; identity, because every word is one instance of its vocabulary. */
    private final Map<Vocabulary.Word<V>, Tally<V>> met = new IdentityHashMap<>();
    /** The same word typed differently (县（市）级 and 县(市)级): one line each, as the file writes them. */
    private final Map<String, Tally<V>> variants = new HashMap<>();
    private final List<Tally<V>> order = new ArrayList<>();
    private final Map<String, Vocabulary.Word<V>> unknown = new HashMap<>();

    /**
     * @param unknownAsOther the policy keeps a word no vocabulary knows as 其他, with its wording
     * @param summarised     whether the column's words are tallied for the summary; 有 for 是 in a 有无 column says nothing
     */
    ChoiceColumn(Vocabulary<V> vocabulary, int index, String header, boolean unknownAsOther, boolean summarised) {
        if (unknownAsOther && vocabulary.other().isEmpty()) throw new IllegalArgumentException(header + " has no 其他");
        this.vocabulary = vocabulary;
        this.index = index;
        this.header = header;
        this.unknownAsOther = unknownAsOther;
        this.summarised = summarised;
    }

    Vocabulary<V> vocabulary() {
        return vocabulary;
    }

    int index() {
        return index;
    }

    String header() {
        return header;
    }

    /** The word a cell's text is, counted on {@code row}; null for an unknown word the policy refuses. */
    Vocabulary.Word<V> read(String text, int row) {
        return resolve(vocabulary.find(text), text, row);
    }

    /** Like {@link #read} for a piece already looked up ({@code found} null when the vocabulary does not know it). */
    Vocabulary.Word<V> resolve(Vocabulary.Word<V> found, String text, int row) {
        Vocabulary.Word<V> w = found;
        if (w == null) {
            if (!unknownAsOther) return null;
            w = unknown.computeIfAbsent(Vocabulary.key(text), k -> new Vocabulary.Word<>(Widths.compact(text),
                    vocabulary.other().orElseThrow(), Reading.UNKNOWN_AS_OTHER, ""));
        }
        if (summarised && w.reading() != Reading.OFFICIAL) tally(w, text.strip(), row);
        return w;
    }

    /** How often a word was met, typed one way, and where first. */
    private static final class Tally<V> {
        final Vocabulary.Word<V> word;
        final String typed;
        final int firstRow;
        int rows = 1;

        Tally(Vocabulary.Word<V> word, String typed, int firstRow) {
            this.word = word;
            this.typed = typed;
            this.firstRow = firstRow;
        }
    }

    private void tally(Vocabulary.Word<V> w, String typed, int row) {
        Tally<V> t = met.get(w);
        if (t != null && t.typed.equals(typed)) {
            t.rows++;
            return;
        }
        if (t == null) {
            t = new Tally<>(w, typed, row);
            met.put(w, t);
            order.add(t);
            return;
        }
        Tally<V> variant = variants.get(typed + '\u0000' + w.written());
        if (variant != null) {
            variant.rows++;
            return;
        }
        variant = new Tally<>(w, typed, row);
        variants.put(typed + '\u0000' + w.written(), variant);
        order.add(variant);
    }

    /**
     * One warning per word stored as 其他 with its wording, at the first row it was met, naming how often: a
     * term the current scheme has no code for is worth knowing once, not on every row.
     */
    List<RowIssue> keptAsOther() {
        List<RowIssue> out = new ArrayList<>();
        for (ValueReading r : readings()) {
            if (!r.reading().keepsWording()) continue;
            String code = r.reading() == Reading.KEPT_AS_OTHER ? "VALUE_KEPT_AS_OTHER" : "VALUE_UNKNOWN_AS_OTHER";
            out.add(new RowIssue(r.firstRow(), new CellIssue(index, header,
                    bangfu.model.Issue.warning(code, header, r.written(), r.rows(), r.label()), r.written())));
        }
        return out;
    }

    /** What was read as what in this column, in the order first met. */
    List<ValueReading> readings() {
        List<ValueReading> out = new ArrayList<>(order.size());
        for (Tally<V> t : order) {
            Vocabulary.Word<V> w = t.word;
            out.add(new ValueReading(header, t.typed, vocabulary.codeName(w.code()), vocabulary.officialWord(w.code()),
                    w.reading(), t.firstRow, t.rows));
        }
        return out;
    }
}
