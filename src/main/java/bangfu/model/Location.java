package bangfu.model;

/**
 * Where a finding is, as the clerk finds it in Excel.
 *
 * @param row    the row number as Excel shows it; 0 for a finding about a whole sheet or file
 * @param column the column letter ("D"), or "" for a finding about a whole row
 * @param header the column's header as written in the file, or ""
 */
public record Location(String file, String sheet, int row, String column, String header) {
    public String cell() {
        return row > 0 ? column + row : column;
    }
}
