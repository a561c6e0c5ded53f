package bangfu.golden;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import bangfu.store.Stores;
import bangfu.store.sqlite.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The golden cases of the commands that run on PostgreSQL, run again with {@code $DB} a fresh database on the test
 * server: what they print, their exit codes and the dump of the tables must be byte for byte what the same case
 * gives on SQLite ({@code expected.txt}, shared with {@link GoldenTest}), but for the database's name and the row
 * numbers of households ({@link #asOnSqlite}).
 */
class PostgresGoldenTest {
    /** The cases whose every command has its PostgreSQL part written. */
    static final List<String> CASES = List.of("01-import-examples", "02-reimport-and-update", "03-json-findings",
            "04-mapping-file", "05-bad-mapping", "06-ledger-and-visits", "07-mixed-workbook", "08-verify-files",
            "09-verify-json", "10-verify-csv", "11-verify-against-database", "30-yearly-report", "31-yearly-report-csv",
            "32-yearly-report-json", "33-yearly-report-markdown", "34-yearly-report-breakdowns", "20-verify-database",
            "21-verify-database-problems", "40-household-dossier", "60-roster", "61-notice", "62-changes",
            "63-report-export", "60-classify-examples", "61-classify-json",
            "62-classify-explain", "63-classify-apply", "64-classify-older-roster", "70-visit-due", "71-visit-advance",
            "72-visit-add", "73-visit-list-and-close", "50-import-undo");

    /**
     * {@link GoldenTest#DUMP} for PostgreSQL: every column as text (PostgreSQL will not mix types in a UNION), and
     * sorted as SQLite sorts that dump: numbers as numbers (n4, n5), texts by code point, NULL first.
     */
    static final String DUMP = """
            SELECT c1, c2, c3, c4, c5, c6, c7, c8, c9 FROM (
            SELECT 'household' AS c1, union_name AS c2, head_name AS c3, tier AS c4, status AS c5,
                   coalesce(household_size::text, '') AS c6, coalesce(main_cause, '') AS c7,
                   coalesce(secondary_causes, '') AS c8, period::text AS c9, NULL::bigint AS n4, NULL::bigint AS n5 FROM households
            UNION ALL SELECT 'member', h.union_name, m.name, coalesce(m.relation, ''), coalesce(m.gender, ''), '', '', '', '', NULL, NULL
                   FROM members m JOIN households h ON h.id = m.household_id
            UNION ALL SELECT 'reject', i.file_name, r.sheet, r.row_number::text, r.codes, '', '', '', '', r.row_number, NULL
                   FROM rejects r JOIN imports i ON i.id = r.import_id
            UNION ALL SELECT 'change', table_name, column_name,
                   CASE WHEN column_name = 'content_hash' THEN 'digest' ELSE coalesce(old_value, '') END,
                   CASE WHEN column_name = 'content_hash' THEN 'digest' ELSE coalesce(new_value, '') END, '', '', '', '', NULL, NULL
                   FROM changes
            UNION ALL SELECT 'history', coalesce(from_status, '-'), to_status, coalesce(changed_on, ''), count(*)::text, '', '', '', '',
                   NULL, count(*) FROM status_history GROUP BY 2, 3, 4
            UNION ALL SELECT 'payments', h.union_name, a.kind, coalesce(a.fund_source, ''), coalesce(a.method, ''), count(*)::text,
                   sum(a.amount_fen)::text, '', '', NULL, NULL FROM assistance a JOIN households h ON h.id = a.household_id GROUP BY 2, 3, 4, 5
            UNION ALL SELECT 'visits', h.union_name, coalesce(v.kind, ''), coalesce(v.outcome, ''), count(*)::text, '', '', '', '',
                   NULL, count(*) FROM visits v JOIN households h ON h.id = v.household_id GROUP BY 2, 3, 4
            ) d ORDER BY c1 COLLATE "C" NULLS FIRST, c2 COLLATE "C" NULLS FIRST, c3 COLLATE "C" NULLS FIRST, n4 NULLS FIRST,
                         c4 COLLATE "C" NULLS FIRST, n5 NULLS FIRST, c5 COLLATE "C" NULLS FIRST""";

    @TempDir Path tmp;

    @TestFactory
    Stream<DynamicTest> cases() {
        return CASES.stream().map(name -> DynamicTest.dynamicTest(name, () -> check(GoldenTest.ROOT.resolve(name))));
    }

    private void check(Path folder) throws Exception {
        Path work = Files.createTempDirectory(tmp, folder.getFileName().toString());
        String database = FreshPostgres.createDatabase("golden");
        try {
            String location = PostgresServer.get().location(database);
            StringBuilder actual = new StringBuilder(asOnSqlite(GoldenTest.commands(folder, work, location), location, database));
            // as on SQLite, where a case that never imports leaves no file: a database without bangfu's tables has no dump
            if (hasSchema(database)) {
                actual.append("-- tables\n");
                for (List<String> row : rows(database)) actual.append(String.join(" | ", row)).append('\n');
            }
            // kept beside the build for a diff against expected.txt when they differ
            Path kept = Path.of("target/golden-postgres", folder.getFileName() + ".txt");
            Files.createDirectories(kept.getParent());
            Files.writeString(kept, actual, StandardCharsets.UTF_8);
            assertThat(actual.toString()).isEqualTo(Files.readString(folder.resolve("expected.txt"), StandardCharsets.UTF_8));
        } finally {
            FreshPostgres.dropDatabase(database);
        }
    }

    private static boolean hasSchema(String database) throws Exception {
        try (Connection c = PostgresServer.get().connect(database); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT to_regclass('schema_version') IS NOT NULL")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** A household's row number in verify's JSON, right after the line that opens the household. */
    private static final Pattern HOUSEHOLD_ROW = Pattern.compile("(\"household\" : \\{\n\\s*\"id\" : )(\\d+)");

    /**
     * The output with the two things that differ by nature between the engines put as SQLite has them: the database's
     * name (the server's URL for the file's path), and the row number of a household in verify's JSON. PostgreSQL
     * draws row numbers from a sequence in blocks, so they have gaps; SQLite numbers the rows 1, 2, 3 … in the order
     * they were written, which is the row's rank among PostgreSQL's rows — checked here for each one shown.
     */
    private static String asOnSqlite(String output, String location, String database) throws Exception {
        String named = output.replace(Stores.shown(location), "$TMP/bangfu.db");
        Matcher m = HOUSEHOLD_ROW.matcher(named);
        StringBuilder out = new StringBuilder();
        try (Connection c = PostgresServer.get().connect(database);
             PreparedStatement rank = c.prepareStatement("SELECT count(*) FROM households WHERE id <= ?")) {
            while (m.find()) {
                rank.setLong(1, Long.parseLong(m.group(2)));
                try (ResultSet rs = rank.executeQuery()) {
                    rs.next();
                    m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + rs.getLong(1)));
                }
            }
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<List<String>> rows(String database) throws Exception {
        try (Connection c = PostgresServer.get().connect(database)) {
            return Sql.rows(c, DUMP);
        }
    }
}
