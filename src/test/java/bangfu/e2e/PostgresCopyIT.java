package bangfu.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.postgres.FreshPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar moves a union's file onto the server and back with {@code db copy}: the yearly report the same
 * on all three, the copied history undoable on the server, and the backup of the server a file bangfu checks sound.
 */
class PostgresCopyIT {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir Path dir;

    @Test
    void aUnionFileGoesOntoTheServerAndBackWithItsHistory() throws Exception {
        Path file = dir.resolve("union.db");
        List<String> args = new ArrayList<>(List.of("--db", file.toString(), "import", "--quiet"));
        for (String f : List.of("花名册-东城区总工会-2024.xlsx", "花名册-西城区总工会-2024.csv", "救助发放表-2024.xlsx", "走访记录-2024.xlsx")) {
            args.add(Path.of("examples", f).toAbsolutePath().toString());
        }
        assertThat(Bangfu.run(dir, args.toArray(String[]::new)).exit()).isIn(0, 1);

        Bangfu up = Bangfu.run(dir, "--lang", "en", "--db", file.toString(), "db", "copy", "--to", PG.location());
        assertThat(up.exit()).as(up.err()).isZero();
        assertThat(up.out()).contains("copied into postgresql://").containsPattern("(?m)^households +\\d+$");
        Path back = dir.resolve("back.db");
        Bangfu down = Bangfu.run(dir, "--lang", "en", "db", "copy", "--from", PG.location(), "--to", back.toString());
        assertThat(down.exit()).as(down.err()).isZero();

        String yearly = report(file.toString());
        assertThat(yearly).contains("Total");
        assertThat(report(PG.location())).isEqualTo(yearly);
        assertThat(report(back.toString())).isEqualTo(yearly);
        // The copied history is the server's now: the last import undone there, the file imported again.
        Bangfu undo = Bangfu.run(dir, "--lang", "en", "--db", PG.location(), "import", "--undo", "4");
        assertThat(undo.exit()).as(undo.out() + undo.err()).isZero();
        assertThat(undo.out()).contains("import 4 (走访记录-2024.xlsx), undoing:");

        Path backup = dir.resolve("server-backup.db");
        Bangfu saved = Bangfu.run(dir, "--lang", "en", "--db", PG.location(), "db", "backup", backup.toString());
        assertThat(saved.exit()).as(saved.err()).isZero();
        Bangfu check = Bangfu.run(dir, "--lang", "en", "--db", backup.toString(), "db", "check");
        assertThat(check.exit()).as(check.out() + check.err()).isZero();
        assertThat(Files.size(backup)).isPositive();

        Bangfu twice = Bangfu.run(dir, "--lang", "en", "db", "copy", "--from", back.toString(), "--to", PG.location());
        assertThat(twice.exit()).isEqualTo(4);
        assertThat(twice.err().strip().lines()).as(twice.err()).hasSize(1);
        assertThat(twice.err()).contains("Nothing was copied").doesNotContain("Exception");
    }

    private String report(String db) throws Exception {
        Bangfu r = Bangfu.run(dir, "--lang", "en", "--db", db, "report", "yearly", "--year", "2024");
        assertThat(r.exit()).as(r.err()).isZero();
        return r.out();
    }
}
