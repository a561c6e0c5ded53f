package bangfu.lifecycle;

/**
 * The yearly minimum of visits (每年走访不少于2次, {@code policy: min_visits}). One definition holds it in verify
 * (TOO_FEW_VISITS), the yearly report (走访不足N次户数) and {@code visit due}: a file period is held to the
 * minimum in a year when it is on file at the end of that year ({@link Tenure#onFileAtEndOf}; for {@code visit
 * due} during the year, on file at the as-of day), counting its visits dated in that year; a period filed late
 * in the year is held to the same minimum.
 */
public record YearlyMinimum(int perYear) {
    public YearlyMinimum {
        if (perYear < 0) throw new IllegalArgumentException("negative minimum");
    }

    public boolean shortOf(int visitsInYear) {
        return visitsInYear < perYear;
    }

    /** Visits still owed this year. */
    public int owed(int visitsInYear) {
        return Math.max(0, perYear - visitsInYear);
    }
}
