package bangfu.model;

/** Hardship tier of a household file (困难类别). */
public enum Tier implements Labelled {
    DEEP("深度困难", "deep hardship"),
    RELATIVE("相对困难", "relative hardship"),
    ACCIDENT("意外致困", "hardship from accident"),
    GENERAL("一般困难", "general hardship");

    private final String chinese;
    private final String english;

    Tier(String chinese, String english) {
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
