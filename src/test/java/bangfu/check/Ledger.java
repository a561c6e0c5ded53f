package bangfu.check;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.report.YearlyReportOnPostgresTest;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresDatabase;
import bangfu.store.postgres.PostgresLocation;
import bangfu.store.postgres.PostgresServer;
import bangfu.store.sqlite.Database;
import bangfu.store.sqlite.LifecycleColumns;
import bangfu.store.sqlite.Sql;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds a bangfu database row by row with plain SQL, so each cross-record situation can be set up exactly
 * (a payment on the filing day, a total one fen above the cap) without going through the import's own checks.
 */
final class Ledger {
    static final String FRESH = "2026-11-20T10:00:00Z";
    private final Path db;
    /** Also run the checks on a copy in PostgreSQL, which must find the same. */
    private final boolean alsoOnPostgres;
    private int nextId = 1;
    private long importId = 0;

    Ledger(Path db) {
        this(db, false);
    }

    Ledger(Path db, boolean alsoOnPostgres) {
        this.db = db;
        this.alsoOnPostgres = alsoOnPostgres;
        Database.open(db).close();
        importAt(FRESH);
    }

    Path file() {
        return db;
    }

    /** A new import row finished at {@code instant}; the households added next are created by it. */
    long importAt(String instant) {
        Sql.execute(db, "INSERT INTO imports (file_name, sha256, started_at, finished_at) VALUES ('f.xlsx', 'h', '"
                + instant + "', '" + instant + "')");
        importId = Long.parseLong(Sql.one(db, "SELECT max(id) FROM imports"));
        return importId;
    }

    /** An active household filed on {@code filed}; returns its row id. */
    long household(String headId, String name, String union, String filed) {
        return household(headId, 1, name, union, "ACTIVE", filed, null, null, "SERIOUS_ILLNESS", null);
    }

    long household(String headId, int period, String name, String union, String status, String filed, String exited,
                   String closed, String mainCause, String secondary) {
        long id = nextId++;
        Sql.execute(db, """
                INSERT INTO households (id, head_id, period, head_name, union_name, status, filed_on, exited_on, closed_on,
                                        main_cause, secondary_causes, created_import_id, updated_import_id)
                VALUES (%d, '%s', %d, '%s', '%s', '%s', %s, %s, %s, %s, %s, %d, %d)""".formatted(id, headId, period, name,
                union, status, q(filed), q(exited), q(closed), q(mainCause), q(secondary), importId, importId));
        return id;
    }

    void member(long household, String name, String idNumber, String birth) {
        Sql.execute(db, "INSERT INTO members (household_id, name, id_number, relation, birth_date) VALUES (%d, '%s', %s, '子女', %s)"
                .formatted(household, name, q(idNumber), q(birth)));
    }

    void pay(long household, String kind, long fen, String on) {
        pay(household, kind, fen, on, "CITY", "BANK_CARD");
    }

    void pay(long household, String kind, long fen, String on, String source, String method) {
        int occurrence = (int) Sql.count(db, "SELECT count(*) + 1 FROM assistance WHERE household_id = %d AND kind = '%s' AND paid_on = '%s' AND amount_fen = %d"
                .formatted(household, kind, on, fen));
        Sql.execute(db, "INSERT INTO assistance (household_id, kind, amount_fen, paid_on, fund_source, method, occurrence) VALUES (%d, '%s', %d, '%s', %s, %s, %d)"
                .formatted(household, kind, fen, on, q(source), q(method), occurrence));
    }

    void visit(long household, String on) {
        int occurrence = (int) Sql.count(db, "SELECT count(*) + 1 FROM visits WHERE household_id = %d AND visited_on = '%s'"
                .formatted(household, on));
        Sql.execute(db, "INSERT INTO visits (household_id, visited_on, kind, occurrence) VALUES (%d, '%s', 'ROUTINE', %d)"
                .formatted(household, on, occurrence));
    }

    void visitTwice(long household, int year) {
        visit(household, year + "-03-01");
        visit(household, year + "-09-01");
    }

    void statusChange(long household, String from, String to, String on, String recordedAt) {
        Sql.execute(db, "INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, recorded_at) VALUES (%d, %s, '%s', '%s', 'import', '%s')"
                .formatted(household, q(from), to, on, recordedAt));
    }

    /** The counts of a run and every finding it handed on, in the order it handed them on. */
    record Result(Audit audit, List<HouseholdFinding> findings) {
        int year() {
            return audit.year();
        }

        boolean yearChosen() {
            return audit.yearChosen();
        }

        boolean fails(boolean strict) {
            return audit.fails(strict);
        }
    }

    Result check(bangfu.model.Policy policy, Integer year, LocalDate today) {
        // The rows above were written with plain SQL: their lifecycle columns come from bangfu's rule, once.
        try (Database writable = Database.open(db)) {
            LifecycleColumns.refreshAll(writable);
        }
        Result onSqlite = check(db.toString(), policy, year, today);
        if (!alsoOnPostgres) return onSqlite;
        try {
            String database = FreshPostgres.createDatabase("checks");
            try {
                String location = PostgresServer.get().location(database);
                PostgresDatabase.open(PostgresLocation.parse(location), Map.of()).close();
                YearlyReportOnPostgresTest.copy(db, database);
                Result onPostgres = check(location, policy, year, today);
                assertThat(onPostgres.findings()).as("on PostgreSQL").isEqualTo(onSqlite.findings());
                assertThat(onPostgres.audit()).as("on PostgreSQL").isEqualTo(onSqlite.audit());
                return onPostgres;
            } finally {
                FreshPostgres.dropDatabase(database);
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
        }
    }

    private static Result check(String location, bangfu.model.Policy policy, Integer year, LocalDate today) {
        try (Storage opened = Stores.open(location, Storage.Access.READ_ONLY)) {
            List<HouseholdFinding> findings = new ArrayList<>();
            Audit audit = new DatabaseChecks(opened, policy, year, today).run(findings::add);
            return new Result(audit, findings);
        }
    }

    private static String q(String text) {
        return text == null ? "NULL" : "'" + text.replace("'", "''") + "'";
    }
}
