package bangfu.golden;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.store.sqlite.Sql;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * End-to-end cases, one folder each under src/test/resources/golden/: {@code commands} holds bangfu
 * command lines ({@code $DB} is a fresh database, {@code $TMP} a scratch folder; paths are relative to the
 * project), {@code expected.txt} what they print with their exit codes, followed by a sorted dump of
 * the tables (a row's digest, content_hash, shown as {@code digest}: a number of any length, which the privacy scan
 * would take for an ID). A line {@code @dump $TMP/FILE.xlsx} adds the cells and print setup of a workbook a command
 * wrote (see {@link WorkbookDump}). Run with -Dbangfu.updateGoldens=true to rewrite the expectations; review the diff.
 */
class GoldenTest {
    static final Path ROOT = Path.of("src/test/resources/golden");
    static final String DUMP = """
            SELECT 'household', union_name, head_name, tier, status, coalesce(household_size, ''), coalesce(main_cause, ''),
                   coalesce(secondary_causes, ''), period FROM households
            UNION ALL SELECT 'member', h.union_name, m.name, coalesce(m.relation, ''), coalesce(m.gender, ''), '', '', '', ''
                   FROM members m JOIN households h ON h.id = m.household_id
            UNION ALL SELECT 'reject', i.file_name, r.sheet, r.row_number, r.codes, '', '', '', '' FROM rejects r JOIN imports i ON i.id = r.import_id
            UNION ALL SELECT 'change', table_name, column_name,
                   CASE WHEN column_name = 'content_hash' THEN 'digest' ELSE coalesce(old_value, '') END,
                   CASE WHEN column_name = 'content_hash' THEN 'digest' ELSE coalesce(new_value, '') END, '', '', '', ''
                   FROM changes
            UNION ALL SELECT 'history', coalesce(from_status, '-'), to_status, coalesce(changed_on, ''), count(*), '', '', '', ''
                   FROM status_history GROUP BY 2, 3, 4
            UNION ALL SELECT 'payments', h.union_name, a.kind, coalesce(a.fund_source, ''), coalesce(a.method, ''), count(*),
                   sum(a.amount_fen), '', '' FROM assistance a JOIN households h ON h.id = a.household_id GROUP BY 2, 3, 4, 5
            UNION ALL SELECT 'visits', h.union_name, coalesce(v.kind, ''), coalesce(v.outcome, ''), count(*), '', '', '', ''
                   FROM visits v JOIN households h ON h.id = v.household_id GROUP BY 2, 3, 4
            ORDER BY 1, 2, 3, 4, 5""";

    @TempDir Path tmp;

    /**
     * Runs the case's command lines in-process with {@code $DB} as {@code db} and {@code $TMP} as {@code work}; returns
     * what they printed, as expected.txt has it before the dump of the tables.
     */
    static String commands(Path folder, Path work, String db) throws IOException {
        StringBuilder actual = new StringBuilder();
        for (String line : Files.readAllLines(folder.resolve("commands"), StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            if (line.startsWith("@dump ")) {
                actual.append(WorkbookDump.of(Path.of(line.substring(6).trim().replace("$TMP", work.toString())))).append('\n');
                continue;
            }
            String[] args = line.replace("$DB", db).replace("$TMP", work.toString()).trim().split("\\s+");
            Run run = Run.of(args);
            actual.append("$ bangfu ").append(line.trim()).append('\n')
                    .append(run.out().replace(work.toString(), "$TMP"))
                    .append(run.err().isEmpty() ? "" : "[stderr] " + run.err().replace(work.toString(), "$TMP"))
                    .append("[exit ").append(run.exit()).append("]\n\n");
        }
        return actual.toString();
    }

    @TestFactory
    Stream<DynamicTest> cases() throws IOException {
        List<Path> folders;
        try (Stream<Path> s = Files.list(ROOT)) {
            folders = s.filter(Files::isDirectory).sorted().toList();
        }
        return folders.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private void check(Path folder) throws IOException {
        Path work = Files.createTempDirectory(tmp, folder.getFileName().toString());
        Path db = work.resolve("bangfu.db");
        StringBuilder actual = new StringBuilder(commands(folder, work, db.toString()));
        if (Files.exists(db)) {
            actual.append("-- tables\n");
            for (List<String> row : Sql.rows(db, DUMP)) actual.append(String.join(" | ", row)).append('\n');
        }
        Path expected = folder.resolve("expected.txt");
        if (Boolean.getBoolean("bangfu.updateGoldens") || !Files.exists(expected)) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual.toString()).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
    }
}
