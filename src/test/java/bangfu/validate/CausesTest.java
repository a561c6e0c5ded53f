package bangfu.validate;

import static bangfu.model.Cause.ACCIDENT;
import static bangfu.model.Cause.LAID_OFF;
import static bangfu.model.Cause.NO_WORK_CAPACITY;
import static bangfu.model.Cause.OTHER;
import static bangfu.model.Cause.SCHOOLING;
import static bangfu.model.Cause.SERIOUS_ILLNESS;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Cause;
import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CausesTest {
    private static Parsed<List<Cause>> parse(String text) {
        return Causes.parseList(Cell.text(text));
    }

    @Test
    void splitsOnEverySeparator() {
        assertThat(parse("因病、因学")).isEqualTo(Parsed.ok(List.of(SERIOUS_ILLNESS, SCHOOLING)));
        assertThat(parse("因病，因学,下岗;单亲；意外/因残／其他 子女上学\u3000失业")).isEqualTo(Parsed.ok(
                List.of(SERIOUS_ILLNESS, SCHOOLING, LAID_OFF, OTHER, ACCIDENT, NO_WORK_CAPACITY)));
        assertThat(parse("患重特大疾病")).isEqualTo(Parsed.ok(List.of(SERIOUS_ILLNESS)));
        assertThat(parse("因病、大病")).isEqualTo(Parsed.ok(List.of(SERIOUS_ILLNESS)));
    }

    @Test
    void splitsWordsRunTogether() {
        assertThat(parse("因病因学")).isEqualTo(Parsed.ok(List.of(SERIOUS_ILLNESS, SCHOOLING)));
        assertThat(parse("下岗失业子女上学")).isEqualTo(Parsed.ok(List.of(LAID_OFF, SCHOOLING)));
    }

    @Test
    void reportsEachUnknownWord() {
        Parsed<List<Cause>> parsed = parse("因病、赌博、懒惰");
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.issues()).extracting(Issue::code).containsExactly("VALUE_UNKNOWN", "VALUE_UNKNOWN");
        assertThat(parsed.issues().get(0).args()).startsWith("致困原因", "赌博");
    }

    @Test
    void piecesKeepTheirWordingAndLookUpThroughTheUnionsSpellings() {
        Vocabulary<Cause> withAlias = Choices.CAUSE.withAliases(Map.of("孤寡", OTHER));
        List<Causes.Piece> pieces = Causes.pieces("因病、孤寡、单亲家庭", withAlias::find);
        assertThat(pieces).extracting(Causes.Piece::text).containsExactly("因病", "孤寡", "单亲家庭");
        assertThat(pieces).extracting(p -> p.word().code()).containsExactly(SERIOUS_ILLNESS, OTHER, OTHER);
        assertThat(Causes.pieces("因病、孤寡", Choices.CAUSE::find).get(1).word()).isNull();
        assertThat(Causes.parseList(Cell.BLANK)).isEqualTo(Parsed.empty());
    }

    @Test
    void theSplitWithoutARegexGivesTheWordsTheSeparatorPatternGives() {
        String[] pieces = {"因病", "因学", "下岗失业", "x", "、", "，", ",", ";", "；", "/", "／", "|", " ", "\t", "\n",
            "\u000B", "\f", "\r", "\u3000", "、 ", "\u00A0", "-"};
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(7); k > 0; k--) text.append(pieces[random.nextInt(pieces.length)]);
            List<String> expected = Arrays.stream(Causes.SEPARATORS.split(text)).filter(w -> !w.isEmpty()).toList();
            assertThat(Causes.split(text.toString())).as("\"%s\"", text).isEqualTo(expected);
        }
    }
}
