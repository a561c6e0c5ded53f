package bangfu.store.jdbc;

import bangfu.store.Uploads;
import bangfu.model.Field;
import bangfu.model.MemberField;
import bangfu.model.RosterField;
import bangfu.model.Selection;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The records an upload carries, as stored: each head's newest file period (the file as it stands) and its
 * members, every field by its key, values as the database holds them (codes, ISO dates, fen, 1/0).
 */
public final class UploadRows implements Uploads {
    private final Engine db;

    public UploadRows(Engine db) {
        this.db = db;
    }

    /** The files, sorted by union, head's name and ID. */
    public List<Stored> households(Selection selection) {
        // The stored fields: the transfer columns (转入, 转入日期) only instruct an import and have no column.
        RosterField[] fields = Arrays.stream(RosterField.values()).filter(RosterField::stored).toArray(RosterField[]::new);
        String columns = Arrays.stream(fields).map(f -> "h." + f.key()).collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>();
        return query("SELECT " + columns + " FROM households h" + where(selection, params)
                + " ORDER BY h.union_name, h.head_name, h.head_id", params, fields);
    }

    /** The members of those files, in the same order of households, then as they were listed. */
    public List<Stored> members(Selection selection) {
        Field[] fields = MemberField.values();
        String columns = Arrays.stream(fields)
                .map(f -> f == MemberField.HEAD_ID ? "h.head_id" : "m." + f.key()).collect(Collectors.joining(", "));
        List<Object> params = new ArrayList<>();
        return query("SELECT " + columns + " FROM members m JOIN households h ON h.id = m.household_id"
                + where(selection, params) + " ORDER BY h.union_name, h.head_name, h.head_id, m.id", params, fields);
    }

    // The newest period of each head: an earlier one that was exited or closed is history, not the file.
    private static String where(Selection selection, List<Object> params) {
        return " WHERE h.period = (SELECT max(p.period) FROM households p WHERE p.head_id = h.head_id)"
                + ListQueries.scope(selection, params);
    }

    /** Rows as they come: every file of a city is not also held whole by a server's driver while the list is built. */
    private List<Stored> query(String sql, List<Object> params, Field[] fields) {
        List<Stored> out = new ArrayList<>();
        try {
            db.eachRow(sql, params, rs -> {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int c = 0; c < fields.length; c++) {
                    Object v = rs.getObject(c + 1);
                    // Whole numbers (fen, counts, 1/0) as Long; an area such as 65.5 m² as the exact decimal.
                    if (v instanceof Integer || v instanceof Long) v = ((Number) v).longValue();
                    else if (v instanceof Number n) v = new BigDecimal(n.toString());
                    if (v != null && !(v instanceof String text && text.isEmpty())) values.put(fields[c].key(), v);
                }
                out.add(new Stored(values));
            });
        } catch (SQLException e) {
            throw db.failure(e);
        }
        return out;
    }
}
