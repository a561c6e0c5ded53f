package bangfu.classify;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * A per-capita monthly income as an exact fraction of fen: (yearly net income) ÷ (12 × household size) is
 * rarely a whole number of fen, and a bound must be tested on the exact value, not on a rounded one.
 */
public record PerCapita(long numerator, long denominator) {
    public PerCapita {
        if (denominator <= 0) throw new IllegalArgumentException("denominator must be positive");
    }

    public static PerCapita of(long fen) {
        return new PerCapita(fen, 1);
    }

    /** Rounded half away from zero to a whole fen, for display and the JSON figure. */
    public long roundedFen() {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, RoundingMode.HALF_UP).longValueExact();
    }

    public boolean whole() {
        return numerator % denominator == 0;
    }

    /** In 元 with as many decimals as needed up to six (then rounded), for an explanation. */
    public BigDecimal yuan() {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator).multiply(BigDecimal.valueOf(100)), 6,
                RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** The sign of this − {@code multiple} × {@code fen}, exactly. */
    public int compareTo(Ratio multiple, long fen) {
        // n/d ? (p/q) × f  ⇔  n × q ? p × f × d
        try {
            long left = Math.multiplyExact(numerator, multiple.denominator());
            long right = Math.multiplyExact(Math.multiplyExact(multiple.numerator(), fen), denominator);
            return Long.compare(left, right);
        } catch (ArithmeticException tooLarge) {
            return BigInteger.valueOf(numerator).multiply(BigInteger.valueOf(multiple.denominator())).compareTo(
                    BigInteger.valueOf(multiple.numerator()).multiply(BigInteger.valueOf(fen)).multiply(BigInteger.valueOf(denominator)));
        }
    }

    /** The sign of this − {@code fen}, exactly. */
    public int compareTo(long fen) {
        return Exact.compare(numerator, 1, fen, denominator);
    }
}
