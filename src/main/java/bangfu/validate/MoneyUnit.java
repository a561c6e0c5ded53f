package bangfu.validate;

import java.math.BigDecimal;

/** The unit a money column is kept in; headers such as "救助金额（万元）" name it. */
public enum MoneyUnit {
    YUAN(BigDecimal.ONE),
    WAN_YUAN(BigDecimal.valueOf(10_000));

    private final BigDecimal yuan;

    MoneyUnit(BigDecimal yuan) {
        this.yuan = yuan;
    }

    /** How many yuan one of this unit is. */
    public BigDecimal inYuan() {
        return yuan;
    }

    /** WAN_YUAN when the header mentions 万元 (in any brackets), else YUAN. */
    public static MoneyUnit fromHeader(String header) {
        String h = Widths.compact(header);
        return h.contains("万元") || h.contains("(万)") || h.contains("【万】") ? WAN_YUAN : YUAN;
    }
}
