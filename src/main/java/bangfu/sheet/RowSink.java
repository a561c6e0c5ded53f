package bangfu.sheet;

/** Receives the rows of a workbook sheet by sheet, in file order. */
public interface RowSink {
    void startSheet(String name);

    /** Called for every row that has at least one non-blank cell. */
    void row(RawRow row);

    void endSheet();
}
