package bangfu.model;

/** The fields of a household member (家庭成员). */
public enum MemberField implements Field {
    HEAD_ID("head_id", ValueType.ID, "户主身份证号码", "Head's ID number"),
    NAME("name", ValueType.TEXT, "成员姓名", "Member name"),
    ID_NUMBER("id_number", ValueType.ID, "成员身份证号码", "Member ID number"),
    RELATION("relation", ValueType.CHOICE, Relation.class, "与户主关系", "Relation to head"),
    GENDER("gender", ValueType.CHOICE, Gender.class, "性别", "Gender"),
    BIRTH_DATE("birth_date", ValueType.DATE, "出生日期", "Date of birth"),
    HEALTH("health", ValueType.TEXT, "健康状况", "Health"),
    OCCUPATION("occupation", ValueType.TEXT, "就业就学情况", "Work or school"),
    RELATION_WORDING("relation_wording", ValueType.WORDING, "与户主关系原文", "Relation as written");

    private final Spec spec;

    MemberField(String key, ValueType type, String zh, String en) {
        this.spec = new Spec(key, type, zh, en);
    }

    MemberField(String key, ValueType type, Class<? extends Enum<?>> choices, String zh, String en) {
        this.spec = new Spec(key, type, choices, zh, en);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
