package bangfu.store.sqlite;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a database holds, read with plain SQL: the schema and every row of every table in row order, for
 * comparing a database before and after an operation that must leave it as it was.
 */
public final class Dump {
    private Dump() {
    }

    /** Table name → rows (all columns, row order), plus {@code sqlite_master} → the schema; {@code imports} without rows {@code except}. */
    public static Map<String, List<List<String>>> of(Path db, long... importsLeftOut) {
        Map<String, List<List<String>>> out = new TreeMap<>();
        out.put("sqlite_master", Sql.rows(db, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
        for (List<String> table : Sql.rows(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
            String name = table.get(0);
            String where = "";
            if (name.equals("imports") && importsLeftOut.length > 0) {
                StringBuilder ids = new StringBuilder();
                for (long id : importsLeftOut) ids.append(ids.length() == 0 ? "" : ", ").append(id);
                where = " WHERE id NOT IN (" + ids + ")";
            }
            out.put(name, Sql.rows(db, "SELECT * FROM \"" + name + "\"" + where + " ORDER BY rowid"));
        }
        return out;
    }
}
