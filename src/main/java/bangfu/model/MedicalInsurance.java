package bangfu.model;

/**
 * The head's medical insurance (医疗保险 / 医保状况). Since 2016 the urban residents' scheme and the rural
 * co-operative scheme (新农合) are one 城乡居民基本医疗保险; a roster that only says 有 or 是 is {@link #INSURED}.
 */
public enum MedicalInsurance implements Labelled {
    EMPLOYEE("城镇职工基本医疗保险", "employees' basic medical insurance"),
    RESIDENT("城乡居民基本医疗保险", "residents' basic medical insurance"),
    PUBLIC("公费医疗", "state-funded medical care"),
    INSURED("已参保", "insured, scheme not stated"),
    NONE("未参保", "not insured"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    MedicalInsurance(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    @Override
    public String chinese() {
        return chinese;
    }

    @Override
    public String english() {
        return english;
    }
}
