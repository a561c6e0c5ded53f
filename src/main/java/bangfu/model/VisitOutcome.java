package bangfu.model;

/** What a visit found (走访结果); a new hardship (新情况/返困) may call for reopening the file. */
public enum VisitOutcome implements Labelled {
    STABLE("稳定", "stable"),
    NEW_HARDSHIP("新情况", "new hardship"),
    IMPROVED("好转", "improved"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    VisitOutcome(String chinese, String english) {
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
