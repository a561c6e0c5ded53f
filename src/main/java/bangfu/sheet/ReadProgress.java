package bangfu.sheet;

/** Told how far reading a file has got: rows of the sheet being read, out of how many it is expected to have. */
@FunctionalInterface
public interface ReadProgress {
    ReadProgress NONE = (done, total) -> { };

    /**
     * @param done  rows of the current sheet read so far
     * @param total the rows the sheet says it has (an .xlsx's dimension, an .xls's row count), an estimate from the
     *              bytes read so far (CSV, an .xlsx without a dimension), or -1 when nothing is known yet
     */
    void advanced(long done, long total);

    /** A sheet starts: the counts that follow are its own. */
    default void sheet(String name) {
    }
}
