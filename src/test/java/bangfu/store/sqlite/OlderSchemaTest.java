package bangfu.store.sqlite;

import bangfu.store.Backup;
import bangfu.store.IntegrityReport;
import bangfu.store.UndoPlan;
import bangfu.store.jdbc.ImportUndo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database made by an earlier bangfu is backed up and checked as it is, never upgraded by looking at it. */
class OlderSchemaTest {
    static final int OLDER = Database.SCHEMA_VERSION - 1;
    /** The version whose upgrade takes the borrowed 渐退 dates out. */
    static final int LIFECYCLE = 8;

    @TempDir Path dir;

    Path older() throws Exception {
        return older(OLDER);
    }

    Path older(int version) throws Exception {
        Path file = dir.resolve("older.db");
        Database.createOwnerOnly(file);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            Database.migrate(c, 0, version);
        }
        Sql.execute(file, "INSERT INTO imports (file_name, sha256, started_at, finished_at) VALUES ('a.xlsx', 'x', 't', 't')");
        Sql.execute(file, "INSERT INTO households (head_id, head_name, union_name, status, created_import_id, updated_import_id)"
                + " VALUES ('110101198001010011', '张三', '东城区总工会', 'ACTIVE', 1, 1)");
        return file;
    }

    @Test
    void checkReportsTheOlderVersionSoundAndLeavesItAsItWas() throws Exception {
        Path file = older();
        byte[] before = Files.readAllBytes(file);

        IntegrityReport report;
        try (Database db = Database.openForInspection(file)) {
            report = SqliteStorage.of(db).integrity();
        }

        assertThat(report.schemaVersion()).isEqualTo(OLDER);
        assertThat(report.damaged()).isFalse();
        assertThat(report.rows()).containsEntry("households", 1L).containsEntry("imports", 1L);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void backupKeepsTheOlderVersionAndDoesNotUpgradeTheDatabase() throws Exception {
        Path file = older();
        Path backup = dir.resolve("backup.db");

        Backup written = DatabaseBackup.write(file, backup);

        assertThat(written.schemaVersion()).isEqualTo(OLDER);
        assertThat(Sql.one(backup, "PRAGMA user_version")).isEqualTo(Integer.toString(OLDER));
        assertThat(Sql.one(file, "PRAGMA user_version")).isEqualTo(Integer.toString(OLDER));
        assertThat(Dump.of(backup)).isEqualTo(Dump.of(file));
    }

    @Test
    void anImportThatOnlyAddedRowsIsUndoneAfterTheUpgrade() throws Exception {
        Path file = older();
        try (Database db = Database.openExisting(file)) {
            UndoPlan plan = ImportUndo.undo(db, 1, Instant.parse("2024-12-01T00:00:00Z"), p -> { });
            assertThat(plan.outcome()).isEqualTo(UndoPlan.Outcome.UNDONE);
        }
        assertThat(Sql.count(file, "SELECT count(*) FROM households")).isZero();
        assertThat(Sql.one(file, "SELECT undone_at FROM imports WHERE id = 1")).isEqualTo("2024-12-01T00:00:00Z");
    }

    @Test
    void anImportWhoseBorrowedPhaseOutDateTheUpgradeTookOutIsStillUndone() throws Exception {
        Path file = older(LIFECYCLE - 1);
        // Before version 8 an entry into 渐退 was dated with the 建档日期; the upgrade takes that date out and logs it.
        Sql.execute(file, "UPDATE households SET status = 'PHASING_OUT', filed_on = '2021-03-01'");
        Sql.execute(file, "INSERT INTO status_history (household_id, from_status, to_status, changed_on, command, import_id, recorded_at)"
                + " VALUES (1, NULL, 'ACTIVE', '2021-03-01', 'import', 1, 't'), (1, 'ACTIVE', 'PHASING_OUT', '2021-03-01', 'import', 1, 't')");
        try (Database db = Database.openExisting(file)) {
            assertThat(Sql.count(file, "SELECT count(*) FROM changes WHERE command = 'migrate'")).isEqualTo(1);
            // The upgrade's correction is no one's later change: the import's own rows go, with their history.
            UndoPlan plan = ImportUndo.undo(db, 1, Instant.parse("2024-12-01T00:00:00Z"), p -> { });
            assertThat(plan.outcome()).isEqualTo(UndoPlan.Outcome.UNDONE);
        }
        assertThat(Sql.count(file, "SELECT count(*) FROM households")).isZero();
        assertThat(Sql.count(file, "SELECT count(*) FROM status_history")).isZero();
    }

    @Test
    void aDryRunOnTheOlderVersionWritesNothing() throws Exception {
        Path file = older();
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.openForInspection(file)) {
            UndoPlan plan = ImportUndo.plan(db, 1);
            assertThat(plan.outcome()).isEqualTo(UndoPlan.Outcome.READY);
            assertThat(plan.effects()).extracting(UndoPlan.TableEffect::table, UndoPlan.TableEffect::removed)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("households", 1L));
        }
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }
}
