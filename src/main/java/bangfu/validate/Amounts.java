package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads the amount of one disbursement (发放金额) in fen: a {@link Money} amount that must not be zero. */
public final class Amounts {
    private Amounts() {
    }

    /**
     * The amount in fen, read by {@link Money#parse} with the unit named in the column header; a unit in
     * the cell wins. A negative amount is {@code MONEY_NEGATIVE}; zero is an error {@code AMOUNT_ZERO},
     * since a payment of nothing is a placeholder row or a missing figure.
     */
    public static Parsed<Long> parse(Cell cell, MoneyUnit headerUnit) {
        Parsed<Long> money = Money.parse(cell, headerUnit);
        if (money.value().isPresent() && money.value().get() == 0L) {
            List<Issue> issues = new ArrayList<>(money.issues());
            issues.add(Issue.error("AMOUNT_ZERO", cell.text().strip()));
            return new Parsed<>(Optional.empty(), issues);
        }
        return money;
    }
}
