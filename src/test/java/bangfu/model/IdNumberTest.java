package bangfu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IdNumberTest {
    // 11010119900307123 → weighted sum 174, 174 mod 11 = 9 → check character '3' (computed by hand).
    private static final IdNumber ID = new IdNumber("110101199003071233");
    // The first sequence number after 110105 19491231 whose check character is X; 002 is even: female.
    private static final String WITH_X = "11010519491231002X";

    @Test
    void masksInToStringSoTheNumberNeverReachesALog() {
        assertThat(ID.masked()).isEqualTo("1101**********1233");
        assertThat(ID.toString()).isEqualTo("1101**********1233").doesNotContain("19900307");
        assertThat(new IdNumber(WITH_X).masked()).isEqualTo("1101**********002X");
    }

    @Test
    void readsBirthDateGenderAndRegion() {
        assertThat(ID.birthDate()).isEqualTo(LocalDate.of(1990, 3, 7));
        assertThat(ID.gender()).isEqualTo(Gender.MALE);
        assertThat(ID.regionCode()).isEqualTo("110101");
        assertThat(new IdNumber(WITH_X).gender()).isEqualTo(Gender.FEMALE);
    }

    @Test
    void packsIntoALongAndBack() {
        String smallest = "00000019000101000" + IdNumber.checkChar("00000019000101000");
        for (String value : new String[] {"110101199003071233", WITH_X, smallest, "99999999991231999" + IdNumber.checkChar("99999999991231999")}) {
            IdNumber id = new IdNumber(value);
            assertThat(IdNumber.fromLong(id.asLong())).isEqualTo(id);
        }
        assertThat(new IdNumber(WITH_X).asLong() % 11).isEqualTo(10);
    }

    @Test
    void refusesWhatIsNotAValidIdNumber() {
        assertThatThrownBy(() -> new IdNumber("110101199003071234")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdNumber("11010119900307123x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new IdNumber("11010119900307123")).isInstanceOf(IllegalArgumentException.class);
        String feb30 = "11010119900230123";
        assertThatThrownBy(() -> new IdNumber(feb30 + IdNumber.checkChar(feb30)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IdNumber.fromLong(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsInBothLanguages() {
        assertThat(Tier.DEEP.label(Lang.ZH)).isEqualTo("深度困难");
        assertThat(Tier.DEEP.label(Lang.EN)).isEqualTo("deep hardship");
        assertThat(Cause.INSURANCE_NOT_DELIVERED.chinese()).isEqualTo("社会保险待遇落实不到位");
        assertThat(FileLevel.GRASSROOTS.chinese()).isEqualTo("基层");
        assertThat(FileStatus.PHASING_OUT.chinese()).isEqualTo("渐退");
        assertThat(CloseReason.CHECK_FAILED.chinese()).isEqualTo("核查不符");
    }
}
