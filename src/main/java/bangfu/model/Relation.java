package bangfu.model;

/**
 * A member's relation to the head of household (与户主关系), in the one-digit groups of GB/T 4761-2008
 * 《家庭关系代码》, with 子 (2) and 女 (3) joined as 子女 as the filing forms write it.
 */
public enum Relation implements Labelled {
    HEAD("户主", "head of household"),
    SPOUSE("配偶", "spouse"),
    CHILD("子女", "child"),
    GRANDCHILD("孙子女", "grandchild"),
    PARENT("父母", "parent"),
    GRANDPARENT("祖父母", "grandparent"),
    SIBLING("兄弟姐妹", "sibling"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    Relation(String chinese, String english) {
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
