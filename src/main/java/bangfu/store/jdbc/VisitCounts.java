package bangfu.store.jdbc;

/**
 * The SQL both the yearly report's visit table and verify's TOO_FEW_VISITS (and {@code visit due}) count visits
 * with, so that they count by one definition ({@link bangfu.lifecycle.YearlyMinimum}): the periods on file at the
 * end of the year, read from the lifecycle columns bangfu writes, and each period's visits dated in a stretch of days.
 */
public final class VisitCounts {
    private VisitCounts() {
    }

    /** Periods on file at the end of a year: two parameters, the year twice. */
    public static final String ON_FILE_AT_END_OF_YEAR = " h.filed_year <= ? AND h.left_year > ?";

    /**
     * The same, for a scan of every period in row order with {@link #OF_HOUSEHOLD}: the unary plus keeps SQLite from
     * reading the periods through an index on the years, in random order, which makes their visits' look-ups random too.
     */
    public static final String ON_FILE_AT_END_OF_YEAR_IN_ROW_ORDER = " +h.filed_year <= ? AND +h.left_year > ?";

    /**
     * The visits of the period {@code h} dated from the first parameter to the second, inclusive. Asked once per
     * period while the periods are read in row order, it seeks the visits' index in household order: over a million
     * files this is cheaper than grouping every visit and joining the groups back.
     */
    public static final String OF_HOUSEHOLD = """
            (SELECT count(*) FROM visits v WHERE v.household_id = h.id AND v.visited_on >= ? AND v.visited_on <= ?)""";

    /**
     * The visits of the period {@code h} dated from 1 January of a year to a day of it, from the counts the database
     * keeps per period and year (schema version 10), joined as {@code y} by {@link #KEPT_FOR_YEAR}: the year's count
     * when none of its visits is later than the day — always so on the day itself, as no visit is dated in the future
     * — else counted from the visits. Three parameters: the day, 1 January, the day. A scan of a million files then
     * reads one small row for each instead of seeking the visits' index.
     */
    public static final String KEPT_UP_TO = """
            CASE WHEN y.last_on IS NULL THEN 0 WHEN y.last_on <= ? THEN y.visits ELSE (SELECT count(*) FROM visits v
             WHERE v.household_id = h.id AND v.visited_on >= ? AND v.visited_on <= ?) END""";

    /** The kept count of {@code h}'s visits in the year of the parameter, as {@code y}: none for a year without visits. */
    public static final String KEPT_FOR_YEAR = " LEFT JOIN visit_years y ON y.household_id = h.id AND y.year = ?";

    /** Visits per period dated from the first parameter to the second, inclusive, as a table {@code (household_id, n)}. */
    public static final String PER_HOUSEHOLD = """
            (SELECT household_id, count(*) AS n FROM visits WHERE visited_on >= ? AND visited_on <= ?
             GROUP BY household_id)""";
}
