package bangfu.store;

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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Reads file periods for classify: one scan of the households in row order, and one sum of the union aid. */
public final class ClassifyFiles implements FileSource {
    private static final String COLUMNS = """
            id, head_id, head_name, union_name, region_code, province, city, county, tier, status, household_size,
            yearly_income_fen, rigid_expenses_fen, per_capita_monthly_fen, medical_expenses_fen, disability_expenses_fen,
            schooling_expenses_fen, housing_expenses_fen, other_expenses_fen, compulsory_schooling_fen, able_unemployed,
            vehicle, mobility_vehicle, homes, home_area, owns_business, private_school, refused_check, main_cause,
            secondary_causes, hardship_costs_fen, compensation_fen""";
    private static final String ON_RECORD = "status IN ('ACTIVE', 'PHASING_OUT')";
    /** The expense columns in the order of {@link #COLUMNS}, from column 15. */
    private static final RigidExpense[] EXPENSES = {RigidExpense.MEDICAL, RigidExpense.DISABILITY, RigidExpense.SCHOOLING,
        RigidExpense.HOUSING, RigidExpense.OTHER};

    private final Database db;
    // The same few names recur a million times: keep one copy each, and one Region per combination.
    private final Map<String, String> names = new HashMap<>();
    private final Map<String, Region> regions = new HashMap<>();

    public ClassifyFiles(Database db) {
        this.db = db;
    }

    @Override
    public void forEachOnRecord(Optional<String> union, AidWindow aid, Consumer<Household> each) {
        Map<Long, Long> aidByHousehold = aid.kinds().isEmpty() ? Map.of() : aid(aid, Optional.empty());
        String sql = "SELECT " + COLUMNS + " FROM households WHERE " + ON_RECORD
                + (union.isPresent() ? " AND union_name = ?" : "") + " ORDER BY id";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            if (union.isPresent()) ps.setString(1, union.get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) each.accept(household(rs, aidByHousehold.getOrDefault(rs.getLong(1), 0L)));
            }
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    @Override
    public Optional<Household> latest(String headId, AidWindow aid) {
        // The head's latest period; for a member's ID, the latest period of the household they belong to.
        String sql = "SELECT " + COLUMNS + " FROM households WHERE head_id = ?1 OR id IN "
                + "(SELECT household_id FROM members WHERE id_number = ?1) ORDER BY head_id = ?1 DESC, period DESC LIMIT 1";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, headId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                long id = rs.getLong(1);
                long paid = aid.kinds().isEmpty() ? 0 : aid(aid, Optional.of(id)).getOrDefault(id, 0L);
                return Optional.of(household(rs, paid));
            }
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    /** Union aid of the kinds the policy counts, paid in the window, per household. */
    private Map<Long, Long> aid(AidWindow aid, Optional<Long> household) {
        String kinds = aid.kinds().stream().map(k -> "'" + k.name() + "'").sorted().collect(Collectors.joining(", "));
        String sql = "SELECT household_id, sum(amount_fen) FROM assistance WHERE kind IN (" + kinds + ") AND paid_on BETWEEN ? AND ?"
                + (household.isPresent() ? " AND household_id = ?" : "") + " GROUP BY household_id";
        Map<Long, Long> out = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, aid.from().toString());
            ps.setString(2, aid.to().toString());
            if (household.isPresent()) ps.setLong(3, household.get());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getLong(1), rs.getLong(2));
            }
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
        return out;
    }

    private Household household(ResultSet rs, long unionAid) throws SQLException {
        Region region = region(rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8));
        Map<RigidExpense, Long> expenses = new EnumMap<>(RigidExpense.class);
        for (int i = 0; i < EXPENSES.length; i++) {
            long v = rs.getLong(15 + i);
            if (!rs.wasNull()) expenses.put(EXPENSES[i], v);
        }
        Household.Income income = new Household.Income(integer(rs, 11), money(rs, 12), money(rs, 13), expenses,
                money(rs, 20), money(rs, 14), integer(rs, 21), unionAid);
        String area = rs.getString(25);
        Household.Flags flags = new Household.Flags(Optional.ofNullable(rs.getString(22)), yesNo(rs, 23), integer(rs, 24),
                area == null ? Optional.empty() : Optional.of(new BigDecimal(area)), yesNo(rs, 26), yesNo(rs, 27), yesNo(rs, 28));
        Household.Hardship hardship = new Household.Hardship(causes(rs.getString(29), rs.getString(30)), money(rs, 31),
                money(rs, 32));
        String tier = rs.getString(9);
        return new Household(rs.getLong(1), rs.getString(2), rs.getString(3), shared(rs.getString(4)), region,
                tier == null ? Optional.empty() : Optional.of(Tier.valueOf(tier)), FileStatus.valueOf(rs.getString(10)),
                income, flags, hardship);
    }

    private Region region(String code, String province, String city, String county) {
        String key = code + "\u0001" + province + "\u0001" + city + "\u0001" + county;
        return regions.computeIfAbsent(key, k -> new Region(Optional.ofNullable(code), province, city, county));
    }

    private String shared(String s) {
        return s == null ? "" : names.computeIfAbsent(s, x -> x);
    }

    private static Set<Cause> causes(String main, String secondary) {
        if (main == null && secondary == null) return Set.of();
        Set<Cause> out = EnumSet.noneOf(Cause.class);
        if (main != null) out.add(Cause.valueOf(main));
        if (secondary != null && !secondary.isEmpty()) for (String c : secondary.split(",")) out.add(Cause.valueOf(c));
        return out;
    }

    private static OptionalLong money(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? OptionalLong.empty() : OptionalLong.of(v);
    }

    private static OptionalInt integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? OptionalInt.empty() : OptionalInt.of(v);
    }

    private static Optional<Boolean> yesNo(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(v != 0);
    }
}
