package bangfu.visit;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.cli.Run;
import bangfu.lifecycle.TransitionRequest;
import bangfu.model.FileStatus;
import bangfu.store.sqlite.Database;
import bangfu.store.sqlite.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the visit commands write: each change with its run and the visit that decided, and nothing on a dry run. */
class VisitRunsTest {
    static final String WANG = "110102197502187422";   // 王淑珍: 渐退 from 2025-01-15, both follow-ups stable
    static final String ZHU = "110102198907036598";    // 朱磊: 渐退 from 2025-02-20, new hardship on 2025-05-12
    static final String LIANG = "110102197008175338";  // 梁超: 渐退 from 2025-03-01, one follow-up done
    static final String DUMP = """
            SELECT 'h', id, status, coalesce(status_on, ''), coalesce(exited_on, ''), coalesce(left_as, ''), left_year FROM households
            UNION ALL SELECT 's', id, to_status, coalesce(changed_on, ''), command, coalesce(run_id, ''), coalesce(visit_id, '') FROM status_history
            UNION ALL SELECT 'c', id, column_name, coalesce(old_value, ''), coalesce(new_value, ''), command, '' FROM changes
            UNION ALL SELECT 'r', id, command, arguments, coalesce(as_of, ''), '', '' FROM runs
            ORDER BY 1, 2""";

    @TempDir Path dir;
    Path db;

    @BeforeEach
    void imported() {
        db = dir.resolve("rounds.db");
        Run run = Run.of("--db", db.toString(), "import", "--quiet", "examples/花名册-西城区总工会-2024.csv",
                "examples/花名册-西城区总工会-2025.csv", "examples/走访记录-西城区总工会-2025.csv");
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void advanceWritesEachChangeWithItsRunAndTheVisitThatDecided() {
        Run run = Run.of("--lang", "en", "--db", db.toString(), "visit", "advance", "--as-of", "2025-08-20", "--apply");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(Sql.rows(db, "SELECT id, command, arguments, as_of FROM runs WHERE finished_at IS NOT NULL"))
                .containsExactly(List.of("1", "visit advance", "--as-of 2025-08-20 --apply", "2025-08-20"));
        assertThat(Sql.rows(db, """
                SELECT h.head_id, s.from_status, s.to_status, s.changed_on, s.run_id, v.visited_on, v.outcome
                  FROM status_history s JOIN households h ON h.id = s.household_id JOIN visits v ON v.id = s.visit_id
                 WHERE s.command = 'visit advance' ORDER BY s.id""")).containsExactly(
                List.of(WANG, "PHASING_OUT", "EXITED", "2025-07-08", "1", "2025-07-08", "STABLE"),
                List.of(ZHU, "PHASING_OUT", "ACTIVE", "2025-05-12", "1", "2025-05-12", "NEW_HARDSHIP"));
        assertThat(Sql.rows(db, "SELECT status, status_on, exited_on, left_as, left_on, left_year FROM households WHERE head_id = '" + WANG + "'"))
                .containsExactly(List.of("EXITED", "2025-07-08", "2025-07-08", "EXITED", "2025-07-08", "2025"));
        assertThat(Sql.rows(db, "SELECT column_name, old_value, new_value, run_id FROM changes WHERE command = 'visit advance' ORDER BY id"))
                .containsExactly(List.of("status", "PHASING_OUT", "EXITED", "1"), java.util.Arrays.asList("exited_on", null, "2025-07-08", "1"),
                        List.of("status", "PHASING_OUT", "ACTIVE", "1"));
        // the file is on record no more: its yearly report counts it as 脱困 in 2025, from the columns just written
        assertThat(Sql.count(db, "SELECT count(*) FROM households WHERE left_as = 'EXITED' AND left_year = 2025")).isEqualTo(1);
        // advancing again changes nothing and records no run
        Run again = Run.of("--lang", "en", "--db", db.toString(), "visit", "advance", "--as-of", "2025-08-20", "--apply");
        assertThat(again.out()).contains("0 files changed");
        assertThat(Sql.count(db, "SELECT count(*) FROM runs")).isEqualTo(1);
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        List<List<String>> before = Sql.rows(db, DUMP);
        Run run = Run.of("--lang", "en", "--db", db.toString(), "visit", "advance", "--as-of", "2025-08-20");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2 files would change").contains("--apply");
        assertThat(Sql.rows(db, DUMP)).isEqualTo(before);
    }

    @Test
    void aFileReFiledAfterExitingStartsItsOwnRound() throws Exception {
        assertThat(Run.of("--db", db.toString(), "visit", "advance", "--as-of", "2025-08-20", "--apply").exit()).isZero();
        Path again = dir.resolve("again.csv");
        Files.writeString(again, "姓名,身份证号码,所属工会,困难类别,建档日期,帮扶责任人\n王淑珍," + WANG + ",西城区粮油储运公司工会,相对困难,2025-08-01,韩慧\n");
        assertThat(Run.of("--db", db.toString(), "import", again.toString()).exit()).isZero();
        assertThat(Sql.rows(db, "SELECT period, status FROM households WHERE head_id = '" + WANG + "' ORDER BY period"))
                .containsExactly(List.of("1", "EXITED"), List.of("2", "ACTIVE"));

        JsonNode due = new ObjectMapper().readTree(Run.of("--db", db.toString(), "visit", "due", "--as-of", "2025-08-20",
                "--format", "json", "--reveal").out());
        List<JsonNode> hers = new java.util.ArrayList<>();
        for (JsonNode d : due.get("due")) if (d.get("head_id").asText().equals(WANG)) hers.add(d);
        // the new period owes both visits of its year: the old period's follow-ups are not its visits
        assertThat(hers).singleElement().satisfies(d -> {
            assertThat(d.get("reason").asText()).isEqualTo("yearly_minimum");
            assertThat(d.get("visits_this_year").asInt()).isZero();
        });
        Run list = Run.of("--lang", "en", "--db", db.toString(), "visit", "list", WANG, "--as-of", "2025-08-20");
        assertThat(list.out()).contains("active since 2025-08-01").contains("No visits recorded");
    }

    @Test
    void classifyMovesFilesIntoPhaseOutThroughTheSameEntryPoint() {
        String xie = "110102198503226854";   // 谢明, 在档
        String luo = "110102196704214738";   // 罗振华, 脱困 in 2024: cannot enter 渐退 again in the same period
        List<FileMoves.Request> requests = List.of(
                new FileMoves.Request(xie, new TransitionRequest(FileStatus.PHASING_OUT, LocalDate.of(2025, 9, 1), null, null,
                        "人均月收入 2,150 元，高于 2 倍低保")),
                new FileMoves.Request(luo, TransitionRequest.to(FileStatus.PHASING_OUT, LocalDate.of(2025, 9, 1))),
                new FileMoves.Request("110105197804122172", TransitionRequest.to(FileStatus.PHASING_OUT, LocalDate.of(2025, 9, 1))));
        List<FileMoves.Outcome> outcomes;
        try (Storage opened = Stores.open(db.toString(), Storage.Access.CREATE)) {
            outcomes = FileMoves.apply(opened, "classify", "--as-of 2025-09-01 --apply", LocalDate.of(2025, 9, 1), requests, true,
                    Clock.systemDefaultZone());
        }
        assertThat(outcomes).extracting(FileMoves.Outcome::moved).containsExactly(true, false, false);
        assertThat(outcomes.get(2).file()).isEmpty();
        assertThat(Sql.rows(db, """
                SELECT s.to_status, s.changed_on, s.command, s.note, r.arguments FROM status_history s JOIN runs r ON r.id = s.run_id
                  JOIN households h ON h.id = s.household_id WHERE h.head_id = '%s'""".formatted(xie)))
                .containsExactly(List.of("PHASING_OUT", "2025-09-01", "classify", "人均月收入 2,150 元，高于 2 倍低保", "--as-of 2025-09-01 --apply"));
        assertThat(Sql.rows(db, "SELECT status, phased_out_on, status_on FROM households WHERE head_id = '" + xie + "'"))
                .containsExactly(List.of("PHASING_OUT", "2025-09-01", "2025-09-01"));
        // its follow-ups fall due from the as-of day
        JsonNode list;
        try {
            list = new ObjectMapper().readTree(Run.of("--db", db.toString(), "visit", "list", xie, "--as-of", "2025-09-02",
                    "--format", "json").out());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(list.at("/follow_ups_due/0/due_on").asText()).isEqualTo("2025-12-01");
    }
}
