package bangfu.model;

/** Kind of assistance in a disbursement ledger (救助类别). */
public enum AssistanceKind implements Labelled {
    LIVING("生活救助", "living assistance"),
    MEDICAL("医疗救助", "medical assistance"),
    EDUCATION("助学救助", "education assistance"),
    EMPLOYMENT("就业帮扶", "employment support"),
    ENTREPRENEURSHIP("创业帮扶", "business start-up support"),
    WARMTH("送温暖慰问", "festival relief visit (送温暖)"),
    TEMPORARY("临时救助", "temporary assistance"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    AssistanceKind(String chinese, String english) {
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
