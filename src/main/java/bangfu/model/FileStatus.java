package bangfu.model;

/** Where a hardship file stands in its lifecycle (档案状态). */
public enum FileStatus implements Labelled {
    ACTIVE("在档", "active"),
    PHASING_OUT("渐退", "phasing out"),
    EXITED("脱困", "exited hardship"),
    CLOSED("注销", "closed");

    private final String chinese;
    private final String english;

    FileStatus(String chinese, String english) {
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
