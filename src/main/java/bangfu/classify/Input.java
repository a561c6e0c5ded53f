package bangfu.classify;

import bangfu.model.Labelled;
import bangfu.model.RosterField;

/** Something a decision needs and a file or the policy may lack; a lacking input is a finding, never guessed. */
public enum Input implements Labelled {
    REGION("region", "所属地区（省份/地市/区县）或行政区划代码", "region (省份/地市/区县 or region code)"),
    DIBAO("dibao", "当地当时的低保标准（政策）", "the local 低保 standard on that day (policy)"),
    /** Neither 家庭年收入 nor 家庭月总收入: the code is the yearly column's, the usual one. */
    YEARLY_INCOME(RosterField.YEARLY_INCOME.key(), "家庭年收入（或家庭月总收入）", "yearly (or monthly) household income"),
    HOUSEHOLD_SIZE(RosterField.HOUSEHOLD_SIZE),
    EXPENSE_ITEMS("rigid_expense_items", "分项刚性支出（因病、因残、因学、住房、其他）", "rigid expenses item by item"),
    ABLE_UNEMPLOYED(RosterField.ABLE_UNEMPLOYED),
    MIN_WAGE("min_wage", "当地当时的最低工资标准（政策）", "the local minimum wage on that day (policy)"),
    RESIDENT_INCOME("resident_income", "居民人均可支配收入（政策）", "the residents' disposable income per person (policy)"),
    HARDSHIP_COSTS(RosterField.HARDSHIP_COSTS),
    HAS_VEHICLE(RosterField.HAS_VEHICLE),
    VEHICLE(RosterField.VEHICLE),
    HOMES(RosterField.HOMES),
    HOME_AREA(RosterField.HOME_AREA),
    OWNS_BUSINESS(RosterField.OWNS_BUSINESS),
    PRIVATE_SCHOOL(RosterField.PRIVATE_SCHOOL),
    REFUSED_CHECK(RosterField.REFUSED_CHECK);

    private final String code;
    private final String chinese;
    private final String english;

    Input(String code, String chinese, String english) {
        this.code = code;
        this.chinese = chinese;
        this.english = english;
    }

    Input(RosterField field) {
        this(field.key(), field.zh(), field.en());
    }

    /** The stable code in JSON: the roster field's key, or the policy figure's. */
    public String code() {
        return code;
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
