package bangfu.report;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Masks;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The closest known values of a filter that matches nothing, and the names a 公示 list shows. */
class UnmatchedFilterTest {
    @Test
    void distanceCountsCharactersNotBytes() {
        assertThat(UnmatchedFilter.distance("东城区总工会", "东城区总工会")).isZero();
        assertThat(UnmatchedFilter.distance("东城区工会", "东城区总工会")).isEqualTo(1);
        assertThat(UnmatchedFilter.distance("", "西城区")).isEqualTo(3);
        assertThat(UnmatchedFilter.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void aValueContainingWhatWasTypedComesFirstThenTheFewestEdits() {
        List<String> known = List.of("南岗区总工会", "西城区总工会", "东城区环卫服务队工会", "东城区总工会");
        assertThat(UnmatchedFilter.closest("环卫", known)).first().isEqualTo("东城区环卫服务队工会");
        assertThat(UnmatchedFilter.closest("东城区总公会", known)).containsExactly("东城区总工会", "西城区总工会", "南岗区总工会");
        assertThat(UnmatchedFilter.closest("x", List.of())).isEmpty();
    }

    @Test
    void namesKeepTheirFirstAndLastCharacterOnly() {
        assertThat(Masks.name("张小华")).isEqualTo("张*华");
        assertThat(Masks.name("张三")).isEqualTo("张*");
        assertThat(Masks.name("欧阳小明")).isEqualTo("欧**明");
        assertThat(Masks.name("阿依古丽·买买提")).isEqualTo("阿***·**提");
        assertThat(Masks.name("王")).isEqualTo("王");
        assertThat(Masks.name(" 李四 ")).isEqualTo("李*");
    }
}
