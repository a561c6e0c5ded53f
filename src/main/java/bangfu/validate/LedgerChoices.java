package bangfu.validate;

import bangfu.model.AssistanceKind;
import bangfu.model.FundSource;
import bangfu.model.PaymentMethod;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;

/**
 * The vocabularies of the closed-set columns of assistance ledgers (救助发放表) and visit logs (走访记录),
 * with the variants clerks type. The first word of each value is its Chinese label.
 */
public final class LedgerChoices {
    /** 救助类别 / 帮扶类型. */
    public static final Vocabulary<AssistanceKind> KIND = Vocabulary.<AssistanceKind>builder()
            .add(AssistanceKind.LIVING, "生活救助", "生活", "生活补助", "生活困难补助")
            .add(AssistanceKind.MEDICAL, "医疗救助", "医疗", "大病救助", "医疗补助")
            .add(AssistanceKind.EDUCATION, "助学救助", "助学", "金秋助学", "教育救助")
            .add(AssistanceKind.EMPLOYMENT, "就业帮扶", "就业", "技能培训", "职业介绍", "培训", "职业培训")
            .add(AssistanceKind.ENTREPRENEURSHIP, "创业帮扶", "创业")
            .add(AssistanceKind.WARMTH, "送温暖慰问", "送温暖", "慰问", "春节慰问", "节日慰问")
            .add(AssistanceKind.TEMPORARY, "临时救助", "临时", "临时补助")
            .add(AssistanceKind.OTHER, "其他", "其它")
            .build();

    /** 资金来源. */
    public static final Vocabulary<FundSource> FUND_SOURCE = Vocabulary.<FundSource>builder()
            .add(FundSource.CENTRAL, "中央财政", "中央", "中央专项", "全总")
            .add(FundSource.PROVINCE, "省级财政", "省级", "省财政", "省总")
            .add(FundSource.CITY, "地市级财政", "地市级", "市级", "市财政", "市总")
            .add(FundSource.COUNTY, "区县级财政", "区县级", "县级", "区级", "县财政")
            .add(FundSource.UNION_FUNDS, "工会经费", "工会", "本级工会经费")
            .add(FundSource.DONATION, "社会捐助", "捐助", "社会捐赠", "捐赠")
            .add(FundSource.OTHER, "其他", "其它")
            .build();

    /** 发放方式. */
    public static final Vocabulary<PaymentMethod> PAYMENT_METHOD = Vocabulary.<PaymentMethod>builder()
            .add(PaymentMethod.BANK_CARD, "银行卡", "打卡", "转账", "社保卡", "银行转账", "实名制打卡", "一卡通")
            .also(PaymentMethod.BANK_CARD, "银行卡(实名制打卡)")
            .add(PaymentMethod.CASH, "现金")
            .add(PaymentMethod.IN_KIND, "实物", "物资")
            .build();

    /** 走访类型. */
    public static final Vocabulary<VisitKind> VISIT_KIND = Vocabulary.<VisitKind>builder()
            .add(VisitKind.HOME, "入户走访", "走访慰问", "走访", "上门走访")
            .add(VisitKind.INTAKE, "入户调查", "调查", "核查")
            .add(VisitKind.PHONE, "电话回访", "电话")
            .add(VisitKind.PHASE_OUT_FOLLOW_UP, "渐退期回访", "渐退回访")
            .add(VisitKind.EXIT_FOLLOW_UP, "脱困回访")
            .build();

    /** 走访结果 / 回访情况. */
    public static final Vocabulary<VisitOutcome> VISIT_OUTCOME = Vocabulary.<VisitOutcome>builder()
            .add(VisitOutcome.STABLE, "稳定", "正常", "无变化")
            .add(VisitOutcome.NEW_HARDSHIP, "新情况", "返困", "新困难", "再次致困")
            .also(VisitOutcome.NEW_HARDSHIP, "新情况/返困")
            .add(VisitOutcome.IMPROVED, "好转", "改善")
            .add(VisitOutcome.OTHER, "其他", "其它")
            .build();

    private LedgerChoices() {
    }
}
