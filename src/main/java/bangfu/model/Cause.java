package bangfu.model;

/** Cause of hardship (致困原因); a file has one main cause and up to three secondary ones. */
public enum Cause implements Labelled {
    NO_WORK_CAPACITY("无劳动能力", "unable to work"),
    UNEMPLOYED_ABLE("有劳动能力而未就业", "able to work but not employed"),
    LAID_OFF("下岗失业", "laid off"),
    NO_SOCIAL_INSURANCE("未参加社会保险", "no social insurance"),
    INSURANCE_NOT_DELIVERED("社会保险待遇落实不到位", "insurance benefits not delivered"),
    SERIOUS_ILLNESS("患重特大疾病", "serious illness"),
    NATURAL_DISASTER("遭受自然灾害", "natural disaster"),
    ACCIDENT("遭受意外事故", "accident"),
    SCHOOLING("子女上学", "children's schooling"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    Cause(String chinese, String english) {
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
