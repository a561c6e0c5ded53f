package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

/** A database holding all the examples, as the README imports them: the three 2024 rosters, the ledger and the visit log. */
final class ExampleDatabase {
    private ExampleDatabase() {
    }

    /** Imports the examples into {@code db}; the 南岗区 roster's deliberate mistakes make import exit 1, as expected. */
    static Path importInto(Path db) {
        Run run = Run.of("--db", db.toString(), "import", "-q", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/花名册-南岗区总工会-2024.xls",
                "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx");
        assertThat(run.exit()).as(run.out()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
        return db;
    }
}
