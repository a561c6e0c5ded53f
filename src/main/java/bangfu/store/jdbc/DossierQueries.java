package bangfu.store.jdbc;

import bangfu.store.Dossiers;
import bangfu.model.Values;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the database holds about one household (一户一档): every file period of its head, the members,
 * payments, visits and status changes of those periods, each change with the file that caused it.
 */
public final class DossierQueries implements Dossiers {
    private final Engine db;

    public DossierQueries(Engine db) {
        this.db = db;
    }

    /**
     * The household whose head has this 18-character ID, or else the household the ID is a member of
     * (its newest file period); empty when the ID is in neither.
     */
    public Optional<Facts> find(String idNumber) {
        try {
            Optional<Member> asMember = Optional.empty();
            String head = idNumber;
            if (!headExists(idNumber)) {
                asMember = memberById(idNumber);
                if (asMember.isEmpty()) return Optional.empty();
                head = headOf(asMember.get().householdId());
            }
            String headId = head;
            return Optional.of(new Facts(periods(headId), members(headId), payments(headId), visits(headId),
                    history(headId), asMember));
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    private Connection c() {
        return db.connection();
    }

    private boolean headExists(String id) throws SQLException {
        try (PreparedStatement s = c().prepareStatement("SELECT 1 FROM households WHERE head_id = ? LIMIT 1")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String headOf(long householdId) throws SQLException {
        try (PreparedStatement s = c().prepareStatement("SELECT head_id FROM households WHERE id = ?")) {
            s.setLong(1, householdId);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private Optional<Member> memberById(String id) throws SQLException {
        // A person listed in several files (a later period, or another head's household): the newest file wins.
        String sql = """
                SELECT m.household_id, h.period, m.name, m.id_number, m.relation, m.gender, m.birth_date, m.health,
                       m.occupation
                FROM members m JOIN households h ON h.id = m.household_id
                WHERE m.id_number = ? ORDER BY h.filed_on DESC NULLS LAST, h.id DESC LIMIT 1""";
        try (PreparedStatement s = c().prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(member(rs)) : Optional.empty();
            }
        }
    }

    private List<FilePeriod> periods(String head) throws SQLException {
        String sql = """
                SELECT id, head_id, period, head_name, gender, ethnicity, birth_date, phone, union_name, employer,
                       trim(coalesce(province, '') || ' ' || coalesce(city, '') || ' ' || coalesce(county, '')),
                       address, tier, file_level, status, filed_on, exited_on, closed_on, close_reason, main_cause,
                       secondary_causes, household_size, yearly_income_fen, per_capita_monthly_fen, helper, note,
                       close_reason_wording, main_cause_wording, secondary_causes_wording
                FROM households WHERE head_id = ? ORDER BY period DESC""";
        List<FilePeriod> out = new ArrayList<>();
        try (PreparedStatement s = c().prepareStatement(sql)) {
            s.setString(1, head);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new FilePeriod(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            rs.getString(6), stated(rs, 7), rs.getString(8), rs.getString(9), rs.getString(10),
                            region(rs.getString(11)), rs.getString(12), rs.getString(13),
                            rs.getString(14), rs.getString(15), stated(rs, 16), date(rs, 17), date(rs, 18), rs.getString(19),
                            rs.getString(20), rs.getString(21), integer(rs, 22), longOrNull(rs, 23), longOrNull(rs, 24),
                            rs.getString(25), rs.getString(26), rs.getString(27), rs.getString(28), rs.getString(29)));
                }
            }
        }
        return out;
    }

    private List<Member> members(String head) throws SQLException {
        String sql = """
                SELECT m.household_id, h.period, m.name, m.id_number, m.relation, m.gender, m.birth_date, m.health,
                       m.occupation
                FROM members m JOIN households h ON h.id = m.household_id
                WHERE h.head_id = ? ORDER BY h.period DESC, m.id""";
        List<Member> out = new ArrayList<>();
        try (PreparedStatement s = c().prepareStatement(sql)) {
            s.setString(1, head);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) out.add(member(rs));
            }
        }
        return out;
    }

    private static Member member(ResultSet rs) throws SQLException {
        return new Member(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                stated(rs, 7), rs.getString(8), rs.getString(9));
    }

    private List<Payment> payments(String head) throws SQLException {
        String sql = """
                SELECT a.household_id, h.period, a.paid_on, a.kind, a.amount_fen, a.fund_source, a.method, a.card_masked,
                       a.batch, a.kind_wording, a.fund_source_wording
                FROM assistance a JOIN households h ON h.id = a.household_id
                WHERE h.head_id = ? ORDER BY a.paid_on, a.id""";
        List<Payment> out = new ArrayList<>();
        try (PreparedStatement s = c().prepareStatement(sql)) {
            s.setString(1, head);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Payment(rs.getLong(1), rs.getInt(2), date(rs, 3), rs.getString(4), rs.getLong(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                            rs.getString(11)));
                }
            }
        }
        return out;
    }

    private List<Visit> visits(String head) throws SQLException {
        String sql = """
                SELECT v.household_id, h.period, v.visited_on, v.kind, v.visitor, v.findings, v.requests, v.measures,
                       v.outcome, v.next_visit_on
                FROM visits v JOIN households h ON h.id = v.household_id
                WHERE h.head_id = ? ORDER BY v.visited_on, v.id""";
        List<Visit> out = new ArrayList<>();
        try (PreparedStatement s = c().prepareStatement(sql)) {
            s.setString(1, head);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new Visit(rs.getLong(1), rs.getInt(2), date(rs, 3), rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9), date(rs, 10)));
                }
            }
        }
        return out;
    }

    private List<StatusChange> history(String head) throws SQLException {
        String sql = """
                SELECT s.household_id, h.period, s.from_status, s.to_status, s.changed_on, s.reason, s.command,
                       i.file_name, v.visited_on, s.from_union, s.to_union
                FROM status_history s JOIN households h ON h.id = s.household_id
                LEFT JOIN imports i ON i.id = s.import_id
                LEFT JOIN visits v ON v.id = s.visit_id
                WHERE h.head_id = ? ORDER BY h.period, s.id""";
        List<StatusChange> out = new ArrayList<>();
        try (PreparedStatement s = c().prepareStatement(sql)) {
            s.setString(1, head);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(new StatusChange(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4), stated(rs, 5),
                            rs.getString(6), rs.getString(7), rs.getString(8), date(rs, 9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return out;
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isBlank() ? null : LocalDate.parse(text);
    }

    /** A date as the roster stated it: a day, or a month alone (建档年月 2024-06). */
    private static Temporal stated(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        return text == null || text.isBlank() ? null : Values.date(text);
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** 省份 地市 区县 with repeats dropped: a municipality is its own province (北京市 东城区). */
    private static String region(String parts) {
        String joined = String.join(" ", new java.util.LinkedHashSet<>(List.of(parts.strip().split("\\s+"))));
        return joined.isBlank() ? null : joined;
    }
}
