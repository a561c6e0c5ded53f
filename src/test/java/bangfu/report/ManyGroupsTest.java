package bangfu.report;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.AssistanceKind;
import bangfu.model.FundSource;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.store.YearlyFigures.AidGroup;
import bangfu.store.YearlyFigures.Among;
import bangfu.store.YearlyFigures.Breakdown;
import bangfu.store.YearlyFigures.Scope;
import bangfu.store.YearlyRows;
import bangfu.TestIds;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A province has tens of thousands of grassroots unions: the aid of a breakdown by union is counted for any number
 * of them (the packed keys of earlier versions refused more than 16,383), checked against plain SQL.
 */
class ManyGroupsTest {
    static final int UNIONS = 100_000;
    static final List<String> KINDS = Arrays.stream(AssistanceKind.values()).map(Enum::name).toList();
    static final List<String> SOURCES = Arrays.stream(FundSource.values()).map(Enum::name).toList();

    @TempDir static Path dir;
    static Path db;

    @BeforeAll
    static void aHundredThousandUnions() throws Exception {
        db = dir.resolve("province.db");
        Stores.open(db.toString(), Storage.Access.CREATE).close();
        Random rnd = new Random(14);
        String[] methods = {"BANK_CARD", "BANK_CARD", "CASH", null};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            c.setAutoCommit(false);
            try (PreparedStatement h = c.prepareStatement("""
                    INSERT INTO households (id, head_id, period, head_name, union_name, status, is_migrant_worker)
                    VALUES (?, ?, ?, '某', ?, 'ACTIVE', ?)""")) {
                long id = 0;
                for (int u = 0; u < UNIONS; u++) {
                    // every tenth head was filed twice: a later period, often under another union
                    int heads = 1 + (u % 3 == 0 ? 1 : 0);
                    for (int k = 0; k < heads; k++) {
                        String head = TestIds.id(LocalDate.of(1950, 1, 1).plusDays(id % 20_000).toString().replace("-", ""),
                                (int) (id / 20_000) + 1);
                        int periods = id % 10 == 0 ? 2 : 1;
                        for (int p = 1; p <= periods; p++) {
                            h.setLong(1, ++id);
                            h.setString(2, head);
                            h.setInt(3, p);
                            h.setString(4, "工会" + (p == 1 ? u : (u * 7 + 3) % UNIONS));
                            h.setInt(5, rnd.nextInt(9) == 0 ? 1 : 0);
                            h.addBatch();
                        }
                    }
                }
                h.executeBatch();
                try (PreparedStatement a = c.prepareStatement("""
                        INSERT INTO assistance (household_id, kind, amount_fen, paid_on, fund_source, method, recipients, occurrence)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                    for (int n = 0; n < 2 * UNIONS; n++) {
                        a.setLong(1, 1 + rnd.nextInt((int) id));
                        a.setString(2, KINDS.get(rnd.nextInt(KINDS.size())));
                        a.setLong(3, 1 + rnd.nextInt(200_000));
                        a.setString(4, LocalDate.of(2023, 11, 1).plusDays(rnd.nextInt(420)).toString());
                        a.setString(5, rnd.nextInt(10) == 0 ? null : SOURCES.get(rnd.nextInt(SOURCES.size())));
                        a.setString(6, methods[rnd.nextInt(methods.length)]);
                        if (rnd.nextInt(4) == 0) a.setInt(7, 1 + rnd.nextInt(4));
                        else a.setNull(7, java.sql.Types.INTEGER);
                        a.setInt(8, n + 1);
                        a.addBatch();
                    }
                    a.executeBatch();
                }
            }
            c.commit();
        }
    }

    @Test
    void aBreakdownIntoMoreThan16383UnionsIsCountedAsPlainSqlCountsIt() throws Exception {
        List<AidGroup> aid;
        try (Storage s = Stores.open(db.toString(), Storage.Access.READ_ONLY)) {
            Scope scope = new Scope(2024, 2024, null, null, null, Breakdown.UNION, 2, LocalDate.of(2025, 6, 30), List.of(3, 6));
            YearlyRows rows = s.yearlyRows(scope, KINDS, SOURCES, List.of());
            aid = AidTally.tally(rows.payments(), rows.households(), true, KINDS, SOURCES);
        }
        Map<List<String>, List<String>> expected = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            // the payments of 2024 with their union and head, once; each level below is one GROUP BY over them
            st.execute("""
                    CREATE TEMP TABLE paid AS SELECT h.union_name AS u, h.head_id AS head, a.kind AS k,
                        coalesce(a.fund_source, '-') AS s, coalesce(a.recipients, 1) AS events, a.amount_fen AS fen,
                        CASE WHEN a.method = 'BANK_CARD' THEN a.amount_fen ELSE 0 END AS card, h.is_migrant_worker AS migrant
                    FROM assistance a JOIN households h ON h.id = a.household_id
                    WHERE a.paid_on BETWEEN '2024-01-01' AND '2024-12-31'""");
            String figures = "count(DISTINCT head), count(*), sum(events), sum(fen), sum(card) FROM paid";
            List<String> levels = new java.util.ArrayList<>();
            levels.add("SELECT u, '', '', " + figures + " GROUP BY u");
            levels.add("SELECT u, k, '', " + figures + " GROUP BY u, k");
            levels.add("SELECT u, '', s, " + figures + " GROUP BY u, s");
            levels.add("SELECT '*', k, s, " + figures + " GROUP BY k, s");
            levels.add("SELECT '*', k, '', " + figures + " GROUP BY k");
            levels.add("SELECT '*', '', s, " + figures + " GROUP BY s");
            levels.add("SELECT '*', '', '', " + figures);
            levels.add("SELECT 'migrant', '', '', " + figures + " WHERE migrant = 1");
            for (String sql : levels) {
                try (ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        List<String> r = new java.util.ArrayList<>();
                        for (int i = 1; i <= 8; i++) r.add(rs.getString(i));
                        expected.put(r.subList(0, 3), r.subList(3, 8));
                    }
                }
            }
        }

        Map<List<String>, List<String>> counted = new HashMap<>();
        for (AidGroup g : aid) {
            if (g.among() == Among.MODEL_WORKERS) continue; // none in this data
            String group = g.among() == Among.MIGRANT_WORKERS ? "migrant" : g.group() == null ? "*" : g.group();
            String source = g.source() == null ? "" : g.source().isEmpty() ? "-" : g.source();
            List<String> key = List.of(group, g.kind() == null ? "" : g.kind(), source);
            // the report shows no group × kind × source, and no kind × source of one group: the storage neither
            if (!group.equals("*") && !key.get(1).isEmpty() && !source.isEmpty()) continue;
            counted.put(key, List.of(g.households(), g.payments(), g.events(), g.fen(), g.cardFen()).stream().map(String::valueOf).toList());
        }
        assertThat(expected.keySet().stream().filter(k -> k.get(1).isEmpty() && k.get(2).isEmpty()).count())
                .as("unions paid in 2024, and the totals").isGreaterThan(50_000);
        assertThat(counted).hasSameSizeAs(expected);
        for (Map.Entry<List<String>, List<String>> e : expected.entrySet()) {
            assertThat(counted.get(e.getKey())).as("%s", e.getKey()).isEqualTo(e.getValue());
        }
    }
}
