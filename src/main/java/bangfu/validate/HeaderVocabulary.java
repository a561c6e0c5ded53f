package bangfu.validate;

import bangfu.model.Mapping;
import bangfu.model.RecordKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The header names bangfu understands for each kind of sheet: the built-in aliases that union files
 * use, plus those a union adds in its YAML. Maps a normalised header to a field key.
 */
public final class HeaderVocabulary {
    /** Columns every clerk adds that carry nothing to keep (row counters). */
    public static final String IGNORE = "ignore";
    /** A single column holding the main and the secondary causes together. */
    public static final String CAUSES = "causes";
    /** 与户主关系: marks rows that are members listed under their head. */
    public static final String RELATION = "relation";

    private static final Map<RecordKind, Map<String, List<String>>> BUILT_IN = Map.of(
            RecordKind.ROSTER, Map.ofEntries(
                    Map.entry("head_id", List.of("身份证号码", "身份证号", "公民身份号码", "公民身份证号码", "证件号码", "证件号",
                            "身份证", "身份证件号码", "户主身份证号码", "户主身份证号", "职工身份证号码")),
                    Map.entry("head_name", List.of("姓名", "户主姓名", "职工姓名", "困难职工姓名", "名字")),
                    Map.entry("gender", List.of("性别", "户主性别")),
                    Map.entry("ethnicity", List.of("民族")),
                    Map.entry("birth_date", List.of("出生日期", "出生年月", "出生年月日")),
                    Map.entry("phone", List.of("联系电话", "电话", "手机", "手机号码", "手机号", "联系方式", "电话号码")),
                    Map.entry("union_name", List.of("所属工会", "工会名称", "基层工会", "所在工会", "基层工会名称", "所属基层工会")),
                    Map.entry("employer", List.of("工作单位", "单位名称", "所在单位", "单位", "原工作单位", "就业单位")),
                    Map.entry("province", List.of("省份", "省", "所在省", "所在省份", "省区市")),
                    Map.entry("city", List.of("地市", "市", "城市", "所在市", "所在地市", "市州", "地市州")),
                    Map.entry("county", List.of("区县", "县区", "县", "区", "所在区县", "县市区", "区县市")),
                    Map.entry("address", List.of("家庭住址", "住址", "家庭地址", "现住址", "居住地址", "通讯地址", "现居住地址")),
                    Map.entry("tier", List.of("困难类别", "困难类型", "困难程度", "档案类别", "困难职工类别", "困难职工类型")),
                    Map.entry("file_level", List.of("建档层级", "建档级别", "档案层级")),
                    Map.entry("status", List.of("档案状态", "状态", "建档状态")),
                    Map.entry("filed_on", List.of("建档日期", "建档时间", "入档日期", "建档年月", "入档年月", "建档年月日")),
                    Map.entry("phased_out_on", List.of("渐退日期", "进入渐退期日期", "进入渐退日期", "渐退时间", "渐退开始日期",
                            "渐退期开始日期", "转入渐退日期")),
                    Map.entry("transfer_in", List.of("转入", "是否转入", "转入档案")),
                    Map.entry("transferred_on", List.of("转入日期", "转入时间", "调入日期")),
                    Map.entry("exited_on", List.of("脱困日期", "脱困时间", "解困日期", "解困时间")),
                    Map.entry("closed_on", List.of("注销日期", "注销时间", "退档日期", "退档时间")),
                    Map.entry("close_reason", List.of("注销原因", "退档原因")),
                    Map.entry("main_cause", List.of("主要致困原因", "主要困难原因", "致困主因", "主要原因")),
                    Map.entry("secondary_causes", List.of("次要致困原因", "其他致困原因", "次要困难原因", "次要原因")),
                    Map.entry(CAUSES, List.of("致困原因", "困难原因", "致困原因类别")),
                    Map.entry("household_size", List.of("家庭人口", "家庭总人口", "家庭人数", "家庭人口数", "共同生活人数",
                            "家庭成员数", "家庭成员人数")),
                    Map.entry("yearly_income_fen", List.of("家庭年收入", "家庭年总收入", "家庭全年收入", "年收入", "家庭收入",
                            "家庭总收入")),
                    Map.entry("rigid_expenses_fen", List.of("刚性支出", "家庭刚性支出", "年刚性支出", "家庭年刚性支出")),
                    Map.entry("per_capita_monthly_fen", List.of("家庭人均月收入", "人均月收入", "月人均收入", "家庭月人均收入")),
                    Map.entry("is_migrant_worker", List.of("是否农民工", "农民工")),
                    Map.entry("is_model_worker", List.of("是否劳模", "劳模", "是否劳动模范")),
                    Map.entry("housing", List.of("住房情况", "住房", "住房状况")),
                    // 是否有车辆 stays free text, as it always was: rosters answer it with 有（电动车） as often as with 有.
                    Map.entry("vehicle", List.of("车辆情况", "车辆", "是否有车辆", "机动车", "车辆信息", "车辆状况")),
                    Map.entry("has_vehicle", List.of("有无车辆", "有无机动车", "是否有机动车", "是否拥有车辆", "是否拥有机动车",
                            "有无私家车")),
                    Map.entry("region", List.of("所属地区", "所在地区", "地区", "所属区域", "所在区域", "行政区划", "所属行政区划")),
                    Map.entry("monthly_income_fen", List.of("家庭月总收入", "家庭月收入", "月总收入", "家庭月收入合计",
                            "家庭总月收入")),
                    Map.entry("medical_insurance", List.of("医疗保险", "医保状况", "医保情况", "医疗保险情况", "参加医疗保险情况",
                            "是否参加医疗保险", "医保", "医保类型")),
                    Map.entry("employer_credit_code", List.of("统一社会信用代码", "单位统一社会信用代码", "社会信用代码",
                            "信用代码", "工作单位统一社会信用代码", "单位信用代码")),
                    Map.entry("health", List.of("健康状况", "身体状况", "户主健康状况")),
                    Map.entry("helper", List.of("帮扶责任人", "结对帮扶人", "帮扶人", "责任人", "结对帮扶责任人")),
                    Map.entry("note", List.of("备注", "说明")),
                    Map.entry("region_code", List.of("行政区划代码", "区划代码", "行政区划编码", "区划编码", "地区代码",
                            "户口所在地行政区划代码", "户口所在地行政区划", "所在地行政区划代码")),
                    Map.entry("medical_expenses_fen", List.of("因病刚性支出", "因病支出", "医疗支出", "医疗刚性支出",
                            "自付医疗费用", "因病自付医疗费")),
                    Map.entry("disability_expenses_fen", List.of("因残刚性支出", "因残支出", "残疾康复支出", "康复支出")),
                    Map.entry("schooling_expenses_fen", List.of("因学刚性支出", "因学支出", "教育支出", "子女教育支出",
                            "教育刚性支出")),
                    Map.entry("compulsory_schooling_fen", List.of("其中义务教育支出", "义务教育支出", "义务教育阶段支出",
                            "其中义务教育阶段支出")),
                    Map.entry("housing_expenses_fen", List.of("住房刚性支出", "住房支出", "房租支出", "住房租金")),
                    Map.entry("other_expenses_fen", List.of("其他刚性支出", "其他支出", "其它刚性支出")),
                    Map.entry("able_unemployed", List.of("有劳动能力未就业人数", "有劳动能力而未就业人数", "未就业劳动力人数",
                            "有劳动能力未就业人员数")),
                    Map.entry("mobility_vehicle", List.of("残疾人功能性代步车", "功能性代步车", "是否功能性代步车",
                            "残疾人代步车", "代步车")),
                    Map.entry("homes", List.of("住房套数", "房产套数", "住房数量", "拥有住房套数")),
                    Map.entry("home_area", List.of("住房总面积", "住房面积", "建筑面积", "房屋面积", "住房建筑面积")),
                    Map.entry("owns_business", List.of("经商办企", "是否经商办企", "拥有商铺或企业", "是否拥有商业店铺",
                            "是否控股股东", "是否企业实际控制人")),
                    Map.entry("private_school", List.of("子女就读高收费私立学校", "高收费私立学校", "子女就读私立学校",
                            "子女自费留学", "是否就读高收费私立学校")),
                    Map.entry("refused_check", List.of("拒绝配合核查", "拒绝核查", "是否拒绝配合核查", "拒绝配合调查核查",
                            "拒绝信息核对")),
                    Map.entry("hardship_costs_fen", List.of("致困费用", "致困支出", "年度致困费用", "致困损失", "致困费用损失")),
                    Map.entry("compensation_fen", List.of("赔偿及保险金额", "赔偿保险金额", "获得赔偿补偿", "赔偿补偿及保险",
                            "已获赔偿及保险")),
                    Map.entry(RELATION, List.of("与户主关系", "与户主的关系", "家庭关系", "关系")),
                    Map.entry(IGNORE, List.of("序号", "编号", "行号", "no"))),
            RecordKind.MEMBERS, Map.ofEntries(
                    Map.entry("head_id", List.of("户主身份证号码", "户主身份证号", "户主证件号码", "户主公民身份号码")),
                    Map.entry("name", List.of("成员姓名", "家庭成员姓名", "姓名", "家属姓名")),
                    Map.entry("id_number", List.of("成员身份证号码", "成员身份证号", "身份证号码", "身份证号", "公民身份号码",
                            "证件号码")),
                    Map.entry("relation", List.of("与户主关系", "与户主的关系", "家庭关系", "关系")),
                    Map.entry("gender", List.of("性别", "成员性别")),
                    Map.entry("birth_date", List.of("出生日期", "出生年月", "成员出生日期")),
                    Map.entry("health", List.of("健康状况", "身体状况")),
                    Map.entry("occupation", List.of("就业就学情况", "就业情况", "就学情况", "职业", "工作或学习单位",
                            "工作单位或学校")),
                    Map.entry(IGNORE, List.of("序号", "编号", "户主姓名", "no"))),
            RecordKind.LEDGER, Map.ofEntries(
                    Map.entry("head_id", List.of("身份证号码", "身份证号", "公民身份号码", "证件号码", "证件号", "身份证",
                            "户主身份证号码", "户主身份证号", "受助人身份证号码", "受助人身份证号")),
                    Map.entry("name", List.of("姓名", "户主姓名", "受助人姓名", "受助人", "职工姓名", "困难职工姓名")),
                    Map.entry("kind", List.of("救助类型", "帮扶类型", "项目", "救助项目", "帮扶项目", "救助类别", "帮扶类别",
                            "类别")),
                    Map.entry("amount_fen", List.of("金额", "发放金额", "救助金额", "帮扶金额", "补助金额", "慰问金额")),
                    Map.entry("paid_on", List.of("发放日期", "发放时间", "救助日期", "帮扶日期", "日期")),
                    Map.entry("fund_source", List.of("资金来源", "经费来源", "资金渠道")),
                    Map.entry("method", List.of("发放方式", "支付方式", "发放形式")),
                    Map.entry("bank", List.of("开户银行", "开户行", "银行")),
                    Map.entry("card_masked", List.of("银行卡号", "卡号", "银行账号", "账号", "社保卡号")),
                    Map.entry("batch", List.of("发放批次", "批次")),
                    Map.entry("handler", List.of("经办人")),
                    Map.entry("recipients", List.of("受助人数", "人数", "受助人次")),
                    Map.entry("note", List.of("备注")),
                    Map.entry(IGNORE, List.of("序号", "编号", "no"))),
            RecordKind.VISITS, Map.ofEntries(
                    Map.entry("head_id", List.of("身份证号码", "身份证号", "公民身份号码", "证件号码", "证件号", "身份证",
                            "户主身份证号码", "户主身份证号")),
                    Map.entry("name", List.of("姓名", "户主姓名", "被走访人", "职工姓名")),
                    Map.entry("visited_on", List.of("走访日期", "走访时间", "回访日期", "回访时间", "日期")),
                    Map.entry("kind", List.of("走访类型", "走访形式", "走访方式", "回访类型", "方式")),
                    Map.entry("visitor", List.of("走访人", "走访人员", "帮扶责任人", "回访人")),
                    Map.entry("participants", List.of("参与人", "参加人员", "陪同人员", "参与人员")),
                    Map.entry("findings", List.of("发现情况", "走访情况", "基本情况", "家庭情况", "了解情况")),
                    Map.entry("requests", List.of("诉求", "困难诉求", "主要诉求")),
                    Map.entry("measures", List.of("措施", "帮扶措施", "解决措施", "处理措施")),
                    Map.entry("outcome", List.of("结果", "走访结果", "回访结果")),
                    Map.entry("next_visit_on", List.of("下次回访日期", "下次走访日期", "下次回访时间")),
                    Map.entry("signed", List.of("是否签字", "签字", "本人签字")),
                    Map.entry("note", List.of("备注")),
                    Map.entry(IGNORE, List.of("序号", "编号", "no"))));

    private final Map<RecordKind, Map<String, String>> byKind = new HashMap<>();

    public HeaderVocabulary(Mapping mapping) {
        for (RecordKind kind : RecordKind.values()) {
            Map<String, String> words = new HashMap<>();
            BUILT_IN.getOrDefault(kind, Map.of()).forEach((field, aliases) -> add(words, field, aliases));
            mapping.headers().getOrDefault(kind, Map.of()).forEach((field, aliases) -> add(words, field, aliases));
            byKind.put(kind, words);
        }
    }

    private static void add(Map<String, String> words, String field, List<String> aliases) {
        for (String alias : aliases) words.put(HeaderText.normalise(alias), field);
    }

    /** The field key a header names in this kind of sheet, or null. */
    public String field(RecordKind kind, String header) {
        return byKind.get(kind).get(HeaderText.normalise(header));
    }
}
