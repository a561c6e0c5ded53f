package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change log of a roster imported twice, checked against the changes table read with plain SQL. */
class ReportChangesCommandTest {
    static final String FOLDER = "src/test/resources/golden/62-changes/";
    static final String HEAD = "110101197503121015";

    @TempDir static Path shared;

    static Path db() {
        return shared.resolve("changes.db");
    }

    @BeforeAll
    static void importTwice() {
        for (String f : List.of("花名册-2024.csv", "家庭成员-2024.csv", "花名册-2025.csv", "家庭成员-2025.csv")) {
            // 吴秀英 moves from 东城区 to 西城区 in 2025: an explicit transfer, or the roster row is refused (ON_FILE_ELSEWHERE)
            Run run = f.equals("花名册-2025.csv") ? Run.of("--db", db().toString(), "import", "-q", "--transfer", FOLDER + f)
                    : Run.of("--db", db().toString(), "import", "-q", FOLDER + f);
            assertThat(run.exit()).as(run.out()).isZero();
        }
    }

    @Test
    void everyChangedFieldOfEachImportAsTheChangesTableHoldsIt() {
        for (List<String> imp : Sql.rows(db(), "SELECT id, file_name FROM imports ORDER BY id")) {
            Run run = Run.of("--lang", "en", "--db", db().toString(), "report", "changes", "--import", imp.get(0), "--format", "csv");
            assertThat(run.exit()).as(run.err()).isZero();
            List<String> rows = run.out().lines().filter(l -> l.matches("\\d+,.*")).toList();
            List<List<String>> sql = Sql.rows(db(), """
                    SELECT column_name, coalesce(old_value, ''), coalesce(new_value, '') FROM changes WHERE import_id = %s
                    AND column_name NOT IN ('content_hash', 'updated_import_id', 'import_id') ORDER BY id""".formatted(imp.get(0)));
            assertThat(rows).hasSize(sql.size());
            for (String r : rows) assertThat(r).contains("," + imp.get(0) + "," + imp.get(1) + ",");
        }
        assertThat(Sql.count(db(), "SELECT count(*) FROM changes WHERE column_name NOT IN"
                + " ('content_hash', 'updated_import_id', 'import_id')")).isEqualTo(9);
    }

    @Test
    void valuesAreShownAsLabelsAndYuanAndNumbersMaskedUnlessRevealed() {
        Run run = Run.of("--lang", "zh", "--db", db().toString(), "report", "changes", "--household", HEAD);
        assertThat(run.exit()).as(run.err()).isZero();
        String phone = Sql.one(db(), "SELECT old_value FROM changes WHERE column_name = 'phone'");
        String income = Sql.one(db(), "SELECT printf('%.2f', new_value / 100.0) FROM changes WHERE column_name = 'yearly_income_fen'");
        assertThat(run.out()).contains("在档").contains("脱困").contains(income).contains("1101**********1015")
                .contains(phone.substring(0, 3) + "****" + phone.substring(7)).doesNotContain(phone).doesNotContain(HEAD)
                .contains("周小明").contains("患病").doesNotContain("吴秀英");
        Run revealed = Run.of("--lang", "zh", "--db", db().toString(), "report", "changes", "--household", HEAD, "--reveal");
        assertThat(revealed.out()).contains(phone).contains(HEAD);
        // the 15-digit old form of the ID finds the same household
        Run old = Run.of("--lang", "zh", "--db", db().toString(), "report", "changes", "--household",
                HEAD.substring(0, 6) + HEAD.substring(8, 17));
        assertThat(old.out()).isEqualTo(run.out());
    }

    @Test
    void sinceAFutureDayListsNothingAndAnUnknownHouseholdIsOneLine() {
        Run later = Run.of("--lang", "en", "--db", db().toString(), "report", "changes", "--since", "2999-01-01", "--format", "csv");
        assertThat(later.exit()).isZero();
        assertThat(later.out().lines().filter(l -> l.matches("\\d+,.*"))).isEmpty();
        Run nobody = Run.of("--lang", "en", "--db", db().toString(), "report", "changes", "--household", "110101197801014074");
        assertThat(nobody.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(nobody.out()).isEmpty();
        assertThat(nobody.err().strip().lines()).hasSize(1);
    }
}
