package bangfu.cli;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.Workbooks;
import bangfu.store.sqlite.Sql;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A roster update sets the lifecycle columns derived from a file's state only when they change: an update of a phone
 * names no column of the report's two indexes (whose entries SQLite moves for every column the SET list names), and
 * an update of the tier or the status still writes what changed. A trigger on those columns, added with plain SQL,
 * records every UPDATE that names one of them.
 */
class RosterUpdateColumnsTest {
    static final String A = id("19800101", 11);
    static final String B = id("19751231", 22);
    static final List<String> ROSTER = List.of("姓名", "身份证号码", "所属工会", "困难类别", "家庭人口", "家庭年收入", "建档日期",
            "档案状态", "脱困日期", "联系电话");
    /** Every column of households_report and households_causes, and the two other derived columns. */
    static final String WATCHED = "union_name, tier, filed_year, left_year, left_as, close_reason, is_migrant_worker,"
            + " is_model_worker, household_size, left_undated, main_cause, secondary_causes, status_on, left_on";
    static final String DERIVED = "SELECT head_id, status_on, left_on, left_as, left_undated, filed_year, left_year"
            + " FROM households ORDER BY id";

    @TempDir Path dir;

    Path db() {
        return dir.resolve("t.db");
    }

    static List<Object> household(String name, String id, String tier, String status, String exited, String phone) {
        return Arrays.asList(name, id, "东城区总工会", tier, 2, "12000", "2021-03-01", status, exited, phone);
    }

    Path roster(String name, List<List<Object>> rows) throws Exception {
        Path file = dir.resolve(name);
        Workbooks.write(file, "花名册", null, ROSTER, rows);
        return file;
    }

    void importing(Path file) {
        List<String> args = new ArrayList<>(List.of("--lang", "en", "--db", db().toString(), "import", "--quiet", file.toString()));
        Run r = Run.of(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.out() + r.err()).isZero();
    }

    void watchReportColumns() {
        Sql.execute(db(), "CREATE TABLE named (head_id TEXT)");
        Sql.execute(db(), "CREATE TRIGGER naming AFTER UPDATE OF " + WATCHED
                + " ON households BEGIN INSERT INTO named VALUES (NEW.head_id); END");
    }

    @Test
    void anUpdateOfAPhoneAloneLeavesTheDerivedColumnsUnwritten() throws Exception {
        importing(roster("2023.xlsx", List.of(household("张三", A, "深度困难", "在档", null, "13800138000"),
                household("李四", B, "相对困难", "在档", null, "13700137000"))));
        List<List<String>> before = Sql.rows(db(), DERIVED);
        watchReportColumns();

        importing(roster("2024.xlsx", List.of(household("张三", A, "深度困难", "在档", null, "13900139000"),
                household("李四", B, "相对困难", "在档", null, "13700137000"))));

        assertThat(Sql.one(db(), "SELECT phone FROM households WHERE head_id = '" + A + "'")).isEqualTo("13900139000");
        assertThat(Sql.count(db(), "SELECT updated FROM imports ORDER BY id DESC LIMIT 1")).isEqualTo(1);
        assertThat(Sql.rows(db(), "SELECT head_id FROM named")).isEmpty();
        assertThat(Sql.rows(db(), DERIVED)).isEqualTo(before);
        // The change log still holds the one field changed, old and new, and the row's bookkeeping.
        assertThat(Sql.rows(db(), "SELECT column_name, old_value, new_value FROM changes WHERE import_id = 2"
                + " AND column_name = 'phone'")).containsExactly(List.of("phone", "13800138000", "13900139000"));
    }

    @Test
    void anUpdateOfTheTierOrTheStatusStillWritesTheColumnsThatChange() throws Exception {
        importing(roster("2023.xlsx", List.of(household("张三", A, "深度困难", "在档", null, "13800138000"),
                household("李四", B, "相对困难", "在档", null, "13700137000"))));
        watchReportColumns();

        importing(roster("2024.xlsx", List.of(household("张三", A, "深度困难", "脱困", "2024-06-30", "13800138000"),
                household("李四", B, "深度困难", "在档", null, "13700137000"))));

        assertThat(Sql.rows(db(), "SELECT head_id FROM named ORDER BY head_id")).containsExactlyInAnyOrder(List.of(A), List.of(B));
        // A's exit on 2024-06-30, computed by hand: it left as EXITED that day, dated, in 2024; filed in 2021.
        assertThat(Sql.rows(db(), DERIVED)).containsExactly(
                List.of(A, "2024-06-30", "2024-06-30", "EXITED", "0", "2021", "2024"),
                Arrays.asList(B, "2021-03-01", null, null, "0", "2021", "9999"));
        assertThat(Sql.one(db(), "SELECT tier FROM households WHERE head_id = '" + B + "'")).isEqualTo("DEEP");
    }
}
