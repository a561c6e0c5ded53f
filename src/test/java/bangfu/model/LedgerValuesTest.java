package bangfu.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerValuesTest {
    private static final List<Class<? extends Enum<?>>> ENUMS = List.of(
            AssistanceKind.class, FundSource.class, PaymentMethod.class, VisitKind.class, VisitOutcome.class);

    @Test
    void everyValueHasDistinctLabelsInBothLanguages() {
        for (Class<? extends Enum<?>> type : ENUMS) {
            List<Labelled> values = Arrays.stream(type.getEnumConstants()).map(Labelled.class::cast).toList();
            assertThat(values).as(type.getSimpleName()).allSatisfy(v -> {
                assertThat(v.chinese()).isNotBlank();
                assertThat(v.english()).isNotBlank();
            });
            assertThat(values.stream().map(Labelled::chinese)).as(type.getSimpleName()).doesNotHaveDuplicates();
            assertThat(values.stream().map(Labelled::english)).as(type.getSimpleName()).doesNotHaveDuplicates();
        }
    }

    @Test
    void labelsFollowTheLanguage() {
        assertThat(AssistanceKind.WARMTH.label(Lang.ZH)).isEqualTo("送温暖慰问");
        assertThat(FundSource.UNION_FUNDS.label(Lang.ZH)).isEqualTo("工会经费");
        assertThat(PaymentMethod.BANK_CARD.label(Lang.ZH)).isEqualTo("银行卡");
        assertThat(VisitKind.PHASE_OUT_FOLLOW_UP.label(Lang.ZH)).isEqualTo("渐退期回访");
        assertThat(VisitOutcome.NEW_HARDSHIP.label(Lang.EN)).isEqualTo("new hardship");
    }
}
