package bangfu.store;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code db check} found in a database.
 *
 * @param pageProblems     what {@code integrity_check} found, empty when the file is sound; null on a server, which
 *                         keeps its pages itself
 * @param references       rows that refer to a row that does not exist, the first twenty
 * @param referenceCount   how many such rows there are
 * @param missing          tables, or {@code table.column}, that the schema version creates but the file lacks
 * @param rows             rows per table, by table name; empty when the pages are not sound
 */
public record IntegrityReport(int schemaVersion, List<String> pageProblems, List<Reference> references, long referenceCount,
                              List<String> missing, Map<String, Long> rows) {
    public IntegrityReport {
        pageProblems = pageProblems == null ? null : List.copyOf(pageProblems);
        references = List.copyOf(references);
        missing = List.copyOf(missing);
        rows = new LinkedHashMap<>(rows);
    }

    /** The file cannot be trusted: damaged pages, or not the tables its version promises. */
    public boolean damaged() {
        return pagesDamaged() || !missing.isEmpty();
    }

    /** The engine's check of its pages found problems. */
    public boolean pagesDamaged() {
        return pageProblems != null && !pageProblems.isEmpty();
    }

    /** A row of {@code table} whose reference to {@code parent} leads nowhere. */
    public record Reference(String table, long rowId, String parent) {
    }
}
