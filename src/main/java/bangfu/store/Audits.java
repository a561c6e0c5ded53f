package bangfu.store;

import bangfu.lifecycle.Tenure;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;

/** The findings the checks of {@code verify} without files are made of, read as rows of households. */
public interface Audits {
    /** The household a finding is about: its row, full head ID (masked by the caller), name and union. */
    record Household(long id, String headId, String name, String union) {
    }

    /** One file in which a person appears, as 户主 ({@code head}) or member. */
    record PersonInFile(String personId, Household household, boolean head) {
    }

    /** A payment that may fall outside its file period, with the period's tenure to judge it by. */
    record OffFilePayment(Household household, String kind, long amountFen, LocalDate paidOn, Tenure tenure) {
    }

    /** What one household (all its periods) received in a year, of one kind or ({@code kind} null) in all. */
    record YearTotal(Household household, String kind, long totalFen, int payments) {
    }

    /** A payment in cash or in kind, or without a funding source. */
    record FlaggedPayment(Household household, String kind, long amountFen, LocalDate paidOn, String method,
                                 String fundSource) {
    }

    /** A household and a number (visits in the year). */
    record Counted(Household household, int count) {
    }

    /** A household and a date (the last change of its file). */
    record Dated(Household household, LocalDate date) {
    }

    /**
     * The rows of one query, read as they are iterated so that a million findings never sit in memory at once;
     * several may be open together. Close it.
     */
    interface Rows<T> extends Iterator<T>, AutoCloseable {
        @Override
        void close();
    }

    /** The latest year with a payment or a visit, or null for a database without either. */
    Integer latestYear();

    /** Every appearance of a person (by ID) who is 户主 or member in more than one file on record now (一户一档). */
    Rows<PersonInFile> peopleInSeveralFiles();

    /**
     * Payments dated before the file's filing date or after the day it left the file, as the lifecycle columns
     * give them: the candidates only, which {@link Tenure#breach} judges (a payment on the filing, exit or closing
     * day itself is within the file, and a 脱困/注销 without its date has no known end — as on import).
     */
    Rows<OffFilePayment> paymentsOffFile(LocalDate from, LocalDate to);

    /**
     * Yearly totals per household above {@code capFen}, all kinds together; a head's periods within the year
     * count as one household, shown through its latest period.
     */
    Rows<YearTotal> totalsAbove(int year, long capFen);

    /** Yearly totals per household and kind above that kind's cap (kind code → cap in fen). */
    Rows<YearTotal> kindTotalsAbove(int year, Map<String, Long> capsFen);

    /** Payments in cash or in kind, or with no funding source recorded. */
    Rows<FlaggedPayment> irregularPayments(LocalDate from, LocalDate to);

    /**
     * Households held to the yearly minimum in {@code year} — on file at its end, as the yearly report counts them
     * ({@link bangfu.lifecycle.YearlyMinimum}) — with fewer than {@code minimum} visits dated in it.
     */
    Rows<Counted> fewVisits(int year, int minimum);

    /** Files in 渐退 whose 渐退日期 nobody stated: no follow-up can be scheduled for them. */
    Rows<Counted> phaseOutsUndated();

    /** Households on file for the whole year that received no payment in it (未帮扶过档案). */
    Rows<Counted> neverAssisted(int year);

    /**
     * Files on record whose last change is before {@code before}: the later of the day the import that
     * created or last changed the file finished and the day its latest status change was recorded (UTC).
     */
    Rows<Dated> unchangedSince(LocalDate before);

    /**
     * Files on record whose main or secondary cause is 子女上学 but where no member is of school age on
     * {@code on} (members without a known birth date are given the benefit of the doubt).
     */
    Rows<Counted> schoolingWithoutPupil(LocalDate on, int fromAge, int toAge);
}
