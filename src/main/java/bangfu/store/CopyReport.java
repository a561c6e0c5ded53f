package bangfu.store;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What {@code db copy} moved: the rows of each table, in the order they were written (a table after those it refers
 * to), and whether the target held other records already, which keep theirs.
 */
public record CopyReport(int schemaVersion, Map<String, Long> rows, boolean merged) {
    public CopyReport {
        rows = new LinkedHashMap<>(rows);
    }
}
