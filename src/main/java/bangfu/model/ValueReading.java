package bangfu.model;

import static java.util.Objects.requireNonNull;

/**
 * One way a file's values were read as something other than their official word: {@code 致困原因: 子女教育 →
 * 子女上学, 214 rows}. Reported once per mapping, not per row.
 *
 * @param column   the header of the column as the file writes it
 * @param written  the word as written (spaces removed)
 * @param code     the code it was read as ({@code SCHOOLING})
 * @param label    the code's official Chinese word ({@code 子女上学})
 * @param firstRow the first row (as Excel numbers it) where the word was met
 * @param rows     how many cells held it
 */
public record ValueReading(String column, String written, String code, String label, Reading reading, int firstRow,
                           int rows) {
    public ValueReading {
        requireNonNull(column, "column");
        requireNonNull(written, "written");
        requireNonNull(code, "code");
        requireNonNull(label, "label");
        requireNonNull(reading, "reading");
        if (rows < 1) throw new IllegalArgumentException("a reading needs at least one row");
    }

    /** The same mapping met again, in a later sheet of the same file. */
    public ValueReading plus(ValueReading later) {
        return new ValueReading(column, written, code, label, reading, firstRow, rows + later.rows);
    }

    /** What makes two readings the same mapping. */
    public String key() {
        return column + '\u0000' + written + '\u0000' + code + '\u0000' + reading;
    }
}
