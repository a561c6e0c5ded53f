package bangfu.model;

/** The fields of a household file (困难职工档案) as a roster carries them. */
public enum RosterField implements Field {
    HEAD_ID("head_id", ValueType.ID, "身份证号码", "ID number"),
    HEAD_NAME("head_name", ValueType.TEXT, "姓名", "Name"),
    GENDER("gender", ValueType.CHOICE, Gender.class, "性别", "Gender"),
    ETHNICITY("ethnicity", ValueType.TEXT, "民族", "Ethnicity"),
    BIRTH_DATE("birth_date", ValueType.DATE, "出生日期", "Date of birth"),
    PHONE("phone", ValueType.PERSONAL, "联系电话", "Phone"),
    UNION_NAME("union_name", ValueType.TEXT, "所属工会", "Union"),
    EMPLOYER("employer", ValueType.TEXT, "工作单位", "Employer"),
    PROVINCE("province", ValueType.TEXT, "省份", "Province"),
    CITY("city", ValueType.TEXT, "地市", "City"),
    COUNTY("county", ValueType.TEXT, "区县", "County"),
    ADDRESS("address", ValueType.TEXT, "家庭住址", "Address"),
    TIER("tier", ValueType.CHOICE, Tier.class, "困难类别", "Tier"),
    FILE_LEVEL("file_level", ValueType.CHOICE, FileLevel.class, "建档层级", "Filing level"),
    STATUS("status", ValueType.CHOICE, FileStatus.class, "档案状态", "File status"),
    FILED_ON("filed_on", ValueType.DATE, "建档日期", "Filed on"),
    PHASED_OUT_ON("phased_out_on", ValueType.DATE, "渐退日期", "In phase-out since"),
    EXITED_ON("exited_on", ValueType.DATE, "脱困日期", "Exited on"),
    CLOSED_ON("closed_on", ValueType.DATE, "注销日期", "Closed on"),
    CLOSE_REASON("close_reason", ValueType.CHOICE, CloseReason.class, "注销原因", "Close reason"),
    MAIN_CAUSE("main_cause", ValueType.CHOICE, Cause.class, "主要致困原因", "Main cause"),
    SECONDARY_CAUSES("secondary_causes", ValueType.CHOICES, Cause.class, "次要致困原因", "Secondary causes"),
    HOUSEHOLD_SIZE("household_size", ValueType.COUNT, "家庭人口", "Household size"),
    YEARLY_INCOME("yearly_income_fen", ValueType.MONEY, "家庭年收入", "Yearly income"),
    RIGID_EXPENSES("rigid_expenses_fen", ValueType.MONEY, "刚性支出", "Rigid expenses"),
    PER_CAPITA_INCOME("per_capita_monthly_fen", ValueType.MONEY, "人均月收入", "Per-capita monthly income"),
    MIGRANT_WORKER("is_migrant_worker", ValueType.YES_NO, "是否农民工", "Migrant worker"),
    MODEL_WORKER("is_model_worker", ValueType.YES_NO, "是否劳模", "Model worker"),
    HOUSING("housing", ValueType.TEXT, "住房情况", "Housing"),
    VEHICLE("vehicle", ValueType.TEXT, "车辆情况", "Vehicle"),
    HEALTH("health", ValueType.TEXT, "健康状况", "Health"),
    HELPER("helper", ValueType.TEXT, "帮扶责任人", "Helper"),
    NOTE("note", ValueType.TEXT, "备注", "Note"),
    /** 转入: the row moves the file here from another union; an instruction to the import, not stored with the file. */
    TRANSFER_IN("transfer_in", ValueType.YES_NO, "转入", "Transferred in"),
    /** 转入日期: the day of that move, kept in the status history. */
    TRANSFERRED_ON("transferred_on", ValueType.DATE, "转入日期", "Transferred on"),
    /** 所属地区 as written (云南省红河州弥勒市); it also fills 省份, 地市 and 区县 where they can be told apart. */
    REGION("region", ValueType.TEXT, "所属地区", "Region"),
    /** 家庭月总收入: what the household earns in a month, kept as stated (not turned into a yearly figure). */
    MONTHLY_INCOME("monthly_income_fen", ValueType.MONEY, "家庭月总收入", "Monthly household income"),
    /** 有无车辆: whether the household owns or regularly uses a motor vehicle; 车辆情况 stays free text. */
    HAS_VEHICLE("has_vehicle", ValueType.YES_NO, "有无车辆", "Has a vehicle"),
    MEDICAL_INSURANCE("medical_insurance", ValueType.CHOICE, MedicalInsurance.class, "医疗保险", "Medical insurance"),
    EMPLOYER_CREDIT_CODE("employer_credit_code", ValueType.CREDIT_CODE, "统一社会信用代码", "Employer's credit code"),
    CLOSE_REASON_WORDING("close_reason_wording", ValueType.WORDING, "注销原因原文", "Close reason as written"),
    MAIN_CAUSE_WORDING("main_cause_wording", ValueType.WORDING, "主要致困原因原文", "Main cause as written"),
    SECONDARY_CAUSES_WORDING("secondary_causes_wording", ValueType.WORDING, "次要致困原因原文", "Secondary causes as written"),
    MEDICAL_INSURANCE_WORDING("medical_insurance_wording", ValueType.WORDING, "医疗保险原文", "Medical insurance as written"),
    // What classify weighs beyond the totals (schema version 7): where the household lives, the rigid
    // expenses item by item, imputed earners, the exclusions (不予建档) and the costs of a sudden hardship.
    REGION_CODE("region_code", ValueType.TEXT, "行政区划代码", "Region code"),
    MEDICAL_EXPENSES("medical_expenses_fen", ValueType.MONEY, "因病刚性支出", "Medical expenses"),
    DISABILITY_EXPENSES("disability_expenses_fen", ValueType.MONEY, "因残刚性支出", "Disability expenses"),
    SCHOOLING_EXPENSES("schooling_expenses_fen", ValueType.MONEY, "因学刚性支出", "Schooling expenses"),
    COMPULSORY_SCHOOLING("compulsory_schooling_fen", ValueType.MONEY, "其中义务教育支出", "Of which compulsory schooling"),
    HOUSING_EXPENSES("housing_expenses_fen", ValueType.MONEY, "住房刚性支出", "Housing expenses"),
    OTHER_EXPENSES("other_expenses_fen", ValueType.MONEY, "其他刚性支出", "Other rigid expenses"),
    ABLE_UNEMPLOYED("able_unemployed", ValueType.COUNT, "有劳动能力未就业人数", "Able members without work"),
    MOBILITY_VEHICLE("mobility_vehicle", ValueType.YES_NO, "残疾人功能性代步车", "Mobility vehicle for a disability"),
    HOMES("homes", ValueType.COUNT, "住房套数", "Homes owned"),
    HOME_AREA("home_area", ValueType.AREA, "住房总面积", "Total home area (m²)"),
    OWNS_BUSINESS("owns_business", ValueType.YES_NO, "经商办企", "Owns or controls a business"),
    PRIVATE_SCHOOL("private_school", ValueType.YES_NO, "子女就读高收费私立学校", "Child at a high-fee private school"),
    REFUSED_CHECK("refused_check", ValueType.YES_NO, "拒绝配合核查", "Refused verification"),
    HARDSHIP_COSTS("hardship_costs_fen", ValueType.MONEY, "致困费用", "Costs of the hardship"),
    COMPENSATION("compensation_fen", ValueType.MONEY, "赔偿及保险金额", "Compensation and insurance received");

    private final Spec spec;

    RosterField(String key, ValueType type, String zh, String en) {
        this.spec = new Spec(key, type, zh, en);
    }

    RosterField(String key, ValueType type, Class<? extends Enum<?>> choices, String zh, String en) {
        this.spec = new Spec(key, type, choices, zh, en);
    }

    /** Whether the field is a column of the household file; the transfer columns only instruct the import. */
    public boolean stored() {
        return this != TRANSFER_IN && this != TRANSFERRED_ON;
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
