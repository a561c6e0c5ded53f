package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Issue;
import bangfu.model.Masks;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import org.junit.jupiter.api.Test;

class TextsPhonesEthnicitiesTest {
    @Test
    void cleansText() {
        assertThat(Texts.clean(Cell.text("\u3000 杭州市  西湖区\u3000\u3000文三路 "))).isEqualTo(Parsed.ok("杭州市 西湖区 文三路"));
        assertThat(Texts.clean(Cell.text("\u3000"))).isEqualTo(Parsed.empty());
        assertThat(Texts.clean(Cell.BLANK)).isEqualTo(Parsed.empty());
    }

    @Test
    void cleansNames() {
        assertThat(Texts.name(Cell.text(" 张 三\u3000"))).isEqualTo(Parsed.ok("张三"));
        assertThat(Texts.name(Cell.text("阿依古丽•买买提"))).isEqualTo(Parsed.ok("阿依古丽·买买提"));
        assertThat(Texts.name(Cell.text("阿依古丽.买买提"))).isEqualTo(Parsed.ok("阿依古丽·买买提"));
    }

    @Test
    void foldsFullWidth() {
        assertThat(Widths.toHalfWidth("ＡＢｃ１２３，．（）\u3000！")).isEqualTo("ABc123,.() !");
        assertThat(Widths.toHalfWidth("汉字、。")).isEqualTo("汉字、。");
    }

    @Test
    void readsMobileNumbers() {
        assertThat(Phones.parse(Cell.text("13812345678"))).isEqualTo(Parsed.ok("13812345678"));
        assertThat(Phones.parse(Cell.text("138 1234 5678"))).isEqualTo(Parsed.ok("13812345678"));
        assertThat(Phones.parse(Cell.text("138-1234-5678"))).isEqualTo(Parsed.ok("13812345678"));
        assertThat(Phones.parse(Cell.text("+86 13812345678"))).isEqualTo(Parsed.ok("13812345678"));
        assertThat(Phones.parse(Cell.text("１３８１２３４５６７８"))).isEqualTo(Parsed.ok("13812345678"));
        assertThat(Phones.parse(new Cell(CellKind.NUMBER, "13812345678"))).isEqualTo(Parsed.ok("13812345678"));
    }

    @Test
    void readsLandlines() {
        assertThat(Phones.parse(Cell.text("010-12345678"))).isEqualTo(Parsed.ok("010-12345678"));
        assertThat(Phones.parse(Cell.text("01012345678"))).isEqualTo(Parsed.ok("010-12345678"));
        assertThat(Phones.parse(Cell.text("(0571)87654321"))).isEqualTo(Parsed.ok("0571-87654321"));
        assertThat(Phones.parse(Cell.text("057187654321"))).isEqualTo(Parsed.ok("0571-87654321"));
        assertThat(Phones.parse(Cell.text("0571-8765432转123"))).isEqualTo(Parsed.ok("0571-8765432-123"));
        assertThat(Phones.parse(Cell.text("020-87654321-8"))).isEqualTo(Parsed.ok("020-87654321-8"));
    }

    @Test
    void keepsOtherPhonesWithAMaskedWarning() {
        Parsed<String> parsed = Phones.parse(Cell.text("12812345678"));
        assertThat(parsed.value()).contains("12812345678");
        assertThat(parsed.issues()).containsExactly(Issue.warning("PHONE_FORMAT", "128****5678"));
        assertThat(Phones.parse(Cell.text("87654321")).issues()).extracting(Issue::code).containsExactly("PHONE_FORMAT");
        assertThat(Phones.parse(Cell.text("无")).issues()).extracting(Issue::code).containsExactly("PHONE_FORMAT");
    }

    @Test
    void masksPhones() {
        assertThat(Masks.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masks.phone("010-12345678")).isEqualTo("010-****5678");
        assertThat(Masks.phone("0571-87654321")).isEqualTo("057*-****4321");
    }

    @Test
    void readsEthnicGroups() {
        assertThat(Ethnicities.ALL).hasSize(56).doesNotHaveDuplicates();
        assertThat(Ethnicities.parse(Cell.text("汉"))).isEqualTo(Parsed.ok("汉族"));
        assertThat(Ethnicities.parse(Cell.text("汉族"))).isEqualTo(Parsed.ok("汉族"));
        assertThat(Ethnicities.parse(Cell.text(" 维吾尔 "))).isEqualTo(Parsed.ok("维吾尔族"));
        assertThat(Ethnicities.parse(Cell.text("蒙古族"))).isEqualTo(Parsed.ok("蒙古族"));
        Parsed<String> unknown = Ethnicities.parse(Cell.text("火星族"));
        assertThat(unknown.value()).contains("火星族");
        assertThat(unknown.issues()).containsExactly(Issue.warning("ETHNICITY_UNKNOWN", "火星族"));
    }
}
