package bangfu.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain SQL against a database file, for tests to check what bangfu wrote independently of bangfu. */
public final class Sql {
    private Sql() {
    }

    public static long count(Path db, String sql) {
        return Long.parseLong(rows(db, sql).get(0).get(0));
    }

    public static String one(Path db, String sql) {
        List<List<String>> rows = rows(db, sql);
        return rows.isEmpty() ? null : rows.get(0).get(0);
    }

    public static List<List<String>> rows(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            return rows(c, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every row of {@code sql} on {@code c} (either engine), each column as text. */
    public static List<List<String>> rows(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            List<List<String>> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) row.add(rs.getString(i));
                out.add(row);
            }
            return out;
        }
    }

    public static void execute(Path db, String sql) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
