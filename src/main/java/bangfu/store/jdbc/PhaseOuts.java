package bangfu.store.jdbc;

import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.StatusEntry;
import bangfu.lifecycle.VisitFact;
import bangfu.model.FileStatus;
import bangfu.model.VisitKind;
import bangfu.model.VisitOutcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the file periods that have ever entered 渐退, each with its status history and its visits, for the
 * follow-up rules to read. Three queries in household order (the entries come from the partial index
 * {@code status_history_phase_outs}), merged here: a few rows per 渐退 file, never one query per file.
 */
public final class PhaseOuts {
    private static final String ENTERED = "SELECT household_id FROM status_history WHERE to_status = 'PHASING_OUT'";

    private PhaseOuts() {
    }

    /**
     * Every such period whole, with its history and its visits with every column, as the visit rounds list them.
     *
     * @param filter    extra conditions on {@code h} (starting with {@code AND}), or ""
     * @param visitsTo  the last visit day read (later visits cannot count yet)
     */
    public static List<FileRecord> read(Connection c, String filter, YearlyReads.FilterBinder binder, LocalDate visitsTo) throws SQLException {
        return read(c, Detail.WHOLE, filter, binder, visitsTo);
    }

    /**
     * Every period with what its follow-ups are scheduled and judged from alone: its identity and lifecycle state,
     * its history, and the day and id of each visit (kind, outcome and visitor left empty, as are the name,
     * union, 帮扶责任人, address and phone). The visits then come out of the visits_visit index without a look-up
     * in the table per visit. For the yearly report's 渐退 table; the schedule reads nothing else
     * (FollowUpSchedule).
     */
    public static List<FileRecord> schedules(Connection c, String filter, YearlyReads.FilterBinder binder, LocalDate visitsTo)
            throws SQLException {
        return read(c, Detail.SCHEDULE, filter, binder, visitsTo);
    }

    /** What is read of each period and visit. */
    private enum Detail {
        WHOLE, SCHEDULE
    }

    private static List<FileRecord> read(Connection c, Detail detail, String filter, YearlyReads.FilterBinder binder,
                                         LocalDate visitsTo) throws SQLException {
        boolean whole = detail == Detail.WHOLE;
        String fileColumns = whole ? VisitRounds.FILE : "h.id, h.head_id, h.period, h." + LifecycleColumns.STATE.replace(", ", ", h.");
        List<FilePeriod> files = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + fileColumns + " FROM households h WHERE h.id IN ("
                + ENTERED + ")" + filter + " ORDER BY h.id")) {
            ps.setFetchSize(Engine.FETCH);
            binder.bind(ps, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    files.add(whole ? VisitRounds.file(rs, 1) : new FilePeriod(rs.getLong(1), rs.getString(2), rs.getInt(3),
                            null, null, null, null, null, LifecycleColumns.state(rs, 4)));
                }
            }
        }
        List<FileRecord> out = new ArrayList<>(files.size());
        if (files.isEmpty()) return out;
        try (PreparedStatement history = c.prepareStatement("""
                SELECT household_id, id, from_status, to_status, changed_on FROM status_history
                 WHERE household_id IN (%s) ORDER BY household_id, id""".formatted(ENTERED));
             PreparedStatement visits = c.prepareStatement("""
                SELECT household_id, id, visited_on%s FROM visits
                 WHERE household_id IN (%s) AND visited_on <= ? ORDER BY household_id, visited_on, id"""
                     .formatted(whole ? ", kind, outcome, visitor" : "", ENTERED))) {
            history.setFetchSize(Engine.FETCH);
            visits.setFetchSize(Engine.FETCH);
            visits.setString(1, visitsTo.toString());
            try (ResultSet h = history.executeQuery(); ResultSet v = visits.executeQuery()) {
                Cursor hc = new Cursor(h);
                Cursor vc = new Cursor(v);
                for (FilePeriod f : files) {
                    List<StatusEntry> entries = new ArrayList<>();
                    while (hc.at(f.id())) entries.add(entry(h));
                    List<VisitFact> facts = new ArrayList<>();
                    while (vc.at(f.id())) {
                        facts.add(whole ? visit(v) : new VisitFact(v.getLong(2), LifecycleColumns.date(v.getString(3)), null, null, null));
                    }
                    out.add(new FileRecord(f, entries, facts));
                }
            }
        }
        return out;
    }

    static StatusEntry entry(ResultSet rs) throws SQLException {
        String from = rs.getString(3);
        return new StatusEntry(rs.getLong(2), from == null ? null : FileStatus.valueOf(from), FileStatus.valueOf(rs.getString(4)),
                LifecycleColumns.date(rs.getString(5)));
    }

    static VisitFact visit(ResultSet rs) throws SQLException {
        return new VisitFact(rs.getLong(2), LifecycleColumns.date(rs.getString(3)), code(VisitKind.class, rs.getString(4)),
                code(VisitOutcome.class, rs.getString(5)), rs.getString(6));
    }

    /** A stored code, or null for one this build does not know (rows written by other means than bangfu). */
    static <E extends Enum<E>> E code(Class<E> type, String name) {
        if (name == null) return null;
        for (E e : type.getEnumConstants()) if (e.name().equals(name)) return e;
        return null;
    }

    /** Steps through rows sorted by household id (column 1), skipping those of households not asked about. */
    static final class Cursor {
        private final ResultSet rs;
        private boolean valid;
        private boolean consumed;
        /** The household of the current row, read once per row. */
        private long current;

        Cursor(ResultSet rs) throws SQLException {
            this.rs = rs;
            step();
        }

        /** Moves to the next row of {@code household}, for the caller to read; false when it has no more. */
        boolean at(long household) throws SQLException {
            if (consumed) {
                step();
                consumed = false;
            }
            while (valid && current < household) step();
            consumed = valid && current == household;
            return consumed;
        }

        private void step() throws SQLException {
            valid = rs.next();
            if (valid) current = rs.getLong(1);
        }
    }
}
