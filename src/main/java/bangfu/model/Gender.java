package bangfu.model;

/** Gender as recorded on the resident ID (性别). */
public enum Gender implements Labelled {
    MALE("男", "male"),
    FEMALE("女", "female");

    private final String chinese;
    private final String english;

    Gender(String chinese, String english) {
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
