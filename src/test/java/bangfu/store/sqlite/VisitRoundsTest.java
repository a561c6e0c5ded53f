package bangfu.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.jdbc.VisitRounds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The files short of the yearly minimum come in the order the due list merges its follow-ups into: SQLite's own order
 * of cadres (bytes of UTF-8, which is not Java's order of strings), blank cadres last (blank as SQLite's trim() sees
 * it), then head ID, then row — the same list a plain query over the raw rows gives.
 */
class VisitRoundsTest {
    /** Cadres whose order differs between UTF-16 (Java's compareTo) and UTF-8 bytes (SQLite), and blank ones. */
    private static final String[] HELPERS = {null, "", " ", "\t", "\u3000", "A", "a", "Ａ", "𠀀", "张三", "张三丰", "李四", "王五"};

    @TempDir Path dir;

    @Test
    void theShortComeInSqliteOrderOfCadresHeadsAndRows() throws Exception {
        Path db = rounds();
        List<String> listed = new ArrayList<>();
        try (Database opened = Database.openExisting(db)) {
            new VisitRounds(opened).fewVisitsByCadre(LocalDate.of(2025, 8, 31), 2, null, null,
                    f -> listed.add(f.file().id() + ":" + f.visits()));
        }
        assertThat(listed).containsExactlyElementsOf(expected(db));
    }

    /** Six hundred files, their cadres from {@link #HELPERS}, every 7th head with two periods, up to three visits each. */
    private Path rounds() throws Exception {
        Path db = dir.resolve("rounds.db");
        Database.open(db).close();
        Random rnd = new Random(20251231);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement h = c.prepareStatement("""
                    INSERT INTO households (id, head_id, period, head_name, union_name, helper, status, filed_on)
                    VALUES (?, ?, ?, '某', '西城区总工会', ?, 'ACTIVE', '2020-01-01')""");
                 PreparedStatement v = c.prepareStatement(
                    "INSERT INTO visits (household_id, visited_on, kind, occurrence) VALUES (?, ?, 'HOME', ?)")) {
                for (int id = 1; id <= 600; id++) {
                    // Every 7th head has a second period with the same cadre: head ID ties are broken by row.
                    int head = id % 7 == 0 ? id - 1 : id;
                    h.setInt(1, id);
                    h.setString(2, String.format("11010219800101%04d", head));
                    h.setInt(3, head == id ? 1 : 2);
                    h.setString(4, HELPERS[(head * 7919) % HELPERS.length]);
                    h.executeUpdate();
                    int visits = rnd.nextInt(4);
                    for (int i = 0; i < visits; i++) {
                        v.setInt(1, id);
                        // One visit in three falls after the as-of day and must not count.
                        v.setString(2, (rnd.nextInt(3) == 0 ? LocalDate.of(2025, 9, 1) : LocalDate.of(2025, 1, 1)).plusDays(i).toString());
                        v.setInt(3, 1);
                        v.executeUpdate();
                    }
                }
            }
            c.commit();
        }
        return db;
    }

    /** The same list by one plain query: the visits of each file counted by a join, sorted as SQLite sorts. */
    private static List<String> expected(Path db) {
        List<String> expected = new ArrayList<>();
        for (List<String> row : Sql.rows(db, """
                SELECT h.id, count(v.id) FROM households h
                  LEFT JOIN visits v ON v.household_id = h.id AND v.visited_on BETWEEN '2025-01-01' AND '2025-08-31'
                 GROUP BY h.id HAVING count(v.id) < 2
                 ORDER BY CASE WHEN h.helper IS NULL OR trim(h.helper) = '' THEN 1 ELSE 0 END, h.helper, h.head_id, h.id""")) {
            expected.add(row.get(0) + ":" + row.get(1));
        }
        assertThat(expected).hasSizeGreaterThan(200);
        return expected;
    }

    @Test
    void anEmptyDatabaseListsNothing() {
        Path db = dir.resolve("empty.db");
        Database.open(db).close();
        List<Long> listed = new ArrayList<>();
        try (Database opened = Database.openExisting(db)) {
            new VisitRounds(opened).fewVisitsByCadre(LocalDate.of(2025, 12, 31), 2, null, null, f -> listed.add(f.file().id()));
        }
        assertThat(listed).isEmpty();
    }
}
