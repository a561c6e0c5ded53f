package bangfu.classify;

import java.math.BigInteger;

/** Comparisons of products of fen amounts without overflow: longs while they fit, BigInteger beyond. */
final class Exact {
    private Exact() {
    }

    /** The sign of a × b − c × d. */
    static int compare(long a, long b, long c, long d) {
        long hiLeft = Math.multiplyHigh(a, b);
        long hiRight = Math.multiplyHigh(c, d);
        long left = a * b;
        long right = c * d;
        // Both products fit in a long when the high word is just the sign extension of the low word.
        if (hiLeft == (left >> 63) && hiRight == (right >> 63)) return Long.compare(left, right);
        return BigInteger.valueOf(a).multiply(BigInteger.valueOf(b))
                .compareTo(BigInteger.valueOf(c).multiply(BigInteger.valueOf(d)));
    }
}
