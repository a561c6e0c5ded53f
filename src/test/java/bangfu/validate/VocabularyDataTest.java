package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Field;
import bangfu.model.Reading;
import bangfu.model.RecordKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every word of every vocabulary data file reads as the code and the kind the file documents (and so as
 * docs/vocabulary.md, generated from the same files, says). The files are read here as plain text, apart from
 * the loader under test.
 */
class VocabularyDataTest {
    static final Path FOLDER = Path.of("src/main/resources/bangfu/vocabulary");
    private static final Map<String, Reading> KINDS = Map.of("official", Reading.OFFICIAL, "alias", Reading.ALIAS,
            "legacy", Reading.LEGACY, "other", Reading.KEPT_AS_OTHER);

    record Row(String code, String word, Reading reading) {
    }

    static List<Row> rows(String name) throws IOException {
        List<Row> out = new ArrayList<>();
        for (String line : Files.readAllLines(FOLDER.resolve(name + ".tsv"), StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank() || line.startsWith("code\t")) continue;
            String[] cells = line.split("\t", -1);
            out.add(new Row(cells[0], cells[1], KINDS.get(cells[2])));
        }
        return out;
    }

    @TestFactory
    Stream<DynamicTest> everyWordMapsAsItsFileSays() {
        return Choices.ALL.stream().map(v -> DynamicTest.dynamicTest(v.name(), () -> {
            List<Row> rows = rows(v.name());
            assertThat(rows).as(v.name()).isNotEmpty();
            for (Row row : rows) {
                check(v, row, row.word());
                // as clerks type it too: full-width, with spaces, in other case
                check(v, row, " " + fullWidth(row.word()) + "\u3000");
                check(v, row, row.word().toUpperCase(java.util.Locale.ROOT));
            }
            assertThat(v.words()).hasSameSizeAs(rows);
        }));
    }

    private static <V> void check(Vocabulary<V> v, Row row, String typed) {
        Vocabulary.Word<V> w = v.find(typed);
        assertThat(w).as(v.name() + ": " + typed).isNotNull();
        assertThat(v.codeName(w.code())).as(v.name() + ": " + typed).isEqualTo(row.code());
        assertThat(w.reading()).as(v.name() + ": " + typed).isEqualTo(row.reading());
    }

    private static String fullWidth(String s) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) out.append(c >= '!' && c <= '~' ? (char) (c + 0xFEE0) : c);
        return out.toString();
    }

    @Test
    void everyDataFileIsAVocabulary() throws IOException {
        Set<String> files;
        try (Stream<Path> s = Files.list(FOLDER)) {
            files = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tsv"))
                    .map(n -> n.substring(0, n.length() - 4)).collect(Collectors.toCollection(TreeSet::new));
        }
        files.remove("provinces");
        assertThat(files).containsExactlyInAnyOrderElementsOf(Choices.ALL.stream().map(Vocabulary::name).toList());
    }

    @Test
    void termsKeptAsOtherAreOnlyInSetsWithOther() throws IOException {
        for (Vocabulary<?> v : Choices.ALL) {
            for (Row row : rows(v.name())) {
                if (row.reading() == Reading.KEPT_AS_OTHER) {
                    assertThat(row.code()).as(v.name() + " " + row.word()).isEqualTo("OTHER");
                }
            }
        }
    }

    @Test
    void everyClosedSetFieldWithOtherKeepsTheWordingBesideIt() {
        for (RecordKind kind : RecordKind.values()) {
            List<String> keys = Arrays.stream(kind.fields()).map(Field::key).toList();
            for (Field f : kind.fields()) {
                if (f.choices().isEmpty()) continue;
                boolean hasOther = Arrays.stream(f.choices().get().getEnumConstants()).anyMatch(c -> c.name().equals("OTHER"));
                assertThat(keys.contains(f.key() + "_wording")).as(kind + " " + f.key()).isEqualTo(hasOther);
            }
        }
    }
}
