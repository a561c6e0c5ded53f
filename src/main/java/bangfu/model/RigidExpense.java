package bangfu.model;

/** A kind of rigid expense (刚性支出) a policy may deduct from household income. */
public enum RigidExpense implements Labelled {
    MEDICAL("因病刚性支出", "medical expenses", RosterField.MEDICAL_EXPENSES),
    DISABILITY("因残刚性支出", "disability expenses", RosterField.DISABILITY_EXPENSES),
    SCHOOLING("因学刚性支出", "schooling expenses", RosterField.SCHOOLING_EXPENSES),
    HOUSING("住房刚性支出", "housing expenses", RosterField.HOUSING_EXPENSES),
    OTHER("其他刚性支出", "other rigid expenses", RosterField.OTHER_EXPENSES);

    private final String chinese;
    private final String english;
    private final RosterField field;

    RigidExpense(String chinese, String english, RosterField field) {
        this.chinese = chinese;
        this.english = english;
        this.field = field;
    }

    /** The roster column that states this expense. */
    public RosterField field() {
        return field;
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
