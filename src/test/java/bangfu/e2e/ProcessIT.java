package bangfu.e2e;

import static bangfu.TestIds.id;
import static org.assertj.core.api.Assertions.assertThat;

import bangfu.store.Sql;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real jar, as a process: exit codes, stdout/stderr separation, encoding at the boundary. */
class ProcessIT {
    @TempDir Path dir;

    @Test
    void versionNamesItsParts() throws Exception {
        Bangfu run = Bangfu.run(dir, "--version");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("bangfu ").contains("Java ").contains("SQLite 3.").contains("Apache POI 5.");
    }

    @Test
    void chineseSurvivesLangCAndFindingsGoToStdout() throws Exception {
        Path csv = dir.resolve("gbk.csv");
        String text = "姓名,身份证号码,所属工会,困难类别\n张三," + id("19800101", 11) + ",东城区总工会,深度困难\n"
                + "李四,110101198001011234,东城区总工会,相对困难\n";
        Files.write(csv, text.getBytes(Charset.forName("GBK")));
        Bangfu run = Bangfu.run(dir, "--lang", "zh", "import", "gbk.csv");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("读取 2，新增 1").contains("ID_CHECK_DIGIT").doesNotContain("?");
        assertThat(run.err()).isEmpty();
        assertThat(Sql.rows(dir.resolve("bangfu.db"), "SELECT head_name FROM households")).containsExactly(java.util.List.of("张三"));
    }

    @Test
    void yearlyReportPrintsChineseTablesUnderLangCAndWritesAFile() throws Exception {
        Path csv = dir.resolve("roster.csv");
        Files.writeString(csv, "姓名,身份证号码,所属工会,困难类别,建档日期\n张三," + id("19800101", 11) + ",东城区总工会,深度困难,2024-03-01\n");
        assertThat(Bangfu.run(dir, "import", "roster.csv").exit()).isZero();
        Bangfu run = Bangfu.run(dir, "--lang", "zh", "report", "yearly", "--year", "2024");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("2024年困难职工帮扶工作统计").containsPattern("深度困难\\s+0\\s+1\\s+0\\s+0\\s+1\\s")
                .doesNotContain("?");
        assertThat(run.err()).isEmpty();
        Bangfu file = Bangfu.run(dir, "--lang", "zh", "report", "yearly", "--year", "2024", "--format", "csv", "--out", "report.csv");
        assertThat(file.exit()).isZero();
        assertThat(Files.readString(dir.resolve("report.csv"))).startsWith("\uFEFF").contains("深度困难,0,1,0,0,1,");
    }

    @Test
    void hostileWorkbookIsOneLineAndExitThreeWithNothingWritten() throws Exception {
        Path xlsx = dir.resolve("hostile.xlsx");
        Files.write(xlsx, bangfu.hostile.HostileCorpus.zipWithMethod(93));
        Bangfu run = Bangfu.run(dir, "--lang", "en", "--db", "h.db", "import", "hostile.xlsx");
        assertThat(run.exit()).isEqualTo(3);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("hostile.xlsx").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Sql.count(dir.resolve("h.db"), "SELECT count(*) FROM imports")).isZero();
    }

    @Test
    void debugShowsTheStackTrace() throws Exception {
        Files.writeString(dir.resolve("bad.db"), "not a database");
        Bangfu run = Bangfu.run(dir, "--debug", "--db", "bad.db", "import", "x.csv");
        assertThat(run.exit()).isEqualTo(4);
        assertThat(run.err()).contains("DatabaseException");
    }

    @Test
    void lockedDatabaseIsExitFourAndLeftIntact() throws Exception {
        Path csv = dir.resolve("r.csv");
        Files.writeString(csv, "姓名,身份证号码,所属工会\n张三," + id("19800101", 11) + ",东城区总工会\n");
        Files.writeString(dir.resolve("first.csv"), "姓名,身份证号码,所属工会\n李四," + id("19800101", 13) + ",东城区总工会\n");
        Bangfu.run(dir, "--db", "l.db", "import", "first.csv");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("l.db"));
             Statement s = c.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            Bangfu run = Bangfu.run(dir, "--lang", "en", "--db", "l.db", "import", "r.csv");
            assertThat(run.exit()).isEqualTo(4);
            assertThat(run.err()).contains("locked").doesNotContain("Exception");
            s.execute("ROLLBACK");
        }
        assertThat(Sql.count(dir.resolve("l.db"), "SELECT count(*) FROM households")).isEqualTo(1);
    }

    @Test
    void anImportWhileAVerifyRunsWaitsForItsLockThenSaysSoWithExitFour() throws Exception {
        bigRoster(dir.resolve("big.csv"), 20_000);
        Files.writeString(dir.resolve("r.csv"), "姓名,身份证号码,所属工会\n张三," + id("19700101", 11) + ",东城区总工会\n");
        Files.writeString(dir.resolve("r2.csv"), "姓名,身份证号码,所属工会\n李四," + id("19710101", 11) + ",东城区总工会\n");
        assertThat(Bangfu.run(dir, "--db", "u.db", "import", "--quiet", "r.csv").exit()).isZero();
        try (KilledRun verify = KilledRun.start(dir, "--db", "u.db", "verify", "big.csv")) {
            // The rehearsal holds the write lock from its start: stopped in the middle of its rows, it holds it still.
            assertThat(verify.freezeAt(KilledRun.Step.rows("big.csv", 1000))).as("%s", verify.otherLines()).isNotNull();
            Bangfu importing = Bangfu.run(dir, "--lang", "en", "--db", "u.db", "import", "r2.csv");
            assertThat(importing.exit()).as(importing.err()).isEqualTo(4);
            assertThat(importing.err().strip()).startsWith("bangfu: ").contains("u.db: the database is locked by another program")
                    .doesNotContain("Exception").doesNotContain("\tat ");
            assertThat(importing.err().strip().lines()).hasSize(1);
            assertThat(verify.finish()).isZero();
        }
        assertThat(Sql.count(dir.resolve("u.db"), "SELECT count(*) FROM households")).isEqualTo(1);
        Bangfu after = Bangfu.run(dir, "--db", "u.db", "import", "--quiet", "r2.csv");
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(Sql.count(dir.resolve("u.db"), "SELECT count(*) FROM households")).isEqualTo(2);
        assertThat(Sql.one(dir.resolve("u.db"), "PRAGMA integrity_check")).isEqualTo("ok");
    }

    @Test
    void anInterruptedVerifyLeavesNoCopyOfTheDatabaseBehind() throws Exception {
        bigRoster(dir.resolve("big.csv"), 20_000);
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        java.util.Map<String, String> env = java.util.Map.of("BANGFU_JAVA_OPTS", "-Djava.io.tmpdir=" + temp, "TMPDIR",
                temp.toString());
        try (KilledRun verify = KilledRun.start(dir, env, "--db", "none.db", "verify", "big.csv")) {
            // Into the reading of the file, by its progress rather than by a guess of the time it takes.
            assertThat(verify.freezeAt(KilledRun.Step.rows("big.csv", 1000))).isNotNull();
            assertThat(besidesTheNativeLibrary(temp)).as("what the rehearsal keeps in the temporary folder").isEmpty();
            verify.terminate(); // SIGTERM, as a closed terminal or Ctrl-C sends
        }
        assertThat(besidesTheNativeLibrary(temp)).isEmpty();
        assertThat(dir.resolve("none.db")).doesNotExist();
    }

    /** A roster of {@code rows} households with valid, distinct IDs. */
    private static void bigRoster(Path file, int rows) throws IOException {
        StringBuilder big = new StringBuilder("姓名,身份证号码,所属工会,困难类别\n");
        java.time.LocalDate birth = java.time.LocalDate.of(1960, 1, 1);
        for (int i = 0; i < rows; i++) {
            String day = birth.plusDays(i / 500).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            big.append("户主").append(i).append(',').append(id(day, i % 500 * 2 + 1)).append(",东城区总工会,深度困难\n");
        }
        Files.writeString(file, big);
    }

    /** The files in {@code temp}, but for SQLite's native library, which the driver may unpack there. */
    private static java.util.List<Path> besidesTheNativeLibrary(Path temp) throws IOException {
        try (java.util.stream.Stream<Path> s = Files.walk(temp)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().contains("sqlite")).toList();
        }
    }

    @Test
    void usageErrorIsExitTwo() throws Exception {
        Bangfu run = Bangfu.run(dir, "import", "--no-such-option", "a.csv");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }
}
