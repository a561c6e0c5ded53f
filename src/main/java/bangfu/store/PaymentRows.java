package bangfu.store;

import java.util.Arrays;

/**
 * Payments of a stretch of the period as the storage reads them for the yearly report, one column per array:
 * the household, kind and fund source as indexes into the report's code lists, 人次, the amount and its part
 * paid to a bank card. The report sums and counts them; the storage only reads.
 */
public final class PaymentRows {
    private long[] household = new long[1 << 16];
    private byte[] kind = new byte[1 << 16];
    private byte[] source = new byte[1 << 16];
    private long[] events = new long[1 << 16];
    private long[] fen = new long[1 << 16];
    private long[] cardFen = new long[1 << 16];
    private int size;

    /**
     * @param k    the kind's index in the report's kinds, their count for a code not among them
     * @param s    the fund source's index in the report's sources, -1 when not filled, their count for an unknown code
     * @param e    人次: 受助人数, or 1
     * @param card the part of {@code f} paid to a bank card
     */
    public void add(long h, int k, int s, long e, long f, long card) {
        if (size == household.length) {
            int n = size * 2;
            household = Arrays.copyOf(household, n);
            kind = Arrays.copyOf(kind, n);
            source = Arrays.copyOf(source, n);
            events = Arrays.copyOf(events, n);
            fen = Arrays.copyOf(fen, n);
            cardFen = Arrays.copyOf(cardFen, n);
        }
        household[size] = h;
        kind[size] = (byte) k;
        source[size] = (byte) s;
        events[size] = e;
        fen[size] = f;
        cardFen[size] = card;
        size++;
    }

    public int size() {
        return size;
    }

    public long household(int i) {
        return household[i];
    }

    public int kind(int i) {
        return kind[i];
    }

    public int source(int i) {
        return source[i];
    }

    public long events(int i) {
        return events[i];
    }

    public long fen(int i) {
        return fen[i];
    }

    public long cardFen(int i) {
        return cardFen[i];
    }
}
