package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.sqlite.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The three defects a new user met in the file lifecycle, each pinned by what broke. */
class LifecycleRegressionTest {
    static final String HEAD = id("19700101", 11);
    static final String OTHER = id("19700202", 13);

    @TempDir Path dir;

    Path db() {
        return dir.resolve("t.db");
    }

    Path csv(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFileEnteringPhaseOutIsDatedByItsPhaseOutDateNotItsFilingDate() throws Exception {
        // Filed in 2022, in 渐退 since 15 October 2024: its follow-ups fall due in January and April 2025, not in 2022.
        Path roster = csv("r.csv", "姓名,身份证号码,所属工会,困难类别,建档日期,档案状态,渐退日期\n"
                + "张三," + HEAD + ",东城区总工会,相对困难,2022-03-01,渐退,2024-10-15\n");
        Run imported = Run.of("--lang", "en", "--db", db().toString(), "import", roster.toString());
        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).doesNotContain("UNKNOWN_COLUMNS");
        assertThat(Sql.rows(db(), "SELECT to_status, changed_on FROM status_history"))
                .containsExactly(List.of("PHASING_OUT", "2024-10-15"));
        assertThat(Sql.one(db(), "SELECT phased_out_on FROM households")).isEqualTo("2024-10-15");

        Run in2022 = Run.of("--lang", "en", "--db", db().toString(), "report", "yearly", "--year", "2022", "--format", "json");
        assertThat(tableIds(in2022)).doesNotContain("followups");
        Run in2025 = Run.of("--lang", "en", "--db", db().toString(), "report", "yearly", "--year", "2025", "--format", "json");
        assertThat(tableIds(in2025)).contains("followups");
    }

    @Test
    void aPhaseOutWithoutItsDateIsAWarningAndStaysUndated() throws Exception {
        Path roster = csv("r.csv", "姓名,身份证号码,所属工会,困难类别,建档日期,档案状态\n"
                + "张三," + HEAD + ",东城区总工会,相对困难,2022-03-01,渐退\n");
        Run imported = Run.of("--lang", "en", "--db", db().toString(), "import", roster.toString());
        assertThat(imported.exit()).as(imported.out() + imported.err()).isZero();
        assertThat(imported.out()).contains("STATUS_DATE_MISSING").contains("渐退日期");
        assertThat(Sql.rows(db(), "SELECT to_status, coalesce(changed_on, 'unknown') FROM status_history"))
                .containsExactly(List.of("PHASING_OUT", "unknown"));
    }

    @Test
    void anotherUnionsRosterDoesNotMoveAFileOrRewriteItsFilingDate() throws Exception {
        Path east = csv("east.csv", "姓名,身份证号码,所属工会,困难类别,建档日期\n张三," + HEAD + ",东城区总工会,相对困难,2021-05-01\n");
        Path west = csv("west.csv", "姓名,身份证号码,所属工会,困难类别,建档日期\n"
                + "张三," + HEAD + ",西城区总工会,深度困难,2024-06-01\n"
                + "李四," + OTHER + ",西城区总工会,深度困难,2024-06-01\n");
        assertThat(Run.of("--db", db().toString(), "import", east.toString()).exit()).isZero();

        Run checked = Run.of("--lang", "en", "--db", db().toString(), "verify", "--strict", west.toString());
        assertThat(checked.exit()).isEqualTo(1);
        assertThat(checked.out()).contains("ON_FILE_ELSEWHERE").contains("东城区总工会").contains("2021-05-01");

        Run imported = Run.of("--lang", "en", "--db", db().toString(), "import", west.toString());
        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.out()).contains("rejected 1").contains("ON_FILE_ELSEWHERE");
        assertThat(Sql.rows(db(), "SELECT union_name, filed_on, tier FROM households WHERE head_id = '" + HEAD + "'"))
                .containsExactly(List.of("东城区总工会", "2021-05-01", "RELATIVE"));
        assertThat(Sql.count(db(), "SELECT count(*) FROM households WHERE head_id = '" + OTHER + "'")).isEqualTo(1);
    }

    @Test
    void anExplicitTransferKeepsTheFilingDateAndRecordsFromAndTo() throws Exception {
        Path east = csv("east.csv", "姓名,身份证号码,所属工会,困难类别,建档日期\n张三," + HEAD + ",东城区总工会,相对困难,2021-05-01\n");
        Path west = csv("west.csv", "姓名,身份证号码,所属工会,困难类别,建档日期,转入日期\n"
                + "张三," + HEAD + ",西城区总工会,深度困难,2024-06-01,2024-06-01\n");
        assertThat(Run.of("--db", db().toString(), "import", east.toString()).exit()).isZero();

        Run imported = Run.of("--lang", "en", "--db", db().toString(), "import", west.toString());
        assertThat(imported.exit()).as(imported.out()).isZero();
        assertThat(Sql.rows(db(), "SELECT union_name, filed_on, tier, period FROM households"))
                .containsExactly(List.of("西城区总工会", "2021-05-01", "DEEP", "1"));
        assertThat(Sql.rows(db(), "SELECT from_union, to_union, changed_on, reason FROM status_history WHERE from_union IS NOT NULL"))
                .containsExactly(List.of("东城区总工会", "西城区总工会", "2024-06-01", "TRANSFER"));
    }

    @Test
    void visitIsACommandNotAnUnmatchedArgument() {
        Run run = Run.of("--lang", "en", "visit", "--help");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("add").contains("due").contains("advance").contains("close");
        assertThat(run.err()).doesNotContain("Unmatched argument");
    }

    private static List<String> tableIds(Run run) throws Exception {
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        return report.get("tables").findValuesAsText("id");
    }
}
