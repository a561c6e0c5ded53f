package bangfu.lifecycle;

import bangfu.model.FileStatus;
import java.time.LocalDate;
import java.util.Optional;

/**
 * When a file period was on file, read from its status and dates by the one set of rules that import, the
 * database checks, the yearly report and the visit rounds share. A period that exited (脱困) and was closed
 * later left when it exited; a leaving date before the filing date counts as the filing date; a period
 * without a filing date was filed long ago. For counting (the yearly report), a 脱困/注销 period without its
 * date counts as leaving on the day it was filed; for judging payments its end stays unknown.
 *
 * @param filedOn  建档日期, or null (filed long ago)
 * @param leftAs   {@link FileStatus#EXITED} or {@link FileStatus#CLOSED}; null while on file
 * @param leftOn   the day it left as counted, or null: on file, or left long ago without any date
 * @param undated  left without a 脱困/注销 date (leftOn then falls back on the filing date)
 */
public record Tenure(LocalDate filedOn, FileStatus leftAs, LocalDate leftOn, boolean undated) {
    /** The filing year of a period filed long ago. */
    public static final int LONG_AGO = 0;
    /** The leaving year of a period still on file. */
    public static final int STILL_ON_FILE = 9999;

    public static Tenure of(FileState s) {
        boolean exitedFirst = s.exitedOn() != null && (s.closedOn() == null || !s.exitedOn().isAfter(s.closedOn()));
        FileStatus leftAs = switch (s.status()) {
            case EXITED -> FileStatus.EXITED;
            case CLOSED -> exitedFirst ? FileStatus.EXITED : FileStatus.CLOSED;
            default -> null;
        };
        if (leftAs == null) return new Tenure(s.filedOn(), null, null, false);
        LocalDate stated = leftAs == FileStatus.EXITED ? (s.exitedOn() != null ? s.exitedOn() : s.closedOn()) : s.closedOn();
        LocalDate counted = stated == null ? s.filedOn()
                : s.filedOn() != null && stated.isBefore(s.filedOn()) ? s.filedOn() : stated;
        return new Tenure(s.filedOn(), leftAs, counted, stated == null);
    }

    public int filedYear() {
        return filedOn == null ? LONG_AGO : filedOn.getYear();
    }

    public int leftYear() {
        if (leftAs == null) return STILL_ON_FILE;
        return leftOn == null ? LONG_AGO : leftOn.getYear();
    }

    /** On file at the end of {@code day}: filed by then and not left by then. */
    public boolean onFileAt(LocalDate day) {
        boolean filed = filedOn == null || !filedOn.isAfter(day);
        return filed && (leftAs == null || (leftOn != null && leftOn.isAfter(day)));
    }

    /**
     * On file at the end of the year: the households held to the yearly minimum of visits in that year, by
     * verify, the yearly report and {@code visit due} alike.
     */
    public boolean onFileAtEndOf(int year) {
        return filedYear() <= year && leftYear() > year;
    }

    /** The last day a payment is within the period, when that is known (a 脱困/注销 day itself is within it). */
    public LocalDate lastPayableDay() {
        return leftAs == null || undated ? null : leftOn;
    }

    /** Why a payment dated {@code day} falls outside the period (先建档、后帮扶), if it does. */
    public Optional<Breach> breach(LocalDate day) {
        return breach(filedOn, lastPayableDay(), day);
    }

    /**
     * The same, from the two limits alone ({@code filedOn}, {@link #lastPayableDay()}; null where unknown), for an
     * import that keeps only those for each of a million files.
     */
    public static Optional<Breach> breach(LocalDate filedOn, LocalDate lastPayableDay, LocalDate day) {
        if (filedOn != null && day.isBefore(filedOn)) return Optional.of(new Breach(false, filedOn));
        if (lastPayableDay != null && day.isAfter(lastPayableDay)) return Optional.of(new Breach(true, lastPayableDay));
        return Optional.empty();
    }

    /** A payment outside the period: before it was filed, or ({@code afterLeaving}) after it left, on {@code limit}. */
    public record Breach(boolean afterLeaving, LocalDate limit) {
    }
}
