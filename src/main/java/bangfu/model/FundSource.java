package bangfu.model;

/** Where the money of a disbursement comes from (资金来源). */
public enum FundSource implements Labelled {
    CENTRAL("中央财政", "central government funds"),
    PROVINCE("省级财政", "provincial funds"),
    CITY("地市级财政", "city funds"),
    COUNTY("区县级财政", "county funds"),
    UNION_FUNDS("工会经费", "trade-union funds"),
    DONATION("社会捐助", "donations"),
    OTHER("其他", "other");

    private final String chinese;
    private final String english;

    FundSource(String chinese, String english) {
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
