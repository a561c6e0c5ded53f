package bangfu.store;

import bangfu.lifecycle.FileRecord;
import java.time.LocalDate;
import java.util.List;

/**
 * The aggregates the yearly report is made of, as the storage reads them. Every figure is grouped finely enough for the report to derive what it shows without another query.
 *
 * @param files     file periods that were on file at some time in the period, by group, tier, filing year,
 *                  leaving year and how they left
 * @param aid       payments in the period at every level of detail the report shows
 * @param visits    visit coverage of the files on file at the end of the period, by group
 * @param phaseOuts the files that have been in 渐退, with their history and visits up to the period's end (or
 *                  today), for the follow-ups the lifecycle schedules
 * @param causes    files on file at the end of the period by main and by secondary cause
 */
public record YearlyFigures(List<FileGroup> files, List<AidGroup> aid, List<VisitGroup> visits, List<FileRecord> phaseOuts,
                            Causes causes) {

    /** How tables 1–3 are broken down. */
    public enum Breakdown { NONE, UNION, REGION }

    /**
     * What to count.
     *
     * @param tier             a tier code, "" for files without a tier, null for all
     * @param union            a grassroots union's name, or null for all
     * @param region           a province, city or county as filed, or null for all
     * @param minVisitsPerYear the yearly minimum of visits per household
     * @param today            follow-ups due after this day are not counted as due yet
     * @param followUpMonths   months after entering 渐退 at which a follow-up falls due (policy)
     */
    public record Scope(int fromYear, int toYear, String tier, String union, String region, Breakdown by,
                        int minVisitsPerYear, LocalDate today, List<Integer> followUpMonths) {
        public Scope {
            if (toYear < fromYear) throw new IllegalArgumentException("period ends before it starts");
            followUpMonths = List.copyOf(followUpMonths);
        }

        /** The last day that counts: the end of the period, or today when the period is still running. */
        public LocalDate cutoff() {
            LocalDate end = LocalDate.of(toYear, 12, 31);
            return today.isBefore(end) ? today : end;
        }

        public String start() {
            return LocalDate.of(fromYear, 1, 1).toString();
        }

        public String end() {
            return LocalDate.of(toYear, 12, 31).toString();
        }

        public int years() {
            return toYear - fromYear + 1;
        }
    }

    /**
     * File periods sharing group, tier, flags and the years they were filed and left.
     *
     * @param filedYear 0 when the filing date is unknown (on file since before any period)
     * @param leftYear  9999 while on file; the year the period left the file otherwise
     * @param leftAs    EXITED, CLOSED or "" while on file
     * @param people    the sum of 家庭人口 (household_size, or 1 + members where it is not filled)
     * @param undated   periods among these that left without a 脱困/注销 date (counted as leaving when filed)
     */
    public record FileGroup(String group, String tier, int filedYear, int leftYear, String leftAs, String closeReason,
                            boolean migrant, boolean model, long files, long people, long undated) {
    }

    /** Whose payments an {@link AidGroup} counts: all, or only those to files of 农民工 or of 劳模 (the 其中 rows). */
    public enum Among { ALL, MIGRANT_WORKERS, MODEL_WORKERS }

    /**
     * Payments of one level of detail; a null group, kind or source means "all of them" (always so for the
     * 其中 rows, {@code among} other than ALL).
     *
     * @param households distinct heads of household (户主) paid
     * @param payments   户次: one per payment
     * @param events     人次: 受助人数 where the ledger has it, else one per payment
     * @param cardFen    the part of the amount paid to a bank card
     */
    public record AidGroup(String group, String kind, String source, Among among, long households, long payments,
                           long events, long fen, long cardFen) {
    }

    /**
     * Files on file at the end of the period that were visited in it.
     *
     * @param enough those visited at least the minimum number of times
     */
    public record VisitGroup(String group, long visited, long visits, long enough) {
    }

    /** @param secondary count per cause code, in the order of {@code codes} */
    public record Causes(long onFile, List<String> mainCodes, List<Long> main, long withSecondary, List<Long> secondary) {
    }
}
