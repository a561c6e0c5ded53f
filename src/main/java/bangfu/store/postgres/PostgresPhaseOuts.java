package bangfu.store.postgres;

import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.StatusEntry;
import bangfu.lifecycle.VisitFact;
import bangfu.model.FileStatus;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import bangfu.store.StoredLifecycle;
import bangfu.store.jdbc.YearlyReads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file periods that have ever entered 渐退, with their status history and visits, read from PostgreSQL for the
 * yearly report's follow-up table: three queries, merged by household here.
 */
final class PostgresPhaseOuts {
    private PostgresPhaseOuts() {
    }

    private static final String ENTERED = "SELECT household_id FROM status_history WHERE to_status = 'PHASING_OUT'";
    private static final String FILE = "h.id, h.head_id, h.period, h.head_name, h.union_name, h.helper, h.address, h.phone, h."
            + StoredLifecycle.STATE.replace(", ", ", h.");

    /**
     * The periods that ever entered 渐退 and pass {@code filter}, each with its status history and its visits up to
     * {@code visitsTo}.
     */
    static List<FileRecord> read(Connection c, String filter, YearlyReads.FilterBinder binder, LocalDate visitsTo) throws SQLException {
        List<FilePeriod> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + FILE + " FROM households h WHERE h.id IN (" + ENTERED + ")"
                + filter + " ORDER BY h.id")) {
            binder.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String helper = rs.getString(6);
                    files.add(new FilePeriod(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                            helper == null || helper.isBlank() ? null : helper, rs.getString(7), rs.getString(8),
                            PostgresRows.state(rs, 9)));
                }
            }
        }
        if (files.isEmpty()) return List.of();
        Map<Long, List<StatusEntry>> history = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT household_id, id, from_status, to_status, changed_on"
                + " FROM status_history WHERE household_id IN (" + ENTERED + ") ORDER BY household_id, id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String from = rs.getString(3);
                history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StatusEntry(rs.getLong(2),
                        from == null ? null : FileStatus.valueOf(from), FileStatus.valueOf(rs.getString(4)),
                        StoredLifecycle.date(rs.getString(5))));
            }
        }
        Map<Long, List<VisitFact>> visits = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT household_id, id, visited_on, kind, outcome, visitor FROM visits"
                + " WHERE household_id IN (" + ENTERED + ") AND visited_on <= ? ORDER BY household_id, visited_on, id")) {
            ps.setString(1, visitsTo.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    visits.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new VisitFact(rs.getLong(2),
                            StoredLifecycle.date(rs.getString(3)), code(VisitKind.class, rs.getString(4)),
                            code(VisitOutcome.class, rs.getString(5)), rs.getString(6)));
                }
            }
        }
        List<FileRecord> out = new ArrayList<>(files.size());
        for (FilePeriod f : files) out.add(new FileRecord(f, history.getOrDefault(f.id(), List.of()), visits.getOrDefault(f.id(), List.of())));
        return out;
    }

    /** A stored code, or null for one this build does not know. */
    private static <E extends Enum<E>> E code(Class<E> type, String name) {
        if (name == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
        return null;
    }
}
