package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.AssistanceKind;
import bangfu.model.FundSource;
import bangfu.model.Issue;
import bangfu.model.Labelled;
import bangfu.model.Parsed;
import bangfu.model.PaymentMethod;
import bangfu.model.Severity;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import bangfu.sheet.Cell;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LedgerChoicesTest {
    private static <V> void accepts(Vocabulary<V> vocabulary, V expected, String... words) {
        for (String word : words) {
            assertThat(vocabulary.parse(Cell.text(word), "列")).as(word).isEqualTo(Parsed.ok(expected));
        }
    }

    private static <V> void rejects(Vocabulary<V> vocabulary, String word) {
        Parsed<V> parsed = vocabulary.parse(Cell.text(word), "列");
        assertThat(parsed.value()).as(word).isEmpty();
        Issue issue = parsed.issues().get(0);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.code()).isEqualTo("VALUE_UNKNOWN");
        assertThat(issue.args()).containsExactly("列", word.strip(), String.join("、", vocabulary.accepted()));
    }

    /** Every Chinese label is accepted, and the labels in declaration order are the official words. */
    private static <V extends Enum<V> & Labelled> void officialWordsAreTheLabels(Vocabulary<V> vocabulary, Class<V> type) {
        for (V value : type.getEnumConstants()) accepts(vocabulary, value, value.chinese());
        assertThat(vocabulary.accepted()).containsExactlyElementsOf(
                Arrays.stream(type.getEnumConstants()).map(Labelled::chinese).toList());
    }

    @Test
    void assistanceKind() {
        accepts(LedgerChoices.KIND, AssistanceKind.LIVING, "生活救助", "生活", "生活补助", "生活困难补助");
        accepts(LedgerChoices.KIND, AssistanceKind.MEDICAL, "医疗救助", "医疗", "大病救助", "医疗补助");
        accepts(LedgerChoices.KIND, AssistanceKind.EDUCATION, "助学救助", "助学", "金秋助学", "教育救助");
        accepts(LedgerChoices.KIND, AssistanceKind.EMPLOYMENT, "就业帮扶", "就业", "技能培训", "职业介绍", "培训", "职业培训");
        accepts(LedgerChoices.KIND, AssistanceKind.ENTREPRENEURSHIP, "创业帮扶", "创业");
        accepts(LedgerChoices.KIND, AssistanceKind.WARMTH, "送温暖", "慰问", "送温暖慰问", "春节慰问", "节日慰问");
        accepts(LedgerChoices.KIND, AssistanceKind.TEMPORARY, "临时救助", "临时", "临时补助");
        accepts(LedgerChoices.KIND, AssistanceKind.OTHER, "其他", "其它");
        accepts(LedgerChoices.KIND, AssistanceKind.WARMTH, " 送 温 暖 ", "\u3000慰问\u3000");
        officialWordsAreTheLabels(LedgerChoices.KIND, AssistanceKind.class);
        rejects(LedgerChoices.KIND, " 低保金 ");
    }

    @Test
    void fundSource() {
        accepts(LedgerChoices.FUND_SOURCE, FundSource.CENTRAL, "中央财政", "中央", "中央专项", "全总");
        accepts(LedgerChoices.FUND_SOURCE, FundSource.PROVINCE, "省级财政", "省级", "省财政", "省总");
        accepts(LedgerChoices.FUND_SOURCE, FundSource.CITY, "地市级财政", "地市级", "市级", "市财政", "市总");
        accepts(LedgerChoices.FUND_SOURCE, FundSource.COUNTY, "区县级财政", "区县级", "县级", "区级", "县财政");
        accepts(LedgerChoices.FUND_SOURCE, FundSource.UNION_FUNDS, "工会经费", "工会", "本级工会经费");
        accepts(LedgerChoices.FUND_SOURCE, FundSource.DONATION, "社会捐助", "捐助", "社会捐赠", "捐赠");
        accepts(LedgerChoices.FUND_SOURCE, FundSource.OTHER, "其他", "其它");
        officialWordsAreTheLabels(LedgerChoices.FUND_SOURCE, FundSource.class);
        rejects(LedgerChoices.FUND_SOURCE, "银行贷款");
    }

    @Test
    void paymentMethod() {
        accepts(LedgerChoices.PAYMENT_METHOD, PaymentMethod.BANK_CARD,
                "银行卡", "打卡", "转账", "社保卡", "银行转账", "实名制打卡", "一卡通", "银行卡（实名制打卡）");
        accepts(LedgerChoices.PAYMENT_METHOD, PaymentMethod.CASH, "现金");
        accepts(LedgerChoices.PAYMENT_METHOD, PaymentMethod.IN_KIND, "实物", "物资");
        officialWordsAreTheLabels(LedgerChoices.PAYMENT_METHOD, PaymentMethod.class);
        rejects(LedgerChoices.PAYMENT_METHOD, "支票");
    }

    @Test
    void visitKind() {
        accepts(LedgerChoices.VISIT_KIND, VisitKind.HOME, "入户走访", "走访慰问", "走访", "上门走访");
        accepts(LedgerChoices.VISIT_KIND, VisitKind.INTAKE, "入户调查", "调查", "核查");
        accepts(LedgerChoices.VISIT_KIND, VisitKind.PHONE, "电话回访", "电话");
        accepts(LedgerChoices.VISIT_KIND, VisitKind.PHASE_OUT_FOLLOW_UP, "渐退期回访", "渐退回访");
        accepts(LedgerChoices.VISIT_KIND, VisitKind.EXIT_FOLLOW_UP, "脱困回访");
        officialWordsAreTheLabels(LedgerChoices.VISIT_KIND, VisitKind.class);
        rejects(LedgerChoices.VISIT_KIND, "微信");
    }

    @Test
    void visitOutcome() {
        accepts(LedgerChoices.VISIT_OUTCOME, VisitOutcome.STABLE, "稳定", "正常", "无变化");
        accepts(LedgerChoices.VISIT_OUTCOME, VisitOutcome.NEW_HARDSHIP, "新情况", "返困", "新困难", "再次致困", "新情况/返困");
        accepts(LedgerChoices.VISIT_OUTCOME, VisitOutcome.IMPROVED, "好转", "改善");
        accepts(LedgerChoices.VISIT_OUTCOME, VisitOutcome.OTHER, "其他", "其它");
        officialWordsAreTheLabels(LedgerChoices.VISIT_OUTCOME, VisitOutcome.class);
        rejects(LedgerChoices.VISIT_OUTCOME, "已脱困");
    }

    @Test
    void blankCellsAreEmpty() {
        assertThat(LedgerChoices.KIND.parse(Cell.BLANK, "救助类别")).isEqualTo(Parsed.empty());
        assertThat(LedgerChoices.VISIT_OUTCOME.parse(Cell.text("  "), "走访结果")).isEqualTo(Parsed.empty());
    }
}
