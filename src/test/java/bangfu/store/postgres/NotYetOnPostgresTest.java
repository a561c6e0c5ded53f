package bangfu.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every command whose PostgreSQL part is not written yet refuses in one sentence, with exit code 4 and the database
 * unchanged: never a stack trace, never wrong numbers.
 */
class NotYetOnPostgresTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();

    /** Command lines of the golden cases, with {@code $DB} for the database. */
    static final List<String> NOT_YET = List.of(
            "verify examples/救助发放表-2024.xlsx",
            "import --dry-run examples/花名册-西城区总工会-2024.csv",
            "import --undo 1 --dry-run",
            "import --undo 1",
            "classify --policy examples/bangfu.yaml --as-of 2024-12-31",
            "classify --policy examples/bangfu.yaml --as-of 2024-12-31 --apply --limit 0",
            "visit due --as-of 2025-08-20",
            "visit list 110102197008175338 --as-of 2025-08-20",
            "visit advance --as-of 2025-08-20 --apply",
            "db check",
            "db backup target/never-written.db");

    @BeforeAll
    static void importTheExamples() {
        Run run = Run.of("--db", PG.location(), "import", "--quiet", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/花名册-南岗区总工会-2024.xls", "examples/救助发放表-2024.xlsx",
                "examples/走访记录-2024.xlsx");
        assertThat(run.exit()).as(run.err()).isIn(0, 1); // the example files hold deliberate mistakes
    }

    @Test
    void eachSaysSoInOneSentenceAndChangesNothing() throws Exception {
        String before = fingerprint();
        List<String> wrong = new ArrayList<>();
        for (String line : NOT_YET) {
            for (String lang : List.of("en", "zh")) {
                List<String> args = new ArrayList<>(List.of("--lang", lang, "--db", PG.location()));
                args.addAll(List.of(line.split(" ")));
                Run run = Run.of(args.toArray(String[]::new));
                String said = lang.equals("en") ? "is not yet available on PostgreSQL" : "暂不支持 PostgreSQL";
                boolean oneLine = run.err().strip().lines().count() == 1;
                if (run.exit() != 4 || !oneLine || !run.err().contains(said) || run.err().contains("Exception")) {
                    wrong.add(line + " [" + lang + "] → exit " + run.exit() + ": " + run.err() + run.out());
                }
            }
        }
        assertThat(wrong).isEmpty();
        assertThat(fingerprint()).isEqualTo(before);
    }

    /** Rows per table and the highest id of each: what any write would change. */
    private static String fingerprint() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Connection c = PG.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("households", "members", "assistance", "visits", "imports", "changes", "status_history",
                    "runs", "classify_runs", "rejects")) {
                try (ResultSet rs = s.executeQuery("SELECT count(*), max(id) FROM " + table)) {
                    rs.next();
                    out.append(table).append(' ').append(rs.getLong(1)).append(' ').append(rs.getLong(2)).append('\n');
                }
            }
        }
        return out.toString();
    }
}
