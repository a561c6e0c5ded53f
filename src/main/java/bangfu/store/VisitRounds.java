package bangfu.store;

import bangfu.lifecycle.CountedVisits;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.StatusEntry;
import bangfu.lifecycle.VisitFact;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the visit rounds read: a head's file with its history and visits, the files short of the yearly minimum,
 * and the files that have been in 渐退 with their follow-up visits. Only reads; the decisions are the lifecycle's.
 */
public final class VisitRounds {
    /** The columns of a {@link FilePeriod}, over {@code h}, in the order {@link #file} reads them. */
    static final String FILE = "h.id, h.head_id, h.period, h.head_name, h.union_name, h.helper, h.address, h.phone, h."
            + LifecycleColumns.STATE.replace(", ", ", h.");

    private final Database db;

    public VisitRounds(Database db) {
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
            throw Database.failure(db.file(), e);
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
            throw Database.failure(db.file(), e);
        }
    }

    /**
     * The periods on file at some time in {@code asOf}'s year with fewer than {@code minimum} visits dated from 1
     * January to {@code asOf}, in the order of their cadre (帮扶责任人, by code point; none last), head ID and row, as
     * they are read; whether each is held to the minimum is the caller's (the lifecycle's) to judge. {@code union}
     * and {@code helper} narrow it when not null.
     */
    public void fewVisitsByCadre(LocalDate asOf, int minimum, String union, String helper, Consumer<CountedVisits> sink) {
        try {
            long[] span = rowSpan();
            if (span == null) return;
            // Counting a million files' visits is most of the list's work. The rows are cut into ranges that this
            // connection and a second one, on the other core, take in turn until none is left, each range sorted by
            // SQLite, then merged as they come. The second is the reader of the 渐退 files once it has read them, if
            // it is still reading (so that the other core is not shared by two readers), or else a reader of its own.
            Count count = new Count(ranges(span[0], span[1], RANGES), asOf, minimum, union, helper);
            if (!ahead.compareAndSet(null, count)) {
                Thread reader = new Thread(() -> count.takeOn(this::readConnection), "bangfu-few-visits");
                reader.setDaemon(true);
                reader.start();
            }
            try {
                count.take(db.connection(), false);
                count.done.await();
                if (count.failure != null) throw count.failure;
                java.util.PriorityQueue<FewVisits> heads = new java.util.PriorityQueue<>(FewVisits.ORDER);
                for (FewVisits f : count.read) if (f.current != null) heads.add(f);
                while (!heads.isEmpty()) {
                    FewVisits f = heads.poll();
                    sink.accept(f.current);
                    f.advance();
                    if (f.current != null) heads.add(f);
                }
            } finally {
                count.close();
            }
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** How many ranges the rows are cut into: enough for the two cores to finish together, few enough to merge. */
    private static final int RANGES = 8;

    /**
     * Where the reader of the 渐退 files finds the ranges of a count to take once its own reading is done: null while
     * it reads, a {@link Count} once one is posted, {@link #NO_READER} when there is no such reader (any more).
     */
    private final java.util.concurrent.atomic.AtomicReference<Object> ahead = new java.util.concurrent.atomic.AtomicReference<>(NO_READER);
    private static final Object NO_READER = new Object();

    /** A read connection of its own. Not memory-mapped: the pages it reads once would only count against the process. */
    private Connection readConnection() throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file().toAbsolutePath());
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 5000");
            s.execute("PRAGMA query_only = 1");
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** Opens a connection. */
    private interface Opener {
        Connection open() throws SQLException;
    }

    /** The ranges of one count, each read once by whichever connection takes it first. */
    private static final class Count {
        final long[][] ranges;
        final FewVisits[] read;
        final AtomicInteger next = new AtomicInteger();
        /** Counted down once for each range, read or given up. */
        final java.util.concurrent.CountDownLatch done;
        final LocalDate asOf;
        final int minimum;
        final String union;
        final String helper;
        /** The second connection, once it has taken a range: closed with the count, after its ranges. */
        volatile Connection other;
        volatile SQLException failure;

        Count(long[][] ranges, LocalDate asOf, int minimum, String union, String helper) {
            this.ranges = ranges;
            this.read = new FewVisits[ranges.length];
            this.done = new java.util.concurrent.CountDownLatch(ranges.length);
            this.asOf = asOf;
            this.minimum = minimum;
            this.union = union;
            this.helper = helper;
        }

        /** Takes the ranges left on {@code c}; returns whether it took any. */
        boolean take(Connection c, boolean second) {
            boolean took = false;
            for (int i; (i = next.getAndIncrement()) < ranges.length; ) {
                if (second && !took) other = c;
                took = true;
                try {
                    read[i] = FewVisits.read(c, asOf, minimum, union, helper, ranges[i][0], ranges[i][1]);
                } catch (SQLException | RuntimeException e) {
                    fail(e);
                } finally {
                    done.countDown();
                }
            }
            return took;
        }

        /** On a connection of the second reader's: kept for the count if it took a range, else closed at once. */
        void takeOn(Opener opener) {
            Connection c = null;
            try {
                c = opener.open();
                if (take(c, true)) return;
            } catch (SQLException | RuntimeException e) {
                fail(e);
            }
            closeQuietly(c);
        }

        private void fail(Exception e) {
            if (failure == null) failure = e instanceof SQLException q ? q : new SQLException(e.getMessage(), e);
            stop();
        }

        /** Hands out no more ranges; those never taken count as done. */
        void stop() {
            for (int i = next.getAndSet(ranges.length); i < ranges.length; i++) done.countDown();
        }

        /** Once no range is being read any more: their statements, then the second connection. */
        void close() throws SQLException, InterruptedException {
            stop();
            done.await();
            try {
                for (FewVisits f : read) if (f != null) f.close();
            } finally {
                if (other != null) other.close();
            }
        }

        static void closeQuietly(Connection c) {
            if (c == null) return;
            try {
                c.close();
            } catch (SQLException e) {
                // a read connection: nothing of it to keep
            }
        }
    }

    /**
     * Row ids cut into {@code n} ranges {@code [from, to]} of about the same number of ids between {@code first} and
     * {@code last}; together they cover every id.
     */
    static long[][] ranges(long first, long last, int n) {
        long span;
        try {
            span = Math.addExact(Math.subtractExact(last, first), 1);
        } catch (ArithmeticException e) {
            return new long[][] {{Long.MIN_VALUE, Long.MAX_VALUE}};
        }
        long[][] out = new long[n][];
        for (int i = 0; i < n; i++) {
            long from = i == 0 ? Long.MIN_VALUE : first + span / n * i + span % n * i / n;
            long to = i == n - 1 ? Long.MAX_VALUE : first + span / n * (i + 1) + span % n * (i + 1) / n - 1;
            out[i] = new long[] {from, to};
        }
        return out;
    }

    /** The smallest and largest row id of the households, or null when there are none. */
    private long[] rowSpan() throws SQLException {
        try (java.sql.Statement s = db.connection().createStatement();
             // Each alone, as SQLite reads a lone min() or max() from the end of the table; together they are a scan.
             ResultSet rs = s.executeQuery("SELECT (SELECT min(id) FROM households), (SELECT max(id) FROM households)")) {
            rs.next();
            rs.getLong(1);
            return rs.wasNull() ? null : new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /**
     * The files short of the minimum among the rows {@code [from, to]}, sorted as {@link #fewVisitsByCadre} hands
     * them on, read one at a time; the sort keys are read as SQLite compared them, so that the ranges merge into the
     * order one query would have given.
     */
    private static final class FewVisits implements AutoCloseable {
        /** SQLite's order of the query: unassigned last, then cadre and head ID as bytes (BINARY), then row. */
        static final java.util.Comparator<FewVisits> ORDER = java.util.Comparator.<FewVisits>comparingInt(f -> f.unassigned)
                .thenComparing(f -> f.helper, FewVisits::binary)
                .thenComparing(f -> f.current.file().headId(), FewVisits::binary)
                .thenComparingLong(f -> f.current.file().id());

        private final PreparedStatement ps;
        private final ResultSet rs;
        CountedVisits current;
        int unassigned;
        String helper;

        private FewVisits(PreparedStatement ps, ResultSet rs) throws SQLException {
            this.ps = ps;
            this.rs = rs;
            advance();
        }

        /** Runs the query: SQLite counts and sorts the whole range before the first row comes back. */
        static FewVisits read(Connection c, LocalDate asOf, int minimum, String union, String helper,
                              long from, long to) throws SQLException {
            int year = asOf.getYear();
            // Counted in row order, so that each file's visits are sought in the order of their index (the unary plus,
            // as in VisitCounts.ON_FILE_AT_END_OF_YEAR_IN_ROW_ORDER: three times less work over a million files).
            // Sorted by cadre afterwards: the few short only.
            String sql = "SELECT t.*, CASE WHEN t.helper IS NULL OR trim(t.helper) = '' THEN 1 ELSE 0 END AS unassigned"
                    + " FROM (SELECT " + FILE + ", " + VisitCounts.OF_HOUSEHOLD + " AS n FROM households h"
                    + " WHERE h.id >= ? AND h.id <= ? AND +h.filed_year <= ? AND +h.left_year >= ?" + filter(union, helper)
                    + ") t WHERE t.n < ? ORDER BY unassigned, t.helper, t.head_id, t.id";
            PreparedStatement ps = c.prepareStatement(sql);
            try {
                ps.setString(1, LocalDate.of(year, 1, 1).toString());
                ps.setString(2, asOf.toString());
                ps.setLong(3, from);
                ps.setLong(4, to);
                ps.setInt(5, year);
                ps.setInt(6, year);
                ps.setInt(bindFilter(ps, 7, union, helper), minimum);
                return new FewVisits(ps, ps.executeQuery());
            } catch (SQLException | RuntimeException e) {
                ps.close();
                throw e;
            }
        }

        void advance() throws SQLException {
            if (!rs.next()) {
                current = null;
                return;
            }
            current = new CountedVisits(file(rs, 1), rs.getInt(16));
            unassigned = rs.getInt(17);
            // The key is the name as stored, which the file keeps unless it is blank to Java (a tab, U+3000).
            helper = current.file().helper();
            if (unassigned != 0 || helper == null) helper = rs.getString(6);
        }

        /** SQLite's BINARY collation: UTF-8 bytes compared unsigned, shorter first; NULL before any text. */
        static int binary(String a, String b) {
            if (a == null || b == null) return a == null ? (b == null ? 0 : -1) : 1;
            if (a.equals(b)) return 0;
            return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public void close() throws SQLException {
            ps.close();
        }
    }

    /** Every period that has been in 渐退, with its history and its visits up to {@code asOf}, in household order. */
    public List<FileRecord> phaseOuts(LocalDate asOf, String union, String helper) {
        try {
            return PhaseOuts.read(db.connection(), filter(union, helper), (ps, i) -> bindFilter(ps, i, union, helper), asOf);
        } catch (SQLException e) {
            throw Database.failure(db.file(), e);
        }
    }

    /**
     * The same as {@link #phaseOuts}, read ahead on a read connection of its own while the caller queries on: the
     * supplier returns the files once they are read (waiting if need be) and rethrows a failure of the reading.
     */
    public Supplier<List<FileRecord>> phaseOutsAhead(LocalDate asOf, String union, String helper) {
        java.util.concurrent.CompletableFuture<List<FileRecord>> files = new java.util.concurrent.CompletableFuture<>();
        ahead.set(null);
        Thread reader = new Thread(() -> {
            Connection c = null;
            try {
                c = readConnection();
                files.complete(PhaseOuts.read(c, filter(union, helper), (ps, i) -> bindFilter(ps, i, union, helper), asOf));
            } catch (SQLException | RuntimeException e) {
                files.completeExceptionally(e);
            }
            // Then, on the same connection, the ranges of a count posted meanwhile (see fewVisitsByCadre).
            Object posted = ahead.getAndSet(NO_READER);
            Connection own = c;
            if (posted instanceof Count count && own != null) count.takeOn(() -> own);
            else Count.closeQuietly(own);
        }, "bangfu-phase-outs");
        reader.setDaemon(true);
        reader.start();
        return () -> {
            try {
                return files.get();
            } catch (ExecutionException e) {
                throw Database.failure(db.file(), e);
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
