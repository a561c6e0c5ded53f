package bangfu.validate;

import bangfu.model.Cause;
import bangfu.model.CloseReason;
import bangfu.model.FileLevel;
import bangfu.model.FileStatus;
import bangfu.model.Gender;
import bangfu.model.Tier;

/** The vocabularies of the closed-set columns, with the variants found in real rosters. */
public final class Choices {
    /** 性别; 1 and 2 are the codes of GB/T 2261.1. */
    public static final Vocabulary<Gender> GENDER = Vocabulary.<Gender>builder()
            .add(Gender.MALE, "男", "男性", "M", "male", "1")
            .add(Gender.FEMALE, "女", "女性", "F", "female", "2")
            .build();

    /** 困难类别; the names used before the 2019 tiers load with a warning {@code TIER_LEGACY}. */
    public static final Vocabulary<Tier> TIER = Vocabulary.<Tier>builder()
            .add(Tier.DEEP, "深度困难", "深度", "深困")
            .add(Tier.RELATIVE, "相对困难", "相对")
            .add(Tier.ACCIDENT, "意外致困", "意外")
            .add(Tier.GENERAL, "一般困难", "一般")
            .legacy("TIER_LEGACY", Tier.DEEP, "低保户")
            .legacy("TIER_LEGACY", Tier.RELATIVE, "低保边缘户", "低保边缘")
            .legacy("TIER_LEGACY", Tier.ACCIDENT, "意外致困户")
            .build();

    /** 建档层级. */
    public static final Vocabulary<FileLevel> FILE_LEVEL = Vocabulary.<FileLevel>builder()
            .add(FileLevel.NATIONAL, "全国级", "全国", "国家级")
            .add(FileLevel.PROVINCE, "省级", "省")
            .add(FileLevel.CITY, "地市级", "市级", "地级", "州级", "地市", "市")
            .add(FileLevel.COUNTY, "区县级", "县级", "区级", "县区级", "区县", "县")
            .add(FileLevel.GRASSROOTS, "基层", "基层工会", "企业级")
            .build();

    /** 档案状态. */
    public static final Vocabulary<FileStatus> FILE_STATUS = Vocabulary.<FileStatus>builder()
            .add(FileStatus.ACTIVE, "在档", "建档", "正常")
            .add(FileStatus.PHASING_OUT, "渐退", "渐退期")
            .add(FileStatus.EXITED, "脱困", "解困", "已脱困", "已解困")
            .add(FileStatus.CLOSED, "注销", "退档", "已注销")
            .build();

    /** 注销原因. */
    public static final Vocabulary<CloseReason> CLOSE_REASON = Vocabulary.<CloseReason>builder()
            .add(CloseReason.EXITED, "脱困", "解困", "已脱困")
            .add(CloseReason.DEATH, "死亡", "去世", "病故", "身故")
            .add(CloseReason.RETIREMENT, "退休", "已退休")
            .add(CloseReason.TRANSFER, "调离", "调出", "调动")
            .add(CloseReason.NOT_ELIGIBLE, "不再符合条件", "不符合条件", "不符合建档条件")
            .add(CloseReason.CHECK_FAILED, "核查不符", "核查不实")
            .add(CloseReason.FRAUD, "弄虚作假", "虚假", "造假")
            .add(CloseReason.OTHER, "其他", "其它")
            .build();

    /** 致困原因, one word; {@link Causes#parseList} reads a cell listing several. */
    public static final Vocabulary<Cause> CAUSE = Vocabulary.<Cause>builder()
            .add(Cause.NO_WORK_CAPACITY, "无劳动能力", "因残", "残疾", "丧失劳动能力")
            .add(Cause.UNEMPLOYED_ABLE, "有劳动能力而未就业", "未就业", "待业")
            .add(Cause.LAID_OFF, "下岗失业", "下岗", "失业")
            .add(Cause.NO_SOCIAL_INSURANCE, "未参加社会保险", "未参保", "无社保")
            .add(Cause.INSURANCE_NOT_DELIVERED, "社会保险待遇落实不到位", "社保待遇落实不到位", "社保待遇不到位")
            .add(Cause.SERIOUS_ILLNESS, "患重特大疾病", "因病", "大病", "重病", "患病", "重特大疾病")
            .add(Cause.NATURAL_DISASTER, "遭受自然灾害", "因灾", "灾害", "自然灾害")
            .add(Cause.ACCIDENT, "遭受意外事故", "意外", "事故", "因意外", "意外事故")
            .add(Cause.SCHOOLING, "子女上学", "因学", "上学", "子女就学")
            .add(Cause.OTHER, "其他", "其它", "单亲")
            .build();

    /** 是/否 columns. */
    public static final Vocabulary<Boolean> YES_NO = Vocabulary.<Boolean>builder()
            .add(Boolean.TRUE, "是", "Y", "yes", "√", "✓", "✔", "有", "1", "true")
            .add(Boolean.FALSE, "否", "N", "no", "×", "✗", "无", "0", "false")
            .build();

    private Choices() {
    }
}
