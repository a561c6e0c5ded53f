package bangfu.model;

/** A condition under which a household is not filed (不予建档), whatever its income. */
public enum Exclusion implements Labelled {
    VEHICLE("拥有或经常使用机动车辆", "owns or regularly uses a motor vehicle"),
    HOMES("多套住房且超过当地人均住房面积", "several homes above the local floor area per person"),
    BUSINESS("经商办企或控股", "owns or controls a business"),
    PRIVATE_SCHOOL("子女就读高收费私立学校", "child at a high-fee private school"),
    REFUSED_CHECK("拒绝配合核查", "refused verification");

    private final String chinese;
    private final String english;

    Exclusion(String chinese, String english) {
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
