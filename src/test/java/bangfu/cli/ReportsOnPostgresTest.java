package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.postgres.FreshPostgres;
import bangfu.store.postgres.PostgresServer;
import bangfu.store.sqlite.Sql;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster, the 公示 notice, the dossier, the change log and the upload export on PostgreSQL, each checked against
 * plain SQL over the same PostgreSQL database, by hand, or (the export) against the records it came from.
 */
class ReportsOnPostgresTest {
    @RegisterExtension static final FreshPostgres PG = new FreshPostgres();
    @TempDir static Path shared;
    @TempDir Path dir;

    @BeforeAll
    static void importExamples() {
        Run run = Run.of("--db", PG.location(), "import", "-q", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/花名册-南岗区总工会-2024.xls",
                "examples/花名册-弥勒市总工会-2016.xls", "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx");
        assertThat(run.exit()).as(run.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void theRosterShowsTheLastVisitAndPaymentAsSqlFindsThem() throws Exception {
        Run run = Run.of("--lang", "zh", "--db", PG.location(), "report", "roster", "--format", "csv", "--reveal");
        assertThat(run.exit()).as(run.err()).isZero();
        List<List<String>> expected = pg("""
                SELECT h.head_id, h.union_name,
                       coalesce((SELECT max(visited_on) FROM visits WHERE household_id = h.id), ''),
                       coalesce((SELECT max(paid_on) FROM assistance WHERE household_id = h.id), ''),
                       coalesce((SELECT sum(amount_fen) FROM assistance WHERE household_id = h.id
                                 AND paid_on = (SELECT max(paid_on) FROM assistance WHERE household_id = h.id))::text, '')
                FROM households h WHERE h.status IN ('ACTIVE', 'PHASING_OUT')""");
        ReportRosterCommandTest.assertRosterLines(run.out(), expected.stream()
                .map(e -> List.of(e.get(0), e.get(1), e.get(2), e.get(3), yuan(e.get(4)))).toList());
    }

    @Test
    void theNoticeSumsEachHouseholdAndKindAsSqlDoes() throws Exception {
        Run run = Run.of("--lang", "zh", "--db", PG.location(), "report", "notice", "--year", "2024", "--format", "csv");
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> sql = pg("""
                SELECT h.employer, a.kind, sum(a.amount_fen)::text FROM assistance a JOIN households h ON h.id = a.household_id
                 WHERE a.paid_on BETWEEN '2024-01-01' AND '2024-12-31' GROUP BY h.id, a.kind""").stream()
                .map(e -> e.get(0) + "|" + bangfu.model.AssistanceKind.valueOf(e.get(1)).chinese() + "|" + yuan(e.get(2)))
                .sorted().toList();
        List<String> shown = run.out().lines().filter(l -> l.matches("\\d+,.*")).map(l -> {
            String[] c = l.split(",", -1);
            return c[3] + "|" + c[5] + "|" + c[6];
        }).sorted().toList();
        assertThat(shown).hasSizeGreaterThan(10).isEqualTo(sql);
        String total = yuan(pg("SELECT sum(amount_fen)::text FROM assistance"
                + " WHERE paid_on BETWEEN '2024-01-01' AND '2024-12-31'").get(0).get(0));
        String households = pg("SELECT count(DISTINCT household_id)::text FROM assistance"
                + " WHERE paid_on BETWEEN '2024-01-01' AND '2024-12-31'").get(0).get(0);
        assertThat(run.out()).contains(",合计,,,,," + total).contains("共 " + households + " 户，金额合计 " + total + " 元");
    }

    @Test
    void theChangeLogOfEachImportIsWhatTheChangesTableHolds() throws Exception {
        String database = FreshPostgres.createDatabase("changes");
        try (Connection c = PostgresServer.get().connect(database)) {
            String location = PostgresServer.get().location(database);
            String folder = ReportChangesCommandTest.FOLDER;
            assertThat(Run.of("--db", location, "import", "-q", folder + "花名册-2024.csv", folder + "家庭成员-2024.csv").exit()).isZero();
            assertThat(Run.of("--db", location, "import", "-q", "--transfer", folder + "花名册-2025.csv", folder + "家庭成员-2025.csv")
                    .exit()).isZero();
            List<List<String>> imports = Sql.rows(c, "SELECT id::text, file_name FROM imports ORDER BY id");
            assertThat(imports).hasSize(4);
            long shown = 0;
            for (List<String> imp : imports) {
                Run run = Run.of("--lang", "en", "--db", location, "report", "changes", "--import", imp.get(0), "--format", "csv");
                assertThat(run.exit()).as(run.err()).isZero();
                List<String> lines = run.out().lines().filter(l -> l.matches("\\d+,.*")).toList();
                List<List<String>> sql = Sql.rows(c, "SELECT column_name FROM changes WHERE import_id = " + imp.get(0)
                        + " AND column_name NOT IN ('content_hash', 'updated_import_id', 'import_id') ORDER BY id");
                assertThat(lines).hasSize(sql.size());
                for (String line : lines) assertThat(line).contains("," + imp.get(0) + "," + imp.get(1) + ",");
                shown += lines.size();
            }
            assertThat(shown).isEqualTo(9);
        } finally {
            FreshPostgres.dropDatabase(database);
        }
    }

    @Test
    void aHeadWithTwoFilePeriodsHasBothInTheDossierWithTheTotalsByHand() throws Exception {
        String database = FreshPostgres.createDatabase("dossier");
        try {
            ReportHouseholdCommandTest.twoFilePeriodsNewestFirst(dir, PostgresServer.get().location(database));
        } finally {
            FreshPostgres.dropDatabase(database);
        }
    }

    @Test
    void anExportFromPostgresImportsAsTheSameRecordsAsTheRostersItCameFrom() {
        Path rosters = shared.resolve("rosters.db");
        Run direct = Run.of("--db", rosters.toString(), "import", "-q", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/花名册-南岗区总工会-2024.xls", "examples/花名册-弥勒市总工会-2016.xls");
        assertThat(direct.exit()).as(direct.err()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
        Path upload = dir.resolve("上报.xlsx");
        Run export = Run.of("--lang", "zh", "--db", PG.location(), "report", "export", "--reveal", "--out", upload.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        Path again = dir.resolve("again.db");
        Run imported = Run.of("--db", again.toString(), "import", "-q", upload.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(Sql.rows(again, ReportExportTest.HOUSEHOLDS)).hasSize(33)
                .containsExactlyElementsOf(Sql.rows(rosters, ReportExportTest.HOUSEHOLDS));
        assertThat(Sql.rows(again, ReportExportTest.MEMBERS)).isNotEmpty()
                .containsExactlyElementsOf(Sql.rows(rosters, ReportExportTest.MEMBERS));
    }

    /** Fen as the reports show yuan: two decimals, no grouping. */
    private static String yuan(String fen) {
        return fen.isEmpty() ? "" : new BigDecimal(fen).movePointLeft(2).setScale(2).toPlainString();
    }

    /** The rows of a query over the examples' database, every column as text. */
    private static List<List<String>> pg(String sql) throws Exception {
        try (Connection c = PG.connect()) {
            return Sql.rows(c, sql);
        }
    }
}
