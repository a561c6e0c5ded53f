package bangfu.store.jdbc;

import bangfu.classify.FileSource;
import bangfu.classify.Household;
import bangfu.classify.Region;
import bangfu.model.Cause;
import bangfu.model.FileStatus;
import bangfu.model.RigidExpense;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Reads file periods for classify: the households on record page by page in row order, and the union aid summed
 * once. Each row comes as one JSON array of the columns classify weighs ({@link Engine#jsonArray}): a million rows
 * of thirty columns cost SQLite's driver a JNI call per column otherwise, three times the time of everything else.
 * Read-only, the next page is read on a second thread while the first is classified (on PostgreSQL too: the driver
 * serialises the two threads' use of the one connection, and only the reader uses it during the scan).
 */
public final class ClassifyFiles implements FileSource {
    /**
     * The columns of a row, in the order of the array; the indexes below name them. The scan leaves out the head's
     * ID, name and union, which only a listed file needs, and the listed files are read again in full.
     */
    private static final String FIGURES = """
            region_code, province, city, county, tier, status, household_size, yearly_income_fen, monthly_income_fen,
            rigid_expenses_fen, per_capita_monthly_fen,
            medical_expenses_fen, disability_expenses_fen, schooling_expenses_fen, housing_expenses_fen, other_expenses_fen,
            compulsory_schooling_fen, able_unemployed, has_vehicle, vehicle, mobility_vehicle, homes, %s, owns_business,
            private_school, refused_check, main_cause, secondary_causes, hardship_costs_fen, compensation_fen""";
    /** The expense columns in the order of the array. */
    private static final RigidExpense[] EXPENSES = {RigidExpense.MEDICAL, RigidExpense.DISABILITY, RigidExpense.SCHOOLING,
        RigidExpense.HOUSING, RigidExpense.OTHER};
    private static final String ON_RECORD = "status IN ('ACTIVE', 'PHASING_OUT')";
    /** Files per page of the scan, and row ids per look-up of listed files (well under SQLite's parameter limit). */
    private static final int PAGE = 10_000;
    private static final int CHUNK = 500;
    private static final List<Household> END = List.of();

    private final Engine db;
    private final boolean readAhead;
    /** The scan's row and a listed file's, each one JSON array as the engine writes it. */
    private final String scan;
    private final String row;
    // The same few regions, unions, tiers, statuses and causes recur a million times: each is made once.
    private final Map<JsonRow.Key, Region> regions = new HashMap<>();
    private final Map<JsonRow.Key, String> unions = new HashMap<>();
    private final Map<JsonRow.Key, Optional<Tier>> tiers = new HashMap<>();
    private final Map<JsonRow.Key, FileStatus> statuses = new HashMap<>();
    private final Map<JsonRow.Key, Set<Cause>> causes = new HashMap<>();

    /**
     * @param readAhead read the next page on a second thread; only for a reading run, since a run that writes
     *                  between pages must have the connection to itself
     */
    public ClassifyFiles(Engine db, boolean readAhead) {
        this.db = db;
        this.readAhead = readAhead;
        String figures = FIGURES.formatted(db.asStoredNumber("home_area"));
        this.scan = db.jsonArray("id, '', '', '', " + figures);
        this.row = db.jsonArray("id, head_id, head_name, union_name, " + figures);
    }

    @Override
    public void forEachOnRecord(Optional<String> union, AidWindow aid, Consumer<Household> each) {
        Map<Long, Long> paid = aid.kinds().isEmpty() ? Map.of() : aid(aid, null, 0, 0);
        String sql = "SELECT " + scan + " FROM households WHERE " + ON_RECORD + (union.isPresent() ? " AND union_name = ?" : "")
                + " AND id > ? ORDER BY id LIMIT " + PAGE;
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            Pages pages = after -> page(ps, union, after, paid);
            if (readAhead) readAhead(pages, each);
            else for (List<Household> p = pages.after(0); !p.isEmpty(); p = p.size() < PAGE ? END : pages.after(last(p))) {
                p.forEach(each);
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** One page of files after a row id. */
    private interface Pages {
        List<Household> after(long id) throws SQLException;
    }

    private List<Household> page(PreparedStatement ps, Optional<String> union, long after, Map<Long, Long> paid)
            throws SQLException {
        int p = 1;
        if (union.isPresent()) ps.setString(p++, union.get());
        ps.setLong(p, after);
        List<Household> page = new ArrayList<>(PAGE);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) page.add(household(new JsonRow(rs.getBytes(1)), paid));
        }
        return page;
    }

    private static long last(List<Household> page) {
        return page.get(page.size() - 1).id();
    }

    /** Pages read on a second thread, at most two ahead, handed on here; a failure on either side stops both. */
    private void readAhead(Pages pages, Consumer<Household> each) throws SQLException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(2);
        Thread reader = new Thread(() -> {
            try {
                List<Household> p = pages.after(0);
                while (true) {
                    queue.put(p);
                    if (p.size() < PAGE) break;
                    p = pages.after(last(p));
                }
            } catch (SQLException | RuntimeException e) {
                queue.offer(e);
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            }
        }, "classify-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next instanceof SQLException e) throw e;
                if (next instanceof RuntimeException e) throw e;
                @SuppressWarnings("unchecked")
                List<Household> page = (List<Household>) next;
                page.forEach(each);
                if (page.size() < PAGE) break;
            }
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the files", e);
        } finally {
            // the statement is closed after this: the reader must be done with it
            reader.interrupt();
            try {
                reader.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public void forEachOf(long[] ids, AidWindow aid, Consumer<Household> each) {
        List<Household> page = new ArrayList<>(CHUNK);
        try {
            for (int from = 0; from < ids.length; from += CHUNK) {
                int to = Math.min(ids.length, from + CHUNK);
                page.clear();
                Map<Long, Long> paid = aid.kinds().isEmpty() ? Map.of() : aid(aid, ids, from, to);
                try (PreparedStatement ps = db.connection().prepareStatement("SELECT " + row + " FROM households WHERE id IN ("
                        + String.join(", ", Collections.nCopies(to - from, "?")) + ") ORDER BY id")) {
                    for (int i = from; i < to; i++) ps.setLong(i - from + 1, ids[i]);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) page.add(household(new JsonRow(rs.getBytes(1)), paid));
                    }
                }
                page.forEach(each);
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    @Override
    public Optional<Household> latest(String headId, AidWindow aid) {
        // The head's latest period; for a member's ID, the latest period of the household they belong to.
        String sql = "SELECT id, " + row + " FROM households WHERE head_id = ? OR id IN "
                + "(SELECT household_id FROM members WHERE id_number = ?) ORDER BY (head_id = ?) DESC, period DESC LIMIT 1";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 1; i <= 3; i++) ps.setString(i, headId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                long id = rs.getLong(1);
                Map<Long, Long> paid = aid.kinds().isEmpty() ? Map.of() : aid(aid, new long[] {id}, 0, 1);
                return Optional.of(household(new JsonRow(rs.getBytes(2)), paid));
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * Union aid of the kinds the policy counts, paid in the window, per household: of {@code households[from..to)},
     * or of every household when {@code households} is null.
     */
    private Map<Long, Long> aid(AidWindow aid, long[] households, int from, int to) {
        String kinds = aid.kinds().stream().map(k -> "'" + k.name() + "'").sorted().collect(Collectors.joining(", "));
        String sql = "SELECT household_id, sum(amount_fen) FROM assistance WHERE kind IN (" + kinds + ") AND paid_on BETWEEN ? AND ?"
                + (households == null ? "" : " AND household_id IN (" + String.join(", ", Collections.nCopies(to - from, "?")) + ")")
                + " GROUP BY household_id";
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, aid.from().toString());
            ps.setString(2, aid.to().toString());
            if (households != null) for (int i = from; i < to; i++) ps.setLong(3 + i - from, households[i]);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
        return out;
    }

    /** One row, its values read in the order of {@link #FIGURES}. */
    private Household household(JsonRow row, Map<Long, Long> paid) {
        long id = row.number();
        String head = row.text();
        String name = row.text();
        String union = row.known(1, unions, JsonRow::text);
        Region region = row.known(4, regions, r -> new Region(Optional.ofNullable(r.text()), r.text(), r.text(), r.text()));
        Optional<Tier> tier = row.known(1, tiers, t -> Optional.ofNullable(t.text()).map(Tier::valueOf));
        FileStatus status = row.known(1, statuses, t -> FileStatus.valueOf(t.text()));
        OptionalInt size = integer(row.number());
        OptionalLong yearly = money(row.number());
        OptionalLong monthly = money(row.number());
        OptionalLong rigid = money(row.number());
        OptionalLong perCapita = money(row.number());
        Map<RigidExpense, Long> expenses = Map.of();
        for (RigidExpense e : EXPENSES) {
            long v = row.number();
            if (v == JsonRow.NULL) continue;
            if (expenses.isEmpty()) expenses = new EnumMap<>(RigidExpense.class);
            expenses.put(e, v);
        }
        OptionalLong compulsory = money(row.number());
        OptionalInt able = integer(row.number());
        long hasVehicle = row.number();
        String vehicle = row.text();
        long mobility = row.number();
        long homes = row.number();
        String area = row.text();
        long business = row.number();
        long school = row.number();
        long refused = row.number();
        Set<Cause> causeSet = row.known(2, causes, c -> causes(c.text(), c.text()));
        OptionalLong costs = money(row.number());
        OptionalLong compensation = money(row.number());
        Household.Income income = new Household.Income(size, yearly, monthly, rigid, expenses, compulsory, perCapita, able,
                paid.getOrDefault(id, 0L));
        Household.Flags flags = hasVehicle == JsonRow.NULL && vehicle == null && mobility == JsonRow.NULL && homes == JsonRow.NULL && area == null
                && business == JsonRow.NULL && school == JsonRow.NULL && refused == JsonRow.NULL ? Household.Flags.NONE
                : new Household.Flags(yesNo(hasVehicle), Optional.ofNullable(vehicle), yesNo(mobility), integer(homes),
                        area == null ? Optional.empty() : Optional.of(new BigDecimal(area)), yesNo(business), yesNo(school),
                        yesNo(refused));
        Household.Hardship hardship = costs.isEmpty() && compensation.isEmpty() && causeSet.isEmpty() ? Household.Hardship.NONE
                : new Household.Hardship(causeSet, costs, compensation);
        return new Household(id, head, name, union, region, tier, status, income, flags, hardship);
    }

    /** The main cause and the secondary ones (names joined by commas), either possibly null. */
    private static Set<Cause> causes(String main, String secondary) {
        Set<Cause> out = EnumSet.noneOf(Cause.class);
        if (main != null) out.add(Cause.valueOf(main));
        if (secondary != null) for (String c : secondary.split(",")) if (!c.isEmpty()) out.add(Cause.valueOf(c));
        return Set.copyOf(out);
    }

    private static OptionalLong money(long v) {
        return v == JsonRow.NULL ? OptionalLong.empty() : OptionalLong.of(v);
    }

    private static OptionalInt integer(long v) {
        return v == JsonRow.NULL ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(v));
    }

    private static Optional<Boolean> yesNo(long v) {
        return v == JsonRow.NULL ? Optional.empty() : Optional.of(v != 0);
    }
}
