package bangfu.model;

/** Why a hardship file was closed (注销原因). */
public enum CloseReason implements Labelled {
    EXITED("脱困", "exited hardship"),
    DEATH("死亡", "death"),
    RETIREMENT("退休", "retirement"),
    TRANSFER("调离", "transferred away"),
    NOT_ELIGIBLE("不再符合条件", "no longer eligible"),
    CHECK_FAILED("核查不符", "failed verification"),
    FRAUD("弄虚作假", "fraud"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    CloseReason(String chinese, String english) {
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
