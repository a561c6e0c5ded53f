package bangfu.check;

import org.junit.jupiter.api.BeforeEach;

/**
 * Every situation of {@link DatabaseChecksTest}, its rows copied with their ids into a fresh PostgreSQL database and
 * checked there: the same hand-computed findings, and exactly what SQLite finds in the same rows.
 */
class DatabaseChecksOnPostgresTest extends DatabaseChecksTest {
    @Override
    @BeforeEach
    void fresh() {
        ledger = new Ledger(dir.resolve("bangfu.db"), true);
    }
}
