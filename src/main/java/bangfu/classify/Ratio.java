package bangfu.classify;

import java.math.BigDecimal;

/** A policy's multiple or share (2, 1.5, 0.8) as an exact fraction p/q, so 1.5 × 低保 is never 1.4999… × 低保. */
public record Ratio(long numerator, long denominator) {
    public Ratio {
        if (denominator <= 0 || numerator < 0) throw new IllegalArgumentException("bad ratio");
    }

    public static Ratio of(BigDecimal value) {
        BigDecimal d = value.stripTrailingZeros();
        if (d.scale() <= 0) return new Ratio(d.longValueExact(), 1);
        return new Ratio(d.unscaledValue().longValueExact(), BigDecimal.TEN.pow(d.scale()).longValueExact());
    }

    /** The sign of {@code a} − this × {@code b}, exactly. */
    int compare(long a, long b) {
        // a ? (p/q) × b  ⇔  a × q ? p × b
        return Exact.compare(a, denominator, numerator, b);
    }

    public BigDecimal value() {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator)).stripTrailingZeros();
    }
}
