package bangfu.sheet;

import java.util.List;

/**
 * One row of a sheet before any interpretation.
 *
 * @param number the row number as Excel shows it (1-based); for CSV the line's record number
 * @param cells  cells by column index (0 = column A); missing cells at the end are simply absent
 */
public record RawRow(int number, List<Cell> cells) {
    public RawRow {
        cells = List.copyOf(cells);
    }

    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : Cell.BLANK;
    }

    public boolean isBlank() {
        for (Cell c : cells) {
            if (!c.isBlank()) return false;
        }
        return true;
    }
}
