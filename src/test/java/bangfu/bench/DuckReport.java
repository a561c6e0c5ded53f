package bangfu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * DuckDB as the yearly report's peer (bench/duckdb.sh): loads a bench database's payments into a DuckDB file once,
 * then answers the report's payment aggregates from it, each run a whole process as bangfu's is.
 *
 * <p>{@code java -cp target/test-classes:target/bench/duckdb_jdbc-….jar bangfu.bench.DuckReport load DUCK.db
 * ASSISTANCE.csv HOUSEHOLDS.csv} makes the file from CSV exports of the two SQLite tables (DuckDB's own sqlite
 * extension is downloaded at run time, so it is not used); {@code … query DUCK.db FROM TO one|full} prints, as
 * CSV, the payments of the years FROM to TO by kind × fund source (the sqlite3 yardstick's aggregate), and with
 * {@code full} the kind, source and total levels too, each row led by its level. The driver is found on the class
 * path at run time: the project's build does not depend on DuckDB.
 */
public final class DuckReport {
    private DuckReport() {
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 4) {
            System.err.println("usage: DuckReport load DUCK.db ASSISTANCE.csv HOUSEHOLDS.csv | query DUCK.db FROM TO one|full");
            System.exit(2);
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + args[1]); Statement s = c.createStatement()) {
            if (args[0].equals("load")) {
                load(s, args[2], args[3]);
            } else {
                query(s, Integer.parseInt(args[2]), Integer.parseInt(args[3]), args.length > 4 && args[4].equals("full"));
            }
        }
    }

    // Only the columns the payment aggregates read: a column store reads no others anyway.
    private static void load(Statement s, String assistance, String households) throws SQLException {
        s.execute("CREATE OR REPLACE TABLE households AS SELECT * FROM read_csv('" + households
                + "', header = true, columns = {'id': 'BIGINT', 'head_id': 'VARCHAR', 'union_name': 'VARCHAR'})");
        s.execute("CREATE OR REPLACE TABLE assistance AS SELECT * FROM read_csv('" + assistance
                + "', header = true, columns = {'household_id': 'BIGINT', 'kind': 'VARCHAR', 'fund_source': 'VARCHAR',"
                + " 'amount_fen': 'BIGINT', 'method': 'VARCHAR', 'paid_on': 'DATE'})");
        s.execute("CHECKPOINT");
    }

    /**
     * The one aggregate of the sqlite3 yardstick (bench/report-yardstick.sql): payments of the years by kind × fund
     * source with distinct heads; with {@code full}, also its kind, source and total levels (bench/report-yardstick-full.sql).
     */
    private static void query(Statement s, int from, int to, boolean full) throws SQLException {
        String groups = full ? "GROUPING SETS ((a.kind, a.fund_source), (a.kind), (a.fund_source), ())" : "a.kind, a.fund_source";
        String level = full ? "GROUPING(a.kind, a.fund_source)" : "0";
        String sql = "SELECT " + level + " AS level, a.kind, a.fund_source, count(DISTINCT h.head_id), count(*),"
                + " sum(a.amount_fen), sum(CASE WHEN a.method = 'BANK_CARD' THEN a.amount_fen ELSE 0 END)"
                + " FROM assistance a JOIN households h ON h.id = a.household_id"
                + " WHERE a.paid_on >= DATE '" + from + "-01-01' AND a.paid_on < DATE '" + (to + 1) + "-01-01'"
                + " GROUP BY " + groups + " ORDER BY 1, 2 NULLS FIRST, 3 NULLS FIRST";
        StringBuilder out = new StringBuilder();
        try (ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                for (int i = full ? 1 : 2; i <= columns; i++) {
                    Object value = r.getObject(i);
                    out.append(value == null ? "" : value.toString()).append(i < columns ? "," : "\n");
                }
            }
        }
        System.out.print(out);
    }
}
