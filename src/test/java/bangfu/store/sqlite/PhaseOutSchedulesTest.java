package bangfu.store.sqlite;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.cli.Run;
import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.FollowUpSchedule;
import bangfu.lifecycle.Stint;
import bangfu.lifecycle.VisitFact;
import bangfu.store.jdbc.PhaseOuts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The yearly report's narrow read of the 渐退 files gives the follow-up rules what the visit rounds' whole read gives
 * them: the same periods, states, histories, visit days and ids, and so the same follow-ups.
 */
class PhaseOutSchedulesTest {
    @TempDir Path dir;

    @Test
    void theNarrowReadSchedulesEveryFollowUpAsTheWholeRead() throws Exception {
        String a = id("19700101", 21), b = id("19700101", 22), c = id("19700101", 23), d = id("19700101", 24);
        Path first = dir.resolve("roster-2024.csv");
        Files.writeString(first, "姓名,身份证号码,所属工会,困难类别,建档日期,档案状态,渐退日期\n"
                + "甲," + a + ",东城区总工会,相对困难,2021-03-01,渐退,2024-03-31\n"
                + "乙," + b + ",东城区总工会,相对困难,2021-03-01,渐退,2024-05-31\n"
                + "丙," + c + ",西城区总工会,深度困难,2022-01-10,渐退,2024-08-31\n"
                + "丁," + d + ",西城区总工会,深度困难,2022-01-10,在档,\n");
        // 甲 leaves 渐退 for 脱困 in the second roster: its history gains an entry that ends the stay
        Path second = dir.resolve("roster-2025.csv");
        Files.writeString(second, "姓名,身份证号码,所属工会,困难类别,建档日期,档案状态,渐退日期,脱困日期\n"
                + "甲," + a + ",东城区总工会,相对困难,2021-03-01,脱困,2024-03-31,2024-10-15\n");
        Path visits = dir.resolve("visits.csv");
        Files.writeString(visits, "姓名,身份证号码,走访日期,走访方式\n"
                + "甲," + a + ",2024-06-30,入户走访\n甲," + a + ",2024-09-01,电话走访\n"
                + "乙," + b + ",2024-08-31,入户走访\n乙," + b + ",2024-08-31,电话走访\n乙," + b + ",2025-02-01,入户走访\n"
                + "丙," + c + ",2024-12-01,入户走访\n丁," + d + ",2024-12-01,入户走访\n");
        Path db = dir.resolve("phase-outs.db");
        Run imported = Run.of("--db", db.toString(), "import", "--quiet", first.toString(), visits.toString(), second.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();

        LocalDate asOf = LocalDate.of(2025, 1, 31);
        List<FileRecord> whole;
        List<FileRecord> narrow;
        try (Connection conn = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            whole = PhaseOuts.read(conn, "", (ps, i) -> i, asOf);
            narrow = PhaseOuts.schedules(conn, "", (ps, i) -> i, asOf);
        }
        // every period that ever entered 渐退, and its visits up to the day, counted with plain SQL
        assertThat(narrow).hasSize(Integer.parseInt(Sql.one(db,
                "SELECT count(DISTINCT household_id) FROM status_history WHERE to_status = 'PHASING_OUT'")));
        assertThat(narrow.stream().mapToInt(r -> r.visits().size()).sum()).isEqualTo(Integer.parseInt(Sql.one(db,
                "SELECT count(*) FROM visits WHERE visited_on <= '2025-01-31' AND household_id IN "
                        + "(SELECT household_id FROM status_history WHERE to_status = 'PHASING_OUT')")));
        assertThat(narrow.stream().mapToInt(r -> r.history().size()).max().orElse(0)).isGreaterThan(1);
        FollowUpSchedule schedule = new FollowUpSchedule(List.of(3, 6));
        assertThat(narrow).hasSameSizeAs(whole);
        for (int i = 0; i < whole.size(); i++) {
            FileRecord w = whole.get(i);
            FileRecord n = narrow.get(i);
            assertThat(n.file().id()).isEqualTo(w.file().id());
            assertThat(n.file().headId()).isEqualTo(w.file().headId());
            assertThat(n.file().state()).isEqualTo(w.file().state());
            assertThat(n.file().tenure()).isEqualTo(w.file().tenure());
            assertThat(n.history()).isEqualTo(w.history());
            assertThat(n.visits().stream().map(VisitFact::id).toList()).isEqualTo(w.visits().stream().map(VisitFact::id).toList());
            assertThat(n.visits().stream().map(VisitFact::on).toList()).isEqualTo(w.visits().stream().map(VisitFact::on).toList());
            assertThat(n.stints()).isEqualTo(w.stints());
            for (Stint s : w.stints()) {
                assertThat(schedule.of(s, n.visits(), asOf).stream().map(f -> List.of(f.dueOn(), f.state(), f.onTime())).toList())
                        .isEqualTo(schedule.of(s, w.visits(), asOf).stream().map(f -> List.of(f.dueOn(), f.state(), f.onTime())).toList());
            }
        }
    }
}
