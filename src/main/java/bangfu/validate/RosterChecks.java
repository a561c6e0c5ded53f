package bangfu.validate;

import bangfu.lifecycle.Lifecycle;
import bangfu.model.Field;
import bangfu.model.FileStatus;
import bangfu.model.Gender;
import bangfu.model.IdNumber;
import bangfu.model.Issue;
import bangfu.model.RosterField;
import bangfu.model.Values;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks across the fields of one roster row: the ID against gender and birth date, dates in order, income sums. */
final class RosterChecks {
    private RosterChecks() {
    }

    static void check(Map<Field, Object> v, SheetLayout layout, List<CellIssue> issues) {
        if (v.get(RosterField.HEAD_ID) instanceof IdNumber id) {
            for (Issue i : IdNumbers.crossCheck(id, (Gender) v.get(RosterField.GENDER), (Temporal) v.get(RosterField.BIRTH_DATE))) {
                RosterField at = i.code().contains("GENDER") ? RosterField.GENDER : RosterField.BIRTH_DATE;
                issues.add(layout.issueAt(at, i, String.valueOf(display(v.get(at)))));
            }
        }
        if (v.get(RosterField.HOUSEHOLD_SIZE) instanceof Integer size && size < 1) {
            issues.add(layout.issueAt(RosterField.HOUSEHOLD_SIZE, Issue.error("HOUSEHOLD_SIZE"), size.toString()));
        }
        // A filing month alone (建档年月) counts from its first day.
        Object filed = v.get(RosterField.FILED_ON);
        for (RosterField end : ENDS) {
            if (filed != null && v.get(end) instanceof LocalDate d && d.isBefore(Values.firstDay(filed))) {
                issues.add(layout.issueAt(end, Issue.error("DATE_BEFORE_FILED", end.zh(), d, filed), d.toString()));
            }
        }
        // The day a status took effect is a fact of its own: a 渐退, 脱困 or 注销 without it stays undated.
        if (v.get(RosterField.STATUS) instanceof FileStatus status && Lifecycle.wantsDate(status)
                && !v.containsKey(Lifecycle.dateField(status))) {
            String word = status.label(bangfu.model.Lang.ZH);
            issues.add(layout.issueAt(RosterField.STATUS, Issue.warning("STATUS_DATE_MISSING", word,
                    Lifecycle.dateField(status).zh()), word));
        }
        checkPerCapita(v, layout, issues);
        // One main cause and at most three secondary ones, as the national filing system allows.
        if (v.get(RosterField.SECONDARY_CAUSES) instanceof List<?> secondary && secondary.size() > MAX_SECONDARY_CAUSES) {
            issues.add(layout.issueAt(RosterField.SECONDARY_CAUSES, Issue.error("CAUSES_TOO_MANY", secondary.size(),
                    MAX_SECONDARY_CAUSES), String.valueOf(secondary.size())));
        }
    }

    static final int MAX_SECONDARY_CAUSES = 3;
    /** The dates that must not fall before the filing date: 渐退日期, 脱困日期, 注销日期. */
    private static final RosterField[] ENDS = {RosterField.PHASED_OUT_ON, RosterField.EXITED_ON, RosterField.CLOSED_ON};

    /**
     * 家庭人均月收入 = (年收入 − 刚性支出) ÷ 12 ÷ 人口, within rounding; a roster that gives 家庭月总收入 instead of
     * the yearly income counts twelve such months.
     */
    private static void checkPerCapita(Map<Field, Object> v, SheetLayout layout, List<CellIssue> issues) {
        Object yearly = v.get(RosterField.YEARLY_INCOME);
        if (yearly == null && v.get(RosterField.MONTHLY_INCOME) instanceof Long monthly) yearly = monthly * 12;
        if (!(yearly instanceof Long income)
                || !(v.get(RosterField.HOUSEHOLD_SIZE) instanceof Integer size) || size < 1
                || !(v.get(RosterField.PER_CAPITA_INCOME) instanceof Long stated)) {
            return;
        }
        long expenses = v.get(RosterField.RIGID_EXPENSES) instanceof Long e ? e : 0;
        long expected = divideHalfUp(income - expenses, 12L * size);
        if (Math.abs(expected - stated) > RowReader.PER_CAPITA_TOLERANCE_FEN) {
            issues.add(layout.issueAt(RosterField.PER_CAPITA_INCOME, Issue.warning("PER_CAPITA_MISMATCH",
                    yuan(stated), yuan(expected)), yuan(stated)));
        }
    }

    /** n ÷ d rounded half away from zero, as BigDecimal's HALF_UP rounds, in plain longs: it runs for every row. */
    static long divideHalfUp(long n, long d) {
        long q = n / d;
        long r = Math.abs(n % d);
        return r * 2 >= d ? q + Long.signum(n) : q;
    }

    private static String yuan(long fen) {
        return java.math.BigDecimal.valueOf(fen, 2).toPlainString();
    }

    private static Object display(Object o) {
        return o instanceof Gender g ? g.label(bangfu.model.Lang.ZH) : o;
    }
}
