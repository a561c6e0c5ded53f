package bangfu.validate;

import static java.util.Objects.requireNonNull;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.model.Reading;
import bangfu.sheet.Cell;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The words accepted for one closed set of values, as real forms write them: read from its data file
 * {@code /bangfu/vocabulary/NAME.tsv} (code, word, kind, note), the one home of the vocabulary; immutable.
 * Words are compared half-width, without spaces and ignoring the case of Latin letters.
 */
public final class Vocabulary<V> {
    /** Where the data files are; docs/vocabulary.md is generated from them. */
    public static final String FOLDER = "/bangfu/vocabulary/";
    private static final String OTHER = "OTHER";

    /**
     * One accepted spelling.
     *
     * @param written the word as the data (or bangfu.yaml) writes it
     * @param note    where the word comes from or what to know about it; may be empty
     */
    public record Word<V>(String written, V code, Reading reading, String note) {
        public Word {
            requireNonNull(written, "written");
            requireNonNull(code, "code");
            requireNonNull(reading, "reading");
            requireNonNull(note, "note");
        }
    }

    private final String name;
    private final String title;
    private final String about;
    private final List<Word<V>> words;
    private final Map<String, Word<V>> exact;
    private final Map<String, Word<V>> byKey;
    private final Map<V, Word<V>> official;
    private final V other;
    private final Function<V, String> codeName;

    private Vocabulary(String name, String title, String about, List<Word<V>> words, V other, Function<V, String> codeName) {
        this.name = name;
        this.title = title;
        this.about = about;
        this.words = List.copyOf(words);
        this.other = other;
        this.codeName = codeName;
        Map<String, Word<V>> exactWords = new HashMap<>();
        Map<String, Word<V>> keyed = new HashMap<>();
        Map<V, Word<V>> officialWords = new LinkedHashMap<>();
        for (Word<V> w : this.words) {
            // A later word wins: the union's own aliases come after the built-in ones.
            exactWords.put(w.written(), w);
            keyed.put(key(w.written()), w);
            if (w.reading() == Reading.OFFICIAL) officialWords.putIfAbsent(w.code(), w);
        }
        this.exact = Map.copyOf(exactWords);
        this.byKey = Map.copyOf(keyed);
        this.official = officialWords;
    }

    /** The vocabulary of an enum, from its data file; every constant must have its official word. */
    public static <E extends Enum<E>> Vocabulary<E> of(String name, Class<E> type) {
        E other = Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(OTHER)).findFirst().orElse(null);
        Vocabulary<E> v = load(name, code -> Enum.valueOf(type, code), Enum::name, other);
        for (E constant : type.getEnumConstants()) {
            if (!v.official.containsKey(constant)) throw new IllegalStateException(name + ": no official word for " + constant);
        }
        return v;
    }

    /** The yes/no vocabulary: codes {@code true} and {@code false}. */
    static Vocabulary<Boolean> yesNo(String name) {
        return load(name, code -> switch (code) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException("not true or false: " + code);
        }, String::valueOf, null);
    }

    private static <V> Vocabulary<V> load(String name, Function<String, V> decode, Function<V, String> codeName, V other) {
        List<Word<V>> words = new ArrayList<>();
        List<String> comments = new ArrayList<>();
        Map<String, V> seen = new HashMap<>();
        String file = FOLDER + name + ".tsv";
        try (InputStream in = Vocabulary.class.getResourceAsStream(file)) {
            if (in == null) throw new IllegalStateException("missing vocabulary " + file);
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            boolean header = true;
            for (String line; (line = lines.readLine()) != null; ) {
                number++;
                if (line.startsWith("#")) {
                    comments.add(line.substring(1).strip());
                    continue;
                }
                if (line.isBlank()) continue;
                String[] cells = line.split("\t", -1);
                if (cells.length != 4) throw bad(file, number, "needs 4 tab-separated columns");
                if (header) {
                    if (!line.equals("code\tword\tkind\tnote")) throw bad(file, number, "the header must be: code word kind note");
                    header = false;
                    continue;
                }
                V code = decode.apply(cells[0]);
                Reading reading = reading(file, number, cells[2]);
                if (reading == Reading.KEPT_AS_OTHER && !code.equals(other)) throw bad(file, number, "a term kept as 其他 has code OTHER");
                V before = seen.putIfAbsent(key(cells[1]), code);
                if (before != null) throw bad(file, number, "the word " + cells[1] + " is listed twice");
                words.add(new Word<>(cells[1], code, reading, cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (comments.isEmpty()) throw new IllegalStateException(file + ": the first comment line is the title");
        return new Vocabulary<>(name, comments.get(0), String.join(" ", comments.subList(1, comments.size())), words, other,
                codeName);
    }

    private static Reading reading(String file, int line, String kind) {
        return switch (kind) {
            case "official" -> Reading.OFFICIAL;
            case "alias" -> Reading.ALIAS;
            case "legacy" -> Reading.LEGACY;
            case "other" -> Reading.KEPT_AS_OTHER;
            default -> throw bad(file, line, "kind is official, alias, legacy or other, not " + kind);
        };
    }

    private static IllegalStateException bad(String file, int line, String what) {
        return new IllegalStateException(file + " line " + line + ": " + what);
    }

    /**
     * This vocabulary with a union's own spellings (from bangfu.yaml) added; they win over built-in words.
     */
    public Vocabulary<V> withAliases(Map<String, V> aliases) {
        if (aliases.isEmpty()) return this;
        List<Word<V>> all = new ArrayList<>(words);
        aliases.forEach((written, code) -> all.add(new Word<>(written, code,
                code.equals(other) ? Reading.KEPT_AS_OTHER : Reading.ALIAS, "bangfu.yaml")));
        return new Vocabulary<>(name, title, about, all, other, codeName);
    }

    /** The word a cell's text is, or null when the vocabulary does not know it. */
    public Word<V> find(String text) {
        Word<V> w = exact.get(text);
        return w != null ? w : byKey.get(key(text));
    }

    /** The value of a cell; {@code column} is the header label shown in messages. */
    public Parsed<V> parse(Cell cell, String column) {
        if (cell.isBlank()) return Parsed.empty();
        return parseWord(cell.text(), column);
    }

    /** Like {@link #parse} for one word already cut out of a cell. An unknown word is the error {@code VALUE_UNKNOWN}. */
    public Parsed<V> parseWord(String text, String column) {
        Word<V> w = find(text);
        return w != null ? Parsed.ok(w.code()) : Parsed.fail(unknown(column, text));
    }

    /** The error for a word the vocabulary does not know. */
    public Issue unknown(String column, String text) {
        return Issue.error("VALUE_UNKNOWN", column, text.strip(), String.join("、", accepted()));
    }

    /** The official words, one per value, for messages and help. */
    public List<String> accepted() {
        return official.values().stream().map(Word::written).toList();
    }

    /** The official word of a value. */
    public String officialWord(V code) {
        Word<V> w = official.get(code);
        if (w == null) throw new IllegalArgumentException(name + " has no word for " + code);
        return w.written();
    }

    /** The value that stands for anything else (其他), when the set has one. */
    public Optional<V> other() {
        return Optional.ofNullable(other);
    }

    /** Every word in the order of the data file, then the union's own. */
    public List<Word<V>> words() {
        return words;
    }

    /** The data file's name without its extension: {@code cause}. */
    public String name() {
        return name;
    }

    /** The first comment line of the data file: what the set is. */
    public String title() {
        return title;
    }

    /** The other comment lines: what a reader should know about the words. */
    public String about() {
        return about;
    }

    /** How a value is written in the database and in bangfu.yaml. */
    public String codeName(V code) {
        return codeName.apply(code);
    }

    /** The form in which words are compared. */
    static String key(String text) {
        return Widths.compact(text).toLowerCase(Locale.ROOT);
    }
}
