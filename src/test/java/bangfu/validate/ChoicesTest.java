package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.CloseReason;
import bangfu.model.FileLevel;
import bangfu.model.FileStatus;
import bangfu.model.FundSource;
import bangfu.model.Gender;
import bangfu.model.Issue;
import bangfu.model.Labelled;
import bangfu.model.MedicalInsurance;
import bangfu.model.Parsed;
import bangfu.model.PaymentMethod;
import bangfu.model.Reading;
import bangfu.model.Relation;
import bangfu.model.Severity;
import bangfu.model.Tier;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in vocabularies read as real forms write their values; the data files themselves are checked in VocabularyDataTest. */
class ChoicesTest {
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

    private static <V> Reading reading(Vocabulary<V> vocabulary, String word) {
        return vocabulary.find(word).reading();
    }

    @Test
    void gender() {
        accepts(Choices.GENDER, Gender.MALE, "男", "男性", "M", "m", "male", "Male", "1", " 男 ", "Ｍ");
        accepts(Choices.GENDER, Gender.FEMALE, "女", "女性", "F", "female", "FEMALE", "2", "\u3000女");
        assertThat(Choices.GENDER.parse(new Cell(CellKind.NUMBER, "1"), "性别").value()).contains(Gender.MALE);
    }

    @Test
    void tiersOfThePre2018SchemeReadAsTheTierThatReplacedThem() {
        accepts(Choices.TIER, Tier.DEEP, "深度困难", "深度", "深困", "低保户", "享受低保", "特困职工");
        accepts(Choices.TIER, Tier.RELATIVE, "相对困难", "相对", "低保边缘户", "低保边缘");
        accepts(Choices.TIER, Tier.ACCIDENT, "意外致困", "意外", "意外致困户");
        accepts(Choices.TIER, Tier.GENERAL, "一般困难", "一般");
        assertThat(reading(Choices.TIER, "低保户")).isEqualTo(Reading.LEGACY);
        assertThat(reading(Choices.TIER, "深困")).isEqualTo(Reading.ALIAS);
        assertThat(reading(Choices.TIER, "深度困难")).isEqualTo(Reading.OFFICIAL);
    }

    @Test
    void fileLevelInEveryAdministrativeName() {
        accepts(Choices.FILE_LEVEL, FileLevel.NATIONAL, "全国级", "全国", "国家级");
        accepts(Choices.FILE_LEVEL, FileLevel.PROVINCE, "省级", "省", "自治区级");
        accepts(Choices.FILE_LEVEL, FileLevel.CITY, "地市级", "市级", "地级", "州级", "盟级", "地区级");
        accepts(Choices.FILE_LEVEL, FileLevel.COUNTY, "区县级", "县级", "区级", "县区级", "旗级", "县（市）级", "县级市");
        accepts(Choices.FILE_LEVEL, FileLevel.GRASSROOTS, "基层", "基层工会", "企业级");
    }

    @Test
    void fileStatus() {
        accepts(Choices.FILE_STATUS, FileStatus.ACTIVE, "在档", "建档", "正常");
        accepts(Choices.FILE_STATUS, FileStatus.PHASING_OUT, "渐退", "渐退期");
        accepts(Choices.FILE_STATUS, FileStatus.EXITED, "脱困", "解困", "已脱困");
        accepts(Choices.FILE_STATUS, FileStatus.CLOSED, "注销", "退档", "已注销", "撤档");
    }

    @Test
    void closeReason() {
        accepts(Choices.CLOSE_REASON, CloseReason.DEATH, "去世", "死亡", "病故");
        accepts(Choices.CLOSE_REASON, CloseReason.TRANSFER, "调出", "调离");
        accepts(Choices.CLOSE_REASON, CloseReason.OTHER, "其它", "纳入政府兜底保障");
        assertThat(reading(Choices.CLOSE_REASON, "纳入政府兜底保障")).isEqualTo(Reading.KEPT_AS_OTHER);
    }

    @Test
    void causesOfOlderFormsReadAsTheCurrentCause() {
        accepts(Choices.CAUSE, Cause.SERIOUS_ILLNESS, "因病", "大病", "重病", "患病", "重大疾病");
        accepts(Choices.CAUSE, Cause.NO_WORK_CAPACITY, "因残", "残疾", "丧失劳动能力");
        accepts(Choices.CAUSE, Cause.SCHOOLING, "因学", "上学", "子女上学", "子女教育");
        accepts(Choices.CAUSE, Cause.NATURAL_DISASTER, "因灾", "灾害", "自然灾害");
        accepts(Choices.CAUSE, Cause.ACCIDENT, "意外", "事故", "因意外");
        accepts(Choices.CAUSE, Cause.LAID_OFF, "下岗", "失业", "失业下岗");
        accepts(Choices.CAUSE, Cause.UNEMPLOYED_ABLE, "未就业", "待业");
        accepts(Choices.CAUSE, Cause.OTHER, "其他", "其它", "单亲", "单亲家庭", "企业经营困难");
    }

    @Test
    void termsWithoutACodeOfTheirOwnAreKeptAsOther() {
        for (String word : List.of("单亲家庭", "单亲", "企业经营困难")) {
            assertThat(reading(Choices.CAUSE, word)).as(word).isEqualTo(Reading.KEPT_AS_OTHER);
        }
        assertThat(reading(Choices.CAUSE, "其他")).isEqualTo(Reading.OFFICIAL);
        assertThat(reading(Choices.FUND_SOURCE, "乡镇财政")).isEqualTo(Reading.KEPT_AS_OTHER);
    }

    @Test
    void yesNo() {
        accepts(Choices.YES_NO, true, "是", "Y", "y", "yes", "YES", "√", "有", "1", "true", "TRUE");
        accepts(Choices.YES_NO, false, "否", "N", "no", "No", "×", "无", "0", "false", "FALSE");
        assertThat(Choices.YES_NO.parse(new Cell(CellKind.BOOLEAN, "TRUE"), "是否").value()).contains(true);
    }

    @Test
    void assistanceKind() {
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.LIVING, "生活救助", "生活", "生活补助", "生活困难补助");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.MEDICAL, "医疗救助", "医疗", "大病救助", "医疗补助", "大病");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.EDUCATION, "助学救助", "助学", "金秋助学", "教育救助");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.EMPLOYMENT, "就业帮扶", "就业", "技能培训", "职业介绍", "培训");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.ENTREPRENEURSHIP, "创业帮扶", "创业");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.WARMTH, "送温暖", "慰问", "送温暖慰问", "春节慰问", "节日慰问");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.TEMPORARY, "临时救助", "临时", "临时补助");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.OTHER, "其他", "其它");
        accepts(Choices.ASSISTANCE_KIND, AssistanceKind.WARMTH, " 送 温 暖 ", "\u3000慰问\u3000");
        rejects(Choices.ASSISTANCE_KIND, " 低保金 ");
    }

    @Test
    void fundSourceOfEveryAdministrativeLevel() {
        accepts(Choices.FUND_SOURCE, FundSource.CENTRAL, "中央财政", "中央", "中央专项", "全总");
        accepts(Choices.FUND_SOURCE, FundSource.PROVINCE, "省级财政", "省级", "省财政", "省总", "自治区级财政", "自治区",
                "省");
        accepts(Choices.FUND_SOURCE, FundSource.CITY, "地市级财政", "地市级", "市级", "市财政", "市总", "州级", "州财政",
                "州", "盟级财政", "盟", "地区级", "地区财政");
        accepts(Choices.FUND_SOURCE, FundSource.COUNTY, "区县级财政", "区县级", "县级", "区级", "县财政", "县(市)级",
                "县（市）级", "县级市财政", "旗级财政", "旗", "区财政", "县");
        accepts(Choices.FUND_SOURCE, FundSource.UNION_FUNDS, "工会经费", "工会", "本级工会经费");
        accepts(Choices.FUND_SOURCE, FundSource.DONATION, "社会捐助", "捐助", "社会捐赠", "捐赠");
        accepts(Choices.FUND_SOURCE, FundSource.OTHER, "其他", "其它", "乡镇财政", "街道");
        rejects(Choices.FUND_SOURCE, "银行贷款");
    }

    @Test
    void paymentMethodsWrittenAsCompounds() {
        accepts(Choices.PAYMENT_METHOD, PaymentMethod.BANK_CARD,
                "银行卡", "打卡", "转账", "社保卡", "银行转账", "实名制打卡", "一卡通", "银行卡（实名制打卡）",
                "银行卡转账", "社保卡发放", "惠民惠农一卡通", "代发工资卡", "惠民惠农“一卡通”".replace('“', '"').replace('”', '"'));
        accepts(Choices.PAYMENT_METHOD, PaymentMethod.CASH, "现金", "现金发放");
        accepts(Choices.PAYMENT_METHOD, PaymentMethod.IN_KIND, "实物", "物资");
        rejects(Choices.PAYMENT_METHOD, "支票");
    }

    @Test
    void visitKindAndOutcome() {
        accepts(Choices.VISIT_KIND, VisitKind.HOME, "入户走访", "走访慰问", "走访", "上门走访", "家访");
        accepts(Choices.VISIT_KIND, VisitKind.INTAKE, "入户调查", "调查", "核查");
        accepts(Choices.VISIT_KIND, VisitKind.PHONE, "电话回访", "电话");
        accepts(Choices.VISIT_KIND, VisitKind.PHASE_OUT_FOLLOW_UP, "渐退期回访", "渐退回访");
        accepts(Choices.VISIT_KIND, VisitKind.EXIT_FOLLOW_UP, "脱困回访");
        rejects(Choices.VISIT_KIND, "微信");
        accepts(Choices.VISIT_OUTCOME, VisitOutcome.STABLE, "稳定", "正常", "无变化");
        accepts(Choices.VISIT_OUTCOME, VisitOutcome.NEW_HARDSHIP, "新情况", "返困", "新困难", "再次致困", "新情况/返困");
        accepts(Choices.VISIT_OUTCOME, VisitOutcome.IMPROVED, "好转", "改善");
        rejects(Choices.VISIT_OUTCOME, "已脱困");
    }

    @Test
    void relationsInTheGroupsOfGbT4761() {
        accepts(Choices.RELATION, Relation.HEAD, "户主", "本人");
        accepts(Choices.RELATION, Relation.SPOUSE, "配偶", "妻子", "丈夫", "爱人", "夫", "妻");
        accepts(Choices.RELATION, Relation.CHILD, "子女", "儿子", "女儿", "长子", "次女", "女婿", "儿媳");
        accepts(Choices.RELATION, Relation.PARENT, "父亲", "母亲", "岳母", "公公");
        accepts(Choices.RELATION, Relation.GRANDCHILD, "孙子", "外孙女");
        accepts(Choices.RELATION, Relation.SIBLING, "哥哥", "妹妹", "弟媳");
        accepts(Choices.RELATION, Relation.OTHER, "侄子", "非亲属");
        rejects(Choices.RELATION, "同事");
    }

    @Test
    void medicalInsuranceOfTheMergedSchemes() {
        accepts(Choices.MEDICAL_INSURANCE, MedicalInsurance.EMPLOYEE, "职工医保", "城镇职工基本医疗保险");
        accepts(Choices.MEDICAL_INSURANCE, MedicalInsurance.RESIDENT, "居民医保", "新农合", "城镇居民医保");
        accepts(Choices.MEDICAL_INSURANCE, MedicalInsurance.INSURED, "是", "有");
        accepts(Choices.MEDICAL_INSURANCE, MedicalInsurance.NONE, "否", "无", "未参保");
        assertThat(reading(Choices.MEDICAL_INSURANCE, "新农合")).isEqualTo(Reading.LEGACY);
    }

    @Test
    void unknownValueNamesColumnValueAndAcceptedValues() {
        Parsed<Tier> parsed = Choices.TIER.parse(Cell.text(" 特别困难 "), "困难类别");
        assertThat(parsed.value()).isEmpty();
        Issue issue = parsed.issues().get(0);
        assertThat(issue.severity()).isEqualTo(Severity.ERROR);
        assertThat(issue.code()).isEqualTo("VALUE_UNKNOWN");
        assertThat(issue.args()).containsExactly("困难类别", "特别困难", "深度困难、相对困难、意外致困、一般困难");
        assertThat(Choices.GENDER.parse(Cell.BLANK, "性别")).isEqualTo(Parsed.empty());
        assertThat(Choices.ASSISTANCE_KIND.parse(Cell.text("  "), "救助类别")).isEqualTo(Parsed.empty());
    }

    @Test
    void userAliasesComeFirst() {
        Map<String, Tier> aliases = Map.of("特别困难", Tier.DEEP, "低保户", Tier.GENERAL, "Ａ类", Tier.RELATIVE);
        Vocabulary<Tier> tiers = Choices.TIER.withAliases(aliases);
        assertThat(tiers.parse(Cell.text("特别困难"), "困难类别")).isEqualTo(Parsed.ok(Tier.DEEP));
        assertThat(tiers.parse(Cell.text("低保户"), "困难类别")).isEqualTo(Parsed.ok(Tier.GENERAL));
        assertThat(tiers.parse(Cell.text("a类"), "困难类别")).isEqualTo(Parsed.ok(Tier.RELATIVE));
        assertThat(tiers.find("特别困难").reading()).isEqualTo(Reading.ALIAS);
        assertThat(tiers.find("特别困难").note()).isEqualTo("bangfu.yaml");
        assertThat(Choices.TIER.find("特别困难")).as("the built-in vocabulary is unchanged").isNull();
    }

    @Test
    void officialWordsAreTheLabelsInDeclarationOrder() {
        assertThat(Choices.FILE_STATUS.accepted()).containsExactly("在档", "渐退", "脱困", "注销");
        for (Class<? extends Enum<?>> type : List.of(Tier.class, FileLevel.class, FileStatus.class, CloseReason.class,
                Cause.class, Gender.class, MedicalInsurance.class, Relation.class, AssistanceKind.class, FundSource.class,
                PaymentMethod.class, VisitKind.class, VisitOutcome.class)) {
            Vocabulary<?> v = vocabulary(type);
            assertThat(v.accepted()).as(type.getSimpleName()).containsExactlyElementsOf(
                    Arrays.stream(type.getEnumConstants()).map(c -> ((Labelled) c).chinese()).toList());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Vocabulary<?> vocabulary(Class type) {
        return Choices.of(type);
    }
}
