package bangfu.report;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.report.Expected.Household;
import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresDatabase;
import bangfu.store.postgres.PostgresLocation;
import bangfu.store.postgres.PostgresServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly report on PostgreSQL against {@link Expected}, the independent computation over the raw rows read
 * back from PostgreSQL: the imported examples, and the seeded random data of {@link YearlyReportTest} moved row for
 * row from its SQLite file (with its ids), over years, breakdowns and filters.
 */
public class YearlyReportOnPostgresTest {
    /** Parents before children, as the foreign keys want them. */
    static final List<String> TABLES = List.of("imports", "import_sheets", "households", "members", "classify_runs", "runs",
            "visits", "status_history", "changes", "rejects", "assistance");
    @TempDir static Path dir;
    static String examples;
    static String generated;

    @BeforeAll
    static void databases() throws Exception {
        examples = FreshPostgres.createDatabase("report_examples");
        Run imported = Run.of("--db", PostgresServer.get().location(examples), "import", "--quiet",
                "examples/花名册-东城区总工会-2024.xlsx", "examples/花名册-西城区总工会-2024.csv", "examples/花名册-南岗区总工会-2024.xls",
                "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx");
        assertThat(imported.exit()).as(imported.err()).isEqualTo(1); // the planted mistakes
        Path file = dir.resolve("generated.db");
        YearlyReportTest.generate(file, new Random(20240101));
        generated = FreshPostgres.createDatabase("report_generated");
        PostgresDatabase.open(PostgresLocation.parse(PostgresServer.get().location(generated)), Map.of()).close();
        copy(file, generated);
    }

    @AfterAll
    static void drop() throws Exception {
        FreshPostgres.dropDatabase(examples);
        FreshPostgres.dropDatabase(generated);
    }

    /** Every row of every table, ids included, from the SQLite file into the PostgreSQL database of the same schema. */
    public static void copy(Path file, String database) throws Exception {
        try (Connection from = DriverManager.getConnection("jdbc:sqlite:" + file); Connection to = PostgresServer.get().connect(database)) {
            to.setAutoCommit(false);
            for (String table : TABLES) {
                try (Statement s = from.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    ResultSetMetaData meta = rs.getMetaData();
                    StringBuilder columns = new StringBuilder();
                    StringBuilder marks = new StringBuilder();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        columns.append(i > 1 ? ", " : "").append(meta.getColumnName(i));
                        marks.append(i > 1 ? ", " : "").append('?');
                    }
                    try (PreparedStatement ps = to.prepareStatement("INSERT INTO " + table + " (" + columns + ") VALUES (" + marks + ")")) {
                        while (rs.next()) {
                            for (int i = 1; i <= meta.getColumnCount(); i++) ps.setObject(i, rs.getObject(i), java.sql.Types.OTHER);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                    }
                }
                if (!table.equals("import_sheets")) {
                    try (Statement s = to.createStatement()) {
                        s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce(max(id), 0) + 1, false) FROM " + table);
                    }
                }
            }
            to.commit();
        }
    }

    private static JsonNode check(String database, java.util.function.Predicate<Household> filter,
                                  java.util.function.Function<Household, String> group, int from, int to, String... options)
            throws Exception {
        return YearlyReportTest.check(PostgresServer.get().location(database), () -> new Expected(PostgresServer.get().connect(database)),
                database, filter, group, from, to, options);
    }

    @Test
    void examplesOf2024AndTheirBreakdowns() throws Exception {
        JsonNode report = check(examples, h -> true, null, 2024, 2024);
        assertThat(YearlyReportTest.row(report, "files", "total").get("closing").asLong()).isEqualTo(22);
        assertThat(YearlyReportTest.row(report, "aid_by_kind", "total").get("payments").asLong()).isEqualTo(57);
        check(examples, h -> true, Household::union, 2020, 2024, "--by", "union");
        check(examples, h -> true, null, 2023, 2023);
    }

    @Test
    void generatedDataOverYearsBreakdownsAndFilters() throws Exception {
        for (int year = 2018; year <= 2025; year++) check(generated, h -> true, null, year, year);
        check(generated, h -> true, Household::union, 2019, 2024, "--by", "union");
        check(generated, h -> h.tier().equals("DEEP"), Household::region, 2021, 2021, "--by", "region", "--tier", "深度困难");
        check(generated, h -> h.tier().isEmpty(), null, 2020, 2023, "--tier", "未填");
        check(generated, h -> h.union().equals("甲工会"), null, 2022, 2022, "--union", "甲工会");
        check(generated, h -> h.region().contains("乙市"), Household::union, 2022, 2024, "--region", "乙市", "--by", "union");
    }
}
