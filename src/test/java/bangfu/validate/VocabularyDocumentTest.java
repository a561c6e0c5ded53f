package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Field;
import bangfu.model.Reading;
import bangfu.model.RecordKind;
import bangfu.model.ValueType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/vocabulary.md must be what {@link #markdown()} writes from today's vocabulary data files. */
class VocabularyDocumentTest {
    static final Path DOC = Path.of("docs/vocabulary.md");

    @Test
    void committedVocabularyDocumentIsCurrent() throws Exception {
        String generated = markdown();
        if (Boolean.getBoolean("bangfu.updateDocs")) Files.writeString(DOC, generated, StandardCharsets.UTF_8);
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/vocabulary.md is stale: run mvn test -Dtest=VocabularyDocumentTest -Dbangfu.updateDocs=true")
                .isEqualTo(generated);
    }

    @Test
    void theDocumentListsEveryWordOfEveryVocabulary() {
        String doc = markdown();
        for (Vocabulary<?> v : Choices.ALL) {
            for (Vocabulary.Word<?> w : v.words()) assertThat(doc).as(v.name()).contains("| " + cell(w.written()) + " |");
        }
    }

    static String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("""
                # The vocabulary of values

                <!-- Generated from src/main/resources/bangfu/vocabulary/*.tsv; do not edit here. Change the data file and run
                     mvn test -Dtest=VocabularyDocumentTest -Dbangfu.updateDocs=true -->

                Every word bangfu accepts in a closed-set column, as real union files write it — the current national
                forms, the national system before 2018, provincial and city variants — and the code each one is stored
                as. Words are compared half-width, without spaces and ignoring the case of Latin letters: `（县）` is
                `(县)`, ` 男 ` is `男`, `m` is `M`. The data files under `src/main/resources/bangfu/vocabulary/` are the
                one home of these words; this page is generated from them.

                How a word is read:

                - **official** — the current word for its code, the one bangfu prints.
                - **alias** — another spelling of it: shorthand (因病), a regional or administrative name (州级), a
                  compound (社保卡发放). Read as its code.
                - **older scheme** — a term of an older scheme with a current equivalent (低保户 → 深度困难). Read as
                  that code.
                - **kept as 其他** — a term without a code of its own (单亲家庭): stored as 其他, with the cell's
                  wording in the `…_wording` column beside the code, and a warning once per term and sheet, with
                  its count, at the first row it occurs.

                Import and verify print one line per word that was not written in its official form, per file —
                `致困原因: 子女教育 → 子女上学, 214 rows` — in the text output and under `readings` in JSON. A union
                teaches bangfu its own words under `values:` in `bangfu.yaml` (its words win over these), and decides
                under `policy: unknown_values:` whether a word no vocabulary knows is an error on its cell (the
                default: the row is not loaded) or, for a set that has 其他, is kept as 其他 with its wording and a
                warning. See [examples/bangfu.yaml](../examples/bangfu.yaml).

                """);
        md.append("## Contents\n\n");
        for (Vocabulary<?> v : Choices.ALL) md.append("- ").append(v.title()).append(" (`").append(v.name()).append("`)\n");
        md.append('\n');
        for (Vocabulary<?> v : Choices.ALL) section(md, v);
        return md.toString();
    }

    private static <V> void section(StringBuilder md, Vocabulary<V> v) {
        md.append("## ").append(v.title()).append("\n\n");
        List<String> fields = fields(v);
        md.append("Columns: ").append(String.join(", ", fields)).append(".");
        if (v != Choices.YES_NO) md.append(" Codes in `bangfu.yaml` and the database: ").append(codes(v)).append('.');
        md.append("\n\n");
        if (!v.about().isEmpty()) md.append(v.about()).append("\n\n");
        md.append("| code | word | read as | how | note |\n|---|---|---|---|---|\n");
        for (Vocabulary.Word<V> w : v.words()) {
            md.append("| `").append(v.codeName(w.code())).append("` | ").append(cell(w.written())).append(" | ")
                    .append(cell(v.officialWord(w.code()))).append(" | ").append(how(w.reading())).append(" | ")
                    .append(cell(w.note())).append(" |\n");
        }
        md.append('\n');
    }

    private static <V> String codes(Vocabulary<V> v) {
        List<String> out = new ArrayList<>();
        for (Vocabulary.Word<V> w : v.words()) {
            if (w.reading() == Reading.OFFICIAL) out.add("`" + v.codeName(w.code()) + "` " + w.written());
        }
        return String.join(", ", out);
    }

    /** The columns that read a vocabulary: {@code roster.tier}, {@code members.gender} … */
    private static List<String> fields(Vocabulary<?> v) {
        List<String> out = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            for (Field f : kind.fields()) {
                boolean reads = v == Choices.YES_NO ? f.type() == ValueType.YES_NO
                        : f.choices().filter(c -> Choices.of(raw(c)) == v).isPresent();
                if (reads) out.add("`" + kind.key() + "." + f.key() + "` " + f.zh());
            }
        }
        if (v == Choices.CAUSE) out.add("`roster.causes` 致困原因 (main and secondary in one column)");
        return out;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Class raw(Class<?> c) {
        return c;
    }

    private static String how(Reading r) {
        return switch (r) {
            case OFFICIAL -> "official";
            case ALIAS -> "alias";
            case LEGACY -> "older scheme";
            case KEPT_AS_OTHER -> "kept as 其他";
            case UNKNOWN_AS_OTHER -> "unknown, kept as 其他";
        };
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
