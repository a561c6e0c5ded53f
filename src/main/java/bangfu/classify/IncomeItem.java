package bangfu.classify;

import bangfu.model.Labelled;
import bangfu.model.RigidExpense;

/** The kinds of line in an income computation. */
public enum IncomeItem implements Labelled {
    YEARLY("家庭年收入", "yearly household income"),
    /** 家庭月总收入 × 12, where the roster states no yearly income. */
    MONTHLY("家庭月总收入 × 12", "monthly household income × 12"),
    UNION_AID("近12个月工会救助金", "union aid of the last 12 months"),
    IMPUTED("有劳动能力未就业人员按最低工资计入", "able members without work, at the minimum wage"),
    MEDICAL(RigidExpense.MEDICAL),
    DISABILITY(RigidExpense.DISABILITY),
    SCHOOLING(RigidExpense.SCHOOLING),
    HOUSING(RigidExpense.HOUSING),
    OTHER(RigidExpense.OTHER),
    RIGID_TOTAL("刚性支出（合计，未分项）", "rigid expenses (total, not itemised)");

    private final String chinese;
    private final String english;

    IncomeItem(String chinese, String english) {
        this.chinese = chinese;
        this.english = english;
    }

    IncomeItem(RigidExpense expense) {
        this(expense.chinese(), expense.english());
    }

    static IncomeItem of(RigidExpense expense) {
        return valueOf(expense.name());
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
