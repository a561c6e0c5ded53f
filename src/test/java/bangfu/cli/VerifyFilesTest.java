package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import bangfu.store.Sql;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** verify FILE… judges like import and writes nothing: not to the database, not a database file. */
class VerifyFilesTest {
    static final String DONGCHENG = "examples/花名册-东城区总工会-2024.xlsx";
    static final String XICHENG = "examples/花名册-西城区总工会-2024.csv";
    static final String NANGANG = "examples/花名册-南岗区总工会-2024.xls";
    static final String LEDGER = "examples/救助发放表-2024.xlsx";
    static final String VISITS = "examples/走访记录-2024.xlsx";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    static Stream<List<String>> runs() {
        return Stream.of(List.of(DONGCHENG), List.of(XICHENG), List.of(NANGANG), List.of(LEDGER), List.of(VISITS),
                List.of(DONGCHENG, XICHENG, NANGANG, LEDGER, VISITS));
    }

    @ParameterizedTest
    @MethodSource("runs")
    void verifyErrorsAreTheRowsImportRejectsAndItsWarningsImportsWarnings(List<String> files) throws IOException {
        Path verifyDb = tmp.resolve("verify.db");
        Path importDb = tmp.resolve("import.db");
        Run verify = Run.of(args(files, "--lang", "en", "--db", verifyDb.toString(), "verify", "--format", "json"));
        Run imported = Run.of(args(files, "--lang", "en", "--db", importDb.toString(), "import", "--format", "json"));

        Set<String> errorRows = new TreeSet<>();
        Set<String> verifyWarnings = new TreeSet<>();
        for (JsonNode f : JSON.readTree(verify.out()).get("findings")) {
            String row = f.get("file").asText() + "|" + f.get("sheet").asText() + "|" + f.get("row").asInt();
            if (f.get("severity").asText().equals("error")) errorRows.add(row);
            else verifyWarnings.add(row + "|" + f.get("cell").asText() + "|" + f.get("code").asText());
        }
        Set<String> rejected = new TreeSet<>();
        for (List<String> r : Sql.rows(importDb, "SELECT i.file_name, r.sheet, r.row_number FROM rejects r JOIN imports i ON i.id = r.import_id")) {
            rejected.add(String.join("|", r));
        }
        Set<String> importWarnings = new TreeSet<>();
        for (JsonNode file : JSON.readTree(imported.out()).get("files")) {
            for (JsonNode f : file.get("findings")) {
                if (f.get("severity").asText().equals("warning")) {
                    importWarnings.add(f.get("file").asText() + "|" + f.get("sheet").asText() + "|" + f.get("row").asInt()
                            + "|" + f.get("cell").asText() + "|" + f.get("code").asText());
                }
            }
        }
        assertThat(errorRows).isEqualTo(rejected);
        assertThat(verifyWarnings).isEqualTo(importWarnings);
        assertThat(verify.exit()).isEqualTo(imported.exit());
        assertThat(verifyDb).doesNotExist();
    }

    @Test
    void theExamplesTogetherHaveTheMistakesTheirReadmeDescribes() throws IOException {
        Run verify = Run.of(args(List.of(DONGCHENG, XICHENG, NANGANG, LEDGER, VISITS),
                "--db", tmp.resolve("none.db").toString(), "verify", "--format", "json"));
        Set<String> errors = new TreeSet<>();
        for (JsonNode f : JSON.readTree(verify.out()).get("findings")) {
            if (f.get("severity").asText().equals("error")) errors.add(f.get("sheet").asText() + "!" + f.get("cell").asText());
        }
        // examples/README.md, sections 3 to 5
        assertThat(errors).containsExactlyInAnyOrder("困难职工档案!E4", "困难职工档案!E5", "困难职工档案!P6", "困难职工档案!K7",
                "困难职工档案!N9", "困难职工档案!E10", "困难职工档案!C11", "救助发放表!C32", "救助发放表!F20", "走访记录!D22");
        assertThat(verify.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void anExistingDatabaseIsNotChangedByOneByte() throws Exception {
        Path folder = Files.createDirectory(tmp.resolve("union"));
        Path db = folder.resolve("union.db");
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", DONGCHENG, XICHENG, NANGANG).exit()).isEqualTo(1);
        Files.setLastModifiedTime(db, FileTime.fromMillis(1_700_000_000_000L));
        String hash = sha256(db);
        List<Path> before = list(folder);
        long imports = Sql.count(db, "SELECT count(*) FROM imports");
        long rejects = Sql.count(db, "SELECT count(*) FROM rejects");
        Files.setLastModifiedTime(db, FileTime.fromMillis(1_700_000_000_000L));

        Run run = Run.of("--db", db.toString(), "verify", "--annotate", tmp.resolve("checked").toString(), LEDGER, VISITS, NANGANG);

        // The ledger is judged against the rosters in the database: only its two planted errors remain.
        assertThat(run.out()).contains("rows that would be rejected 2, errors 2").doesNotContain("HOUSEHOLD_UNKNOWN 5");
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(sha256(db)).isEqualTo(hash);
        assertThat(Files.getLastModifiedTime(db).toMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(list(folder)).isEqualTo(before);
        assertThat(Sql.count(db, "SELECT count(*) FROM imports")).isEqualTo(imports);
        assertThat(Sql.count(db, "SELECT count(*) FROM rejects")).isEqualTo(rejects);
        assertThat(Sql.count(db, "SELECT count(*) FROM assistance")).isZero();
    }

    @Test
    void aMissingDatabaseIsNotCreated() {
        Path db = tmp.resolve("nothing-here.db");
        Run run = Run.of("--db", db.toString(), "verify", DONGCHENG, LEDGER);
        assertThat(run.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void anImportInProgressKeepsVerifyWaitingForTheLockNotJudgingHalfDoneRows() throws Exception {
        Path db = tmp.resolve("busy.db");
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", DONGCHENG, XICHENG, NANGANG).exit()).isEqualTo(1);
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = writer.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            s.execute("DELETE FROM members");
            s.execute("DELETE FROM status_history");
            s.execute("DELETE FROM households");
            // A rehearsal writes in the real database, so it takes the write lock as an import does, and waits for it.
            Run run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> Run.of("--lang", "en", "--db", db.toString(), "verify", LEDGER));
            assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
            assertThat(run.err()).contains("busy.db: the database is locked by another program").doesNotContain("Exception");
            assertThat(run.out()).isEmpty();
            s.execute("ROLLBACK");
        }
        Run after = Run.of("--lang", "en", "--db", db.toString(), "verify", LEDGER);
        assertThat(after.out()).contains("rows that would be rejected 2, errors 2");
    }

    @Test
    void aDatabaseLockedByARollbackJournalWriterIsExitFourAndUnchanged() throws Exception {
        Path db = tmp.resolve("locked.db");
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", DONGCHENG).exit()).isZero();
        Sql.execute(db, "PRAGMA journal_mode = DELETE");
        String hash = sha256(db);
        try (Connection writer = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = writer.createStatement()) {
            s.execute("BEGIN EXCLUSIVE");
            s.execute("DELETE FROM members");
            Run run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> Run.of("--lang", "en", "--db", db.toString(), "verify", LEDGER));
            assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
            assertThat(run.err()).contains("locked.db").doesNotContain("Exception");
            s.execute("ROLLBACK");
        }
        assertThat(sha256(db)).isEqualTo(hash);
    }

    @Test
    void aDatabaseOfANewerSchemaIsExitFourNamingTheClerksFile() throws Exception {
        Path db = tmp.resolve("newer.db");
        assertThat(Run.of("--db", db.toString(), "import", "--quiet", DONGCHENG).exit()).isZero();
        Sql.execute(db, "PRAGMA user_version = 99");
        String hash = sha256(db);
        Run run = Run.of("--lang", "en", "--db", db.toString(), "verify", DONGCHENG);
        assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(run.err()).startsWith("bangfu: " + db + ": the database has schema version 99");
        assertThat(sha256(db)).isEqualTo(hash);
    }

    @Test
    void somethingThatIsNotADatabaseIsExitFourAndLeftAlone() throws Exception {
        Path db = tmp.resolve("notes.db");
        Files.writeString(db, "not a database");
        Run run = Run.of("--lang", "en", "--db", db.toString(), "verify", DONGCHENG);
        assertThat(run.exit()).isEqualTo(ExitCode.DATABASE);
        assertThat(Files.readString(db)).isEqualTo("not a database");
    }

    @Test
    void anUnreadableFileIsExitThreeAndTheOthersAreStillChecked() {
        Run run = Run.of("--lang", "en", "--db", tmp.resolve("x.db").toString(), "verify", "--format", "json",
                "examples/README.md", NANGANG);
        assertThat(run.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(run.out()).contains("\"error\" : \"sheet.not_spreadsheet\"").contains("ID_CHECK_DIGIT");
        assertThat(run.err()).contains("README.md");
    }

    @Test
    void strictCountsWarningsAsErrors() {
        String db = tmp.resolve("x.db").toString();
        assertThat(Run.of("--db", db, "verify", XICHENG).exit()).isZero();
        assertThat(Run.of("--db", db, "verify", "--strict", XICHENG).exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
    }

    @Test
    void theReadingOptionsOfImportApply() {
        String db = tmp.resolve("x.db").toString();
        Run sheet = Run.of("--lang", "en", "--db", db, "verify", "--sheet", "家庭成员", DONGCHENG);
        Run imported = Run.of("--lang", "en", "--db", tmp.resolve("i.db").toString(), "import", "--sheet", "家庭成员", DONGCHENG);
        // Without the roster sheet no member has a head on file, for verify as for import.
        assertThat(sheet.out()).contains("sheet 家庭成员 (members, header row 1):  rows checked 24, rows that would be rejected 24");
        assertThat(imported.out()).contains("sheet 家庭成员 (members, header row 1):  read 24, inserted 0, updated 0, unchanged 0, rejected 24");
        assertThat(sheet.exit()).isEqualTo(imported.exit()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(sheet.out()).doesNotContain("sheet 困难职工花名册");
        // The GBK roster read as UTF-8 has no recognisable header, for verify as for import.
        Run wrongEncoding = Run.of("--db", db, "verify", "--encoding", "utf-8", XICHENG);
        Run importedWrong = Run.of("--db", tmp.resolve("j.db").toString(), "import", "--encoding", "utf-8", XICHENG);
        assertThat(wrongEncoding.exit()).isEqualTo(importedWrong.exit()).isEqualTo(ExitCode.UNUSABLE_INPUT);
        assertThat(Run.of("--db", db, "verify", XICHENG).exit()).isZero();
    }

    @Test
    void annotatingOverTheFileBeingCheckedIsAUsageError() throws IOException {
        Path copy = tmp.resolve("roster.xlsx");
        Files.copy(Path.of(DONGCHENG), copy);
        byte[] before = Files.readAllBytes(copy);
        Run run = Run.of("--db", tmp.resolve("x.db").toString(), "verify", "--annotate", copy.toString(), copy.toString());
        assertThat(run.exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Files.readAllBytes(copy)).isEqualTo(before);
        Run several = Run.of("--db", tmp.resolve("x.db").toString(), "verify", "--annotate", copy.toString(), NANGANG, XICHENG);
        assertThat(several.exit()).isEqualTo(ExitCode.USAGE);
    }

    @Test
    void filesOfOneNameFromTwoFoldersGetACopyEach() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a")).resolve("花名册.xls");
        Path b = Files.createDirectories(tmp.resolve("b")).resolve("花名册.xls");
        Files.copy(Path.of(NANGANG), a);
        Files.copy(Path.of(NANGANG), b);
        Path out = tmp.resolve("copies");
        Run run = Run.of("--db", tmp.resolve("x.db").toString(), "verify", "--annotate", out.toString(), a.toString(), b.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(out.resolve("花名册-检查结果.xlsx")).isRegularFile();
        assertThat(out.resolve("花名册-检查结果-2.xlsx")).isRegularFile();
    }

    @Test
    void optionsThatWouldBeIgnoredAreUsageErrors() {
        String db = tmp.resolve("x.db").toString();
        assertThat(Run.of("--db", db, "verify", "--annotate", tmp.resolve("o.xlsx").toString()).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("--db", db, "verify", "--sheet", "花名册").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("--db", db, "verify", "--year", "2024", NANGANG).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("--db", db, "verify", "--limit", "-1", NANGANG).exit()).isEqualTo(ExitCode.USAGE);
        assertThat(Run.of("--db", db, "verify", "--year", "3000").exit()).isEqualTo(ExitCode.USAGE);
        assertThat(tmp.resolve("o.xlsx")).doesNotExist();
        assertThat(Path.of(db)).doesNotExist();
    }

    /**
     * Over 20,000 findings verify wrote no copy at all (exit 3), though a large file needs it most. Then the
     * 20,001st finding of one code, only counted to keep memory bounded, was left unfilled, and the sheet's line
     * said "errors 20000" under a total of 20001.
     */
    @Test
    void moreThanTwentyThousandFindingsStillGetTheirCopyWithEveryCellFilled() throws Exception {
        StringBuilder csv = new StringBuilder("姓名,身份证号码,所属工会\n");
        for (int i = 0; i < 20_001; i++) csv.append("张").append(i).append(",110101198001011234,东城区总工会\n");
        Path file = tmp.resolve("many.csv");
        Files.writeString(file, csv);
        Path copy = tmp.resolve("many-checked.xlsx");
        Run run = Run.of("--lang", "en", "--db", tmp.resolve("x.db").toString(), "verify", "--annotate", copy.toString(),
                file.toString());
        assertThat(run.exit()).as(run.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).contains("errors by code:  ID_CHECK_DIGIT 20001")
                .contains("sheet many (roster, header row 1):  rows checked 20001, rows that would be rejected 20001, errors 20001,")
                .contains("20001 findings, the cell of every one filled; 20000 are listed on the first sheet, and the first 20000 "
                        + "of them, by sheet and row (up to many!B20001), also have a comment and a link")
                .contains("… 1 more findings ID_CHECK_DIGIT not listed: only the first 20000 of each code are kept in full; "
                        + "their cells are filled in the annotated copy all the same.")
                .contains("… 19900 more findings not shown (20000 kept in full, 20001 in all)");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(copy.toFile())) {
            org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheet("many");
            // the comments table itself: POI's getCellComments() looks each comment's shape up among all the others
            org.apache.poi.xssf.model.CommentsTable comments = null;
            for (var part : sheet.getRelations()) if (part instanceof org.apache.poi.xssf.model.CommentsTable c) comments = c;
            assertThat(comments).isNotNull();
            assertThat(comments.getNumberOfComments()).isEqualTo(20_000);
            for (int r = 1; r <= 20_001; r++) {
                org.apache.poi.ss.usermodel.CellStyle style = sheet.getRow(r).getCell(1).getCellStyle();
                assertThat(style.getFillPattern()).as("row %d", r + 1).isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
            }
            assertThat(comments.findCellComment(new org.apache.poi.ss.util.CellAddress("B20001"))).isNotNull();
            assertThat(comments.findCellComment(new org.apache.poi.ss.util.CellAddress("B20002"))).as("the 20,001st").isNull();
            org.apache.poi.ss.usermodel.Sheet listing = wb.getSheetAt(0);
            assertThat(listing.getRow(0).getCell(0).getStringCellValue()).startsWith("20001 findings");
            assertThat(listing.getRow(1).getCell(0).getStringCellValue()).isEqualTo(
                    "1 more ID_CHECK_DIGIT findings (error) are not listed below: only the first 20000 of each code are kept "
                            + "in full. Their cells are filled all the same.");
            // two notes, the header, then one line per finding kept
            assertThat(listing.getLastRowNum()).isEqualTo(2 + 20_000);
        }
    }

    /**
     * A roster of two sheets with 15,000 and 10,000 wrong check digits: 20,000 are kept in full (all of the first
     * sheet's, 5,000 of the second's), 5,000 only counted. The counts per sheet, per code and in all take in both,
     * in text and JSON, and the copy fills all 25,000 cells.
     */
    @Test
    void findingsBeyondThoseKeptAreCountedPerSheetAndFilledInTheCopy() throws Exception {
        int first = 15_000, second = 10_000;
        Path file = tmp.resolve("two.xlsx");
        try (org.apache.poi.xssf.streaming.SXSSFWorkbook wb = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
            for (String name : List.of("一厂", "二厂")) {
                org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet(name);
                List<String> header = List.of("姓名", "身份证号码", "所属工会");
                org.apache.poi.ss.usermodel.Row h = sheet.createRow(0);
                for (int c = 0; c < header.size(); c++) h.createCell(c).setCellValue(header.get(c));
                int rows = name.equals("一厂") ? first : second;
                for (int r = 1; r <= rows; r++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                    row.createCell(0).setCellValue("职工" + r);
                    row.createCell(1).setCellValue("110101198001011234");
                    row.createCell(2).setCellValue("东城区总工会");
                }
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
        int all = first + second, kept = bangfu.load.FindingList.PER_CODE;
        Path copy = tmp.resolve("two-checked.xlsx");
        String db = tmp.resolve("x.db").toString();

        Run text = Run.of("--lang", "en", "--db", db, "verify", "--annotate", copy.toString(), file.toString());
        assertThat(text.exit()).as(text.err()).isEqualTo(ExitCode.DATA_PROBLEMS);
        assertThat(text.out())
                .contains("sheet 一厂 (roster, header row 1):  rows checked " + first + ", rows that would be rejected " + first
                        + ", errors " + first + ", warnings 0")
                .contains("sheet 二厂 (roster, header row 1):  rows checked " + second + ", rows that would be rejected " + second
                        + ", errors " + second + ", warnings 0")
                .contains("total:  rows checked " + all + ", rows that would be rejected " + all + ", errors " + all)
                .contains("errors by code:  ID_CHECK_DIGIT " + all)
                .contains("… " + (all - kept) + " more findings ID_CHECK_DIGIT not listed")
                .contains("checked 1 file(s), " + all + " rows: " + all + " error(s)");

        Run json = Run.of("--lang", "en", "--db", db, "verify", "--format", "json", file.toString());
        JsonNode root = JSON.readTree(json.out());
        JsonNode f = root.get("files").get(0);
        assertThat(f.get("errors").asLong()).isEqualTo(all);
        assertThat(f.get("sheets").get(0).get("errors").asLong()).isEqualTo(first);
        assertThat(f.get("sheets").get(1).get("errors").asLong()).isEqualTo(second);
        assertThat(f.get("errorsByCode").get("ID_CHECK_DIGIT").asLong()).isEqualTo(all);
        assertThat(f.get("unlisted").get(0).get("count").asLong()).isEqualTo(all - kept);
        assertThat(root.get("totals").get("errors").asLong()).isEqualTo(all);
        assertThat(root.get("findings")).hasSize(kept);

        Run csvRun = Run.of("--lang", "en", "--db", db, "verify", "--format", "csv", file.toString());
        String[] lines = csvRun.out().split("\r\n");
        assertThat(lines).hasSize(1 + kept + 1);
        assertThat(lines[lines.length - 1]).startsWith("two.xlsx,,,,,,error,ID_CHECK_DIGIT,… " + (all - kept) + " more findings");

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(copy.toFile())) {
            int comments = 0;
            for (String name : List.of("一厂", "二厂")) {
                org.apache.poi.xssf.usermodel.XSSFSheet sheet = wb.getSheet(name);
                int rows = name.equals("一厂") ? first : second;
                for (int r = 1; r <= rows; r++) {
                    org.apache.poi.xssf.usermodel.XSSFCellStyle style = sheet.getRow(r).getCell(1).getCellStyle();
                    assertThat(style.getFillPattern()).as("%s row %d", name, r + 1)
                            .isEqualTo(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
                    assertThat(style.getFillForegroundXSSFColor().getARGBHex()).isEqualTo("FFFF9999");
                }
                for (var part : sheet.getRelations()) {
                    if (part instanceof org.apache.poi.xssf.model.CommentsTable c) comments += c.getNumberOfComments();
                }
            }
            assertThat(comments).isEqualTo(bangfu.sheet.AnnotatedCopy.MAX_COMMENTED);
            org.apache.poi.ss.usermodel.Sheet listing = wb.getSheetAt(0);
            assertThat(listing.getRow(1).getCell(0).getStringCellValue()).startsWith((all - kept) + " more ID_CHECK_DIGIT findings");
            assertThat(listing.getLastRowNum()).isEqualTo(2 + kept);
        }
    }

    @Test
    void csvHasOneLinePerFinding() {
        Run run = Run.of("--db", tmp.resolve("x.db").toString(), "verify", "--format", "csv", NANGANG);
        String[] lines = run.out().split("\r\n");
        assertThat(lines[0]).isEqualTo("\uFEFFfile,sheet,row,cell,column,value,severity,code,message,hint");
        // README section 3: seven errors and one warning
        assertThat(lines).hasSize(1 + 8);
        assertThat(lines[1]).startsWith("花名册-南岗区总工会-2024.xls,困难职工档案,4,E4,身份证号码,2301**********8818,error,ID_CHECK_DIGIT,");
    }

    private static String[] args(List<String> files, String... head) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(files);
        return all.toArray(String[]::new);
    }

    private static List<Path> list(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.sorted().toList();
        }
    }

    static String sha256(Path file) throws Exception {
        MessageDigest d = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            d.update(in.readAllBytes());
        }
        return HexFormat.of().formatHex(d.digest());
    }
}
