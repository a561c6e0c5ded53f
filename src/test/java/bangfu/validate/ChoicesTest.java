package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Cause;
import bangfu.model.CloseReason;
import bangfu.model.FileLevel;
import bangfu.model.FileStatus;
import bangfu.model.Gender;
import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.model.Severity;
import bangfu.model.Tier;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChoicesTest {
    private static <V> void accepts(Vocabulary<V> vocabulary, V expected, String... words) {
        for (String word : words) {
            assertThat(vocabulary.parse(Cell.text(word), "列")).as(word).isEqualTo(Parsed.ok(expected));
        }
    }

    @Test
    void gender() {
        accepts(Choices.GENDER, Gender.MALE, "男", "男性", "M", "m", "male", "Male", "1", " 男 ", "Ｍ");
        accepts(Choices.GENDER, Gender.FEMALE, "女", "女性", "F", "female", "FEMALE", "2", "\u3000女");
        assertThat(Choices.GENDER.parse(new Cell(CellKind.NUMBER, "1"), "性别").value()).contains(Gender.MALE);
    }

    @Test
    void tierWithLegacyNamesWarning() {
        accepts(Choices.TIER, Tier.DEEP, "深度困难", "深度", "深困");
        accepts(Choices.TIER, Tier.RELATIVE, "相对困难", "相对");
        accepts(Choices.TIER, Tier.ACCIDENT, "意外致困", "意外");
        accepts(Choices.TIER, Tier.GENERAL, "一般困难", "一般");
        Parsed<Tier> legacy = Choices.TIER.parse(Cell.text("低保户"), "困难类别");
        assertThat(legacy.value()).contains(Tier.DEEP);
        assertThat(legacy.issues()).containsExactly(Issue.warning("TIER_LEGACY", "困难类别", "低保户", "深度困难"));
        assertThat(Choices.TIER.parse(Cell.text("低保边缘户"), "困难类别").value()).contains(Tier.RELATIVE);
        assertThat(Choices.TIER.parse(Cell.text("意外致困户"), "困难类别").issues().get(0).args())
                .containsExactly("困难类别", "意外致困户", "意外致困");
    }

    @Test
    void fileLevel() {
        accepts(Choices.FILE_LEVEL, FileLevel.NATIONAL, "全国级", "全国", "国家级");
        accepts(Choices.FILE_LEVEL, FileLevel.PROVINCE, "省级", "省");
        accepts(Choices.FILE_LEVEL, FileLevel.CITY, "地市级", "市级", "地级", "州级");
        accepts(Choices.FILE_LEVEL, FileLevel.COUNTY, "区县级", "县级", "区级", "县区级");
        accepts(Choices.FILE_LEVEL, FileLevel.GRASSROOTS, "基层", "基层工会", "企业级");
    }

    @Test
    void fileStatus() {
        accepts(Choices.FILE_STATUS, FileStatus.ACTIVE, "在档", "建档", "正常");
        accepts(Choices.FILE_STATUS, FileStatus.PHASING_OUT, "渐退", "渐退期");
        accepts(Choices.FILE_STATUS, FileStatus.EXITED, "脱困", "解困", "已脱困");
        accepts(Choices.FILE_STATUS, FileStatus.CLOSED, "注销", "退档", "已注销");
    }

    @Test
    void closeReason() {
        for (CloseReason reason : CloseReason.values()) accepts(Choices.CLOSE_REASON, reason, reason.chinese());
        accepts(Choices.CLOSE_REASON, CloseReason.DEATH, "去世", "死亡", "病故");
        accepts(Choices.CLOSE_REASON, CloseReason.TRANSFER, "调出", "调离");
        accepts(Choices.CLOSE_REASON, CloseReason.OTHER, "其它");
    }

    @Test
    void cause() {
        for (Cause cause : Cause.values()) accepts(Choices.CAUSE, cause, cause.chinese());
        accepts(Choices.CAUSE, Cause.SERIOUS_ILLNESS, "因病", "大病", "重病", "患病");
        accepts(Choices.CAUSE, Cause.NO_WORK_CAPACITY, "因残", "残疾", "丧失劳动能力");
        accepts(Choices.CAUSE, Cause.SCHOOLING, "因学", "上学", "子女上学");
        accepts(Choices.CAUSE, Cause.NATURAL_DISASTER, "因灾", "灾害", "自然灾害");
        accepts(Choices.CAUSE, Cause.ACCIDENT, "意外", "事故", "因意外");
        accepts(Choices.CAUSE, Cause.LAID_OFF, "下岗", "失业");
        accepts(Choices.CAUSE, Cause.UNEMPLOYED_ABLE, "未就业", "待业");
        accepts(Choices.CAUSE, Cause.OTHER, "单亲", "其他", "其它");
    }

    @Test
    void yesNo() {
        accepts(Choices.YES_NO, true, "是", "Y", "y", "yes", "YES", "√", "有", "1", "true", "TRUE");
        accepts(Choices.YES_NO, false, "否", "N", "no", "No", "×", "无", "0", "false", "FALSE");
        assertThat(Choices.YES_NO.parse(new Cell(CellKind.BOOLEAN, "TRUE"), "是否").value()).contains(true);
    }

    @Test
    void unknownValueNamesColumnValueAndAcceptedValues() {
        Parsed<Tier> parsed = Choices.TIER.parse(Cell.text(" 特困 "), "困难类别");
        assertThat(parsed.value()).isEmpty();
        Issue issue = parsed.issues().get(0);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.code()).isEqualTo("VALUE_UNKNOWN");
        assertThat(issue.args()).containsExactly("困难类别", "特困", "深度困难、相对困难、意外致困、一般困难");
        assertThat(Choices.GENDER.parse(Cell.BLANK, "性别")).isEqualTo(Parsed.empty());
    }

    @Test
    void userAliasesComeFirst() {
        Map<String, Tier> aliases = Map.of("特困", Tier.DEEP, "低保户", Tier.GENERAL, "Ａ类", Tier.RELATIVE);
        assertThat(Choices.TIER.parse(Cell.text("特困"), "困难类别", aliases)).isEqualTo(Parsed.ok(Tier.DEEP));
        assertThat(Choices.TIER.parse(Cell.text("低保户"), "困难类别", aliases)).isEqualTo(Parsed.ok(Tier.GENERAL));
        assertThat(Choices.TIER.parse(Cell.text("a类"), "困难类别", aliases)).isEqualTo(Parsed.ok(Tier.RELATIVE));
    }

    @Test
    void officialWordsAreListed() {
        assertThat(Choices.FILE_STATUS.accepted()).containsExactly("在档", "渐退", "脱困", "注销");
        assertThat(Choices.CAUSE.accepted()).containsExactlyElementsOf(
                List.of(Cause.values()).stream().map(Cause::chinese).toList());
    }
}
