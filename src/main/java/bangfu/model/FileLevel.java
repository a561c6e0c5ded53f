package bangfu.model;

/** Level of the union at which a hardship file is held (建档层级); independent of the tier. */
public enum FileLevel implements Labelled {
    NATIONAL("全国级", "national"),
    PROVINCE("省级", "provincial"),
    CITY("地市级", "city"),
    COUNTY("区县级", "county"),
    GRASSROOTS("基层", "grassroots");

    private final String chinese;
    private final String english;

    FileLevel(String chinese, String english) {
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
