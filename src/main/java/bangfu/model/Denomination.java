package bangfu.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The unit money is shown in: 元 with fen, or 万元 with one decimal as official summaries quote it (3515.1万元). */
public enum Denomination {
    YUAN("元", 2, 2),
    WAN_YUAN("万元", 6, 1);

    private final String symbol;
    private final int fenDigits;
    private final int decimals;

    Denomination(String symbol, int fenDigits, int decimals) {
        this.symbol = symbol;
        this.fenDigits = fenDigits;
        this.decimals = decimals;
    }

    public String symbol() {
        return symbol;
    }

    public int decimals() {
        return decimals;
    }

    /** The amount in this unit, rounded half up to the unit's decimals; totals are rounded once, from exact fen. */
    public BigDecimal of(long fen) {
        return BigDecimal.valueOf(fen, fenDigits).setScale(decimals, RoundingMode.HALF_UP);
    }
}
