package bangfu.model;

import java.util.List;
import java.util.Objects;

/**
 * One table of a report, with plain values that every output format (terminal, csv, json, md, xlsx)
 * formats in its own way. Money stays in fen so totals are exact; units are applied when rendering.
 *
 * @param id      stable identifier for scripts ("files", "assistance" …)
 * @param title   the table's title
 * @param columns the columns, the first ones usually labels (TEXT)
 * @param rows    data rows, "of which" rows, subtotals and the total, in display order
 * @param notes   sentences printed under the table (definitions, caveats)
 */
public record ReportTable(String id, Message title, List<Column> columns, List<Row> rows, List<Message> notes) {
    public ReportTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
        for (Row r : rows) {
            if (r.cells().size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row has " + r.cells().size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    /** What a column holds, and so how its cells are typed. */
    public enum Type {
        /** a {@link String} (a label, a name, a masked ID) */
        TEXT,
        /** a {@link Long}: households, people, events */
        COUNT,
        /** a {@link Long} amount in fen, shown in 元 or 万元 */
        MONEY,
        /** a {@link java.math.BigDecimal} share between 0 and 1, shown as a percentage */
        SHARE,
        /** a {@link java.time.LocalDate}, or a {@link java.time.YearMonth} for a date stated as a month alone */
        DATE
    }

    public record Column(String id, Message label, Type type) {
    }

    /** How a row stands in the table: totals are bold, "of which" rows are indented under their parent. */
    public enum RowKind { DATA, OF_WHICH, SUBTOTAL, TOTAL }

    /**
     * One row; a null cell is empty (no value, not zero).
     *
     * @param key a stable identifier of the row for scripts (a code such as {@code DEEP}, or
     *            {@code union/DEEP}), or null when the row needs none
     */
    public record Row(RowKind kind, String key, List<Object> cells) {
        public Row {
            Objects.requireNonNull(kind);
            cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
        }

        public Row(RowKind kind, List<Object> cells) {
            this(kind, null, cells);
        }
    }
}
