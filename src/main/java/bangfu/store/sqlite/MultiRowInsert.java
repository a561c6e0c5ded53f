package bangfu.store.sqlite;

import bangfu.model.Field;
import bangfu.store.jdbc.ImportRecords;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An INSERT that writes queued rows 32 to a statement: a file of millions of rows spends its time in
 * SQLite rather than in one JNI round trip per row. What is left at the end goes one row at a time.
 * The counts returned are the rows the statements actually inserted (fewer under {@code OR IGNORE}).
 * Made by {@link #omittingNulls}, a statement names only the columns its rows fill (a sheet fills the
 * same few on most rows), so that the NULLs of the rest are not bound one JNI call each; the rows still
 * go in the order they came, so that the table's pages fill as by appending.
 */
final class MultiRowInsert implements AutoCloseable {
    static final int ROWS_PER_STATEMENT = 32;
    /** Sets of filled columns given statements of their own; rows filling any further set bind every column. */
    static final int MAX_SHAPES = 16;

    private final Connection c;
    private final String into;
    private final List<String> columns;
    private final int width;
    /** The columns named by every statement, filled or not (those whose default is not NULL); null binds every column. */
    private final BitSet alwaysBound;
    private final Shape everyColumn;
    private final Map<BitSet, Shape> shapes = new HashMap<>();
    private final Object[][] rows = new Object[ROWS_PER_STATEMENT][];
    private int count;

    /** @param head the statement up to {@code VALUES}, e.g. {@code INSERT INTO t (a, b) VALUES} */
    MultiRowInsert(Connection c, String head, int width) throws SQLException {
        this.c = c;
        this.into = null;
        this.columns = null;
        this.width = width;
        this.alwaysBound = null;
        everyColumn = new Shape(c, head, allOf(width));
    }

    private MultiRowInsert(Connection c, String into, List<String> columns, BitSet alwaysBound) throws SQLException {
        this.c = c;
        this.into = into;
        this.columns = List.copyOf(columns);
        this.width = columns.size();
        this.alwaysBound = alwaysBound;
        everyColumn = new Shape(c, head(into, this.columns, allOf(width)), allOf(width));
    }

    /**
     * An INSERT into {@code into} (e.g. {@code INSERT INTO t}) of rows in the order of {@code columns} whose
     * statements name only the columns their rows fill, and those in {@code alwaysBound}: a column left out takes
     * its default, so every column whose default is not NULL must be in {@code alwaysBound} for the row to read as
     * if bound whole.
     */
    static MultiRowInsert omittingNulls(Connection c, String into, List<String> columns, Set<String> alwaysBound)
            throws SQLException {
        BitSet kept = new BitSet(columns.size());
        for (int i = 0; i < columns.size(); i++) if (alwaysBound.contains(columns.get(i))) kept.set(i);
        return new MultiRowInsert(c, into, columns, kept);
    }

    /** Queues a row of {@code width} values; returns the rows inserted if this filled a statement, else 0. */
    int queue(Object[] row) throws SQLException {
        if (row.length != width) throw new IllegalArgumentException("row of " + row.length + " values, not " + width);
        rows[count++] = row;
        if (count < ROWS_PER_STATEMENT) return 0;
        Shape shape = shapeOf(0, count);
        int p = 1;
        for (Object[] r : rows) for (int place : shape.places) shape.many.setObject(p++, r[place]);
        count = 0;
        Arrays.fill(rows, null);
        return shape.many.executeUpdate();
    }

    /** Writes the rows still queued; returns how many were inserted. */
    int writeRest() throws SQLException {
        int inserted = 0;
        for (int r = 0; r < count; r++) {
            Shape shape = shapeOf(r, r + 1);
            for (int i = 0; i < shape.places.length; i++) shape.one.setObject(i + 1, rows[r][shape.places[i]]);
            inserted += shape.one.executeUpdate();
        }
        Arrays.fill(rows, null);
        count = 0;
        return inserted;
    }

    int queued() {
        return count;
    }

    /** The statements naming every column that some of the queued rows {@code from} to {@code to} (exclusive) fill. */
    private Shape shapeOf(int from, int to) throws SQLException {
        if (alwaysBound == null) return everyColumn;
        BitSet filled = (BitSet) alwaysBound.clone();
        for (int r = from; r < to; r++) {
            Object[] row = rows[r];
            for (int i = 0; i < width; i++) if (row[i] != null) filled.set(i);
        }
        Shape shape = shapes.get(filled);
        if (shape == null) {
            if (shapes.size() >= MAX_SHAPES) return everyColumn;
            shape = new Shape(c, head(into, columns, filled), filled);
            shapes.put(filled, shape);
        }
        return shape;
    }

    /** A field value in the form it is bound, as {@link ImportRecords#sqlValue} gives it (kept for the events' writer). */
    static Object sqlValue(Field f, Object v) {
        return ImportRecords.sqlValue(f, v);
    }

    @Override
    public void close() {
        everyColumn.close();
        for (Shape shape : shapes.values()) shape.close();
    }

    private static BitSet allOf(int width) {
        BitSet all = new BitSet(width);
        all.set(0, width);
        return all;
    }

    private static String head(String into, List<String> columns, BitSet named) {
        List<String> names = new ArrayList<>();
        for (int i = named.nextSetBit(0); i >= 0; i = named.nextSetBit(i + 1)) names.add(columns.get(i));
        return into + " (" + String.join(", ", names) + ") VALUES";
    }

    /** The statements naming one set of columns. */
    private static final class Shape {
        /** The row's places of the named columns, in the statement's order. */
        private final int[] places;
        private final PreparedStatement many;
        private final PreparedStatement one;

        Shape(Connection c, String head, BitSet columns) throws SQLException {
            places = columns.stream().toArray();
            String tuple = "(" + String.join(", ", Collections.nCopies(places.length, "?")) + ")";
            many = c.prepareStatement(head + " " + String.join(", ", Collections.nCopies(ROWS_PER_STATEMENT, tuple)));
            one = c.prepareStatement(head + " " + tuple);
        }

        void close() {
            for (PreparedStatement ps : new PreparedStatement[] {many, one}) {
                try {
                    ps.close();
                } catch (SQLException ignored) {
                    // closing after the transaction ended; nothing to report
                }
            }
        }
    }
}
