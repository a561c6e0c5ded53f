package bangfu.store.jdbc;

import bangfu.store.Visits;
import bangfu.store.jdbc.VisitCounts;
import bangfu.lifecycle.CountedVisits;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.StatusEntry;
import bangfu.lifecycle.VisitFact;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the visit rounds read: a head's file with its history and visits, the files short of the yearly minimum,
 * and the files that have been in 渐退 with their follow-up visits. Only reads; the decisions are the lifecycle's.
 */
public final class VisitRounds implements Visits {
    /** The columns of a {@link FilePeriod}, over {@code h}, in the order {@link #file} reads them. */
    static final String FILE = "h.id, h.head_id, h.period, h.head_name, h.union_name, h.helper, h.address, h.phone, h."
            + LifecycleColumns.STATE.replace(", ", ", h.");

    private final Engine db;

    public VisitRounds(Engine db) {
        this.db = db;
    }

    /** A file period from {@link #FILE}; a blank 帮扶责任人 is none. */
    static FilePeriod file(ResultSet rs, int first) throws SQLException {
        String helper = rs.getString(first + 5);
        return new FilePeriod(rs.getLong(first), rs.getString(first + 1), rs.getInt(first + 2), rs.getString(first + 3),
                rs.getString(first + 4), helper == null || helper.isBlank() ? null : helper, rs.getString(first + 6),
                rs.getString(first + 7), LifecycleColumns.state(rs, first + 8));
    }

    /** The latest file period of the head with this 18-character ID, if the head has one. */
    public Optional<FilePeriod> latest(String headId) {
        String sql = "SELECT " + FILE + " FROM households h WHERE h.head_id = ? ORDER BY h.period DESC LIMIT 1";
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, headId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(file(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** One period with its status history and all its visits. */
    public FileRecord record(FilePeriod file) {
        try {
            List<StatusEntry> history = new ArrayList<>();
            try (PreparedStatement ps = db.connection().prepareStatement(
                    "SELECT household_id, id, from_status, to_status, changed_on FROM status_history WHERE household_id = ? ORDER BY id")) {
                ps.setLong(1, file.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) history.add(PhaseOuts.entry(rs));
                }
            }
            List<VisitFact> visits = new ArrayList<>();
            try (PreparedStatement ps = db.connection().prepareStatement("""
                    SELECT household_id, id, visited_on, kind, outcome, visitor FROM visits WHERE household_id = ?
                    ORDER BY visited_on, id""")) {
                ps.setLong(1, file.id());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) visits.add(PhaseOuts.visit(rs));
                }
            }
            return new FileRecord(file, history, visits);
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * The periods on file at some time in {@code asOf}'s year with fewer than {@code minimum} visits dated from 1
     * January to {@code asOf}, in the order of their cadre (帮扶责任人, by code point; none last), head ID and row, as
     * they are read; whether each is held to the minimum is the caller's (the lifecycle's) to judge. {@code union} and
     * {@code helper} narrow it when not null.
     */
    public void fewVisitsByCadre(LocalDate asOf, int minimum, String union, String helper, Consumer<CountedVisits> sink) {
        int year = asOf.getYear();
        // Counted in row order, so that each file's visits are sought in the order of their index (the unary plus,
        // as in VisitCounts.ON_FILE_AT_END_OF_YEAR_IN_ROW_ORDER: three times less work over a million files). Sorted
        // by cadre afterwards: the few short only.
        // With the join, SQLite would walk the files through an index on their causes, in random order: six times
        // the work. Not so with --union, where the report's index finds the union's files.
        String sql = "SELECT * FROM (SELECT " + FILE + ", " + VisitCounts.KEPT_UP_TO + " AS n FROM households h"
                + (union == null ? db.inRowOrder() : "") + VisitCounts.KEPT_FOR_YEAR + " WHERE +h.filed_year <= ? AND +h.left_year >= ?" + filter(union, helper)
                + ") t WHERE t.n < ? ORDER BY CASE WHEN t.helper IS NULL OR trim(t.helper) = '' THEN 1 ELSE 0 END, t.helper, t.head_id, t.id";
        try {
            // as of 30 June nearly every file is short: a million rows, handed on as they come
            db.streamed(c -> {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setFetchSize(Engine.FETCH);
                    ps.setString(1, asOf.toString());
                    ps.setString(2, LocalDate.of(year, 1, 1).toString());
                    ps.setString(3, asOf.toString());
                    ps.setInt(4, year);
                    ps.setInt(5, year);
                    ps.setInt(6, year);
                    ps.setInt(bindFilter(ps, 7, union, helper), minimum);
                    try (ResultSet rs = ps.executeQuery()) {
                        int count = 9 + 7;
                        while (rs.next()) sink.accept(new CountedVisits(file(rs, 1), rs.getInt(count)));
                    }
                }
                return null;
            });
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /** Every period that has been in 渐退, with its history and its visits up to {@code asOf}, in household order. */
    public List<FileRecord> phaseOuts(LocalDate asOf, String union, String helper) {
        try {
            return db.streamed(c -> PhaseOuts.read(c, filter(union, helper), (ps, i) -> bindFilter(ps, i, union, helper), asOf));
        } catch (SQLException e) {
            throw db.failure(e);
        }
    }

    /**
     * The same as {@link #phaseOuts}, read ahead on a read connection of its own while the caller queries on: the
     * supplier returns the files once they are read (waiting if need be) and rethrows a failure of the reading.
     */
    public Supplier<List<FileRecord>> phaseOutsAhead(LocalDate asOf, String union, String helper) {
        Connection reader;
        try {
            reader = db.openReader();
        } catch (SQLException e) {
            throw db.failure(e);
        }
        if (reader == null) {
            List<FileRecord> read = phaseOuts(asOf, union, helper);
            return () -> read;
        }
        FutureTask<List<FileRecord>> task = new FutureTask<>(() -> {
            try (Connection c = reader) {
                return PhaseOuts.read(c, filter(union, helper), (ps, i) -> bindFilter(ps, i, union, helper), asOf);
            }
        });
        Thread thread = new Thread(task, "bangfu-phase-outs");
        thread.setDaemon(true);
        thread.start();
        return () -> {
            try {
                return task.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof SQLException se) throw db.failure(se);
                if (e.getCause() instanceof RuntimeException re) throw re;
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    private static String filter(String union, String helper) {
        return (union == null ? "" : " AND h.union_name = ?") + (helper == null ? "" : " AND h.helper = ?");
    }

    private static int bindFilter(PreparedStatement ps, int i, String union, String helper) throws SQLException {
        if (union != null) ps.setString(i++, union);
        if (helper != null) ps.setString(i++, helper);
        return i;
    }
}
