package bangfu.model;

/** The fields of a household file (困难职工档案) as a roster carries them. */
public enum RosterField implements Field {
    HEAD_ID("head_id", ValueType.ID, "身份证号码", "ID number"),
    HEAD_NAME("head_name", ValueType.TEXT, "姓名", "Name"),
    GENDER("gender", ValueType.CHOICE, "性别", "Gender"),
    ETHNICITY("ethnicity", ValueType.TEXT, "民族", "Ethnicity"),
    BIRTH_DATE("birth_date", ValueType.DATE, "出生日期", "Date of birth"),
    PHONE("phone", ValueType.PERSONAL, "联系电话", "Phone"),
    UNION_NAME("union_name", ValueType.TEXT, "所属工会", "Union"),
    EMPLOYER("employer", ValueType.TEXT, "工作单位", "Employer"),
    PROVINCE("province", ValueType.TEXT, "省份", "Province"),
    CITY("city", ValueType.TEXT, "地市", "City"),
    COUNTY("county", ValueType.TEXT, "区县", "County"),
    ADDRESS("address", ValueType.TEXT, "家庭住址", "Address"),
    TIER("tier", ValueType.CHOICE, "困难类别", "Tier"),
    FILE_LEVEL("file_level", ValueType.CHOICE, "建档层级", "Filing level"),
    STATUS("status", ValueType.CHOICE, "档案状态", "File status"),
    FILED_ON("filed_on", ValueType.DATE, "建档日期", "Filed on"),
    PHASED_OUT_ON("phased_out_on", ValueType.DATE, "渐退日期", "In phase-out since"),
    EXITED_ON("exited_on", ValueType.DATE, "脱困日期", "Exited on"),
    CLOSED_ON("closed_on", ValueType.DATE, "注销日期", "Closed on"),
    CLOSE_REASON("close_reason", ValueType.CHOICE, "注销原因", "Close reason"),
    MAIN_CAUSE("main_cause", ValueType.CHOICE, "主要致困原因", "Main cause"),
    SECONDARY_CAUSES("secondary_causes", ValueType.CHOICES, "次要致困原因", "Secondary causes"),
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
    TRANSFERRED_ON("transferred_on", ValueType.DATE, "转入日期", "Transferred on");

    private final Spec spec;

    RosterField(String key, ValueType type, String zh, String en) {
        this.spec = new Spec(key, type, zh, en);
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
