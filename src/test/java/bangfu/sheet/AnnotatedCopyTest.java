package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bangfu.model.Finding;
import bangfu.model.Issue;
import bangfu.model.Lang;
import bangfu.model.Location;
import bangfu.model.Severity;
import bangfu.model.UnlistedFindings;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The annotated copy's rules, on workbooks built here: placement, merging, names, styles, atomic writing. */
class AnnotatedCopyTest {
    static final AnnotatedCopy.Labels LABELS = new AnnotatedCopy.Labels(
            List.of("sheet", "cell", "column", "value", "severity", "code", "problem", "hint"),
            "error", "warning", "how to fix", "No problems found.");

    @TempDir Path tmp;

    /** Sheet "Roster list": header on row 3, ten data rows; a clerk's comment on B5; their own 检查结果 sheet. */
    private Path clerkWorkbook() throws IOException {
        Path file = tmp.resolve("clerk.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet notes = wb.createSheet("检查结果");
            notes.createRow(0).createCell(0).setCellValue("last year's notes");
            Sheet sheet = wb.createSheet("Roster list");
            sheet.createRow(0).createCell(0).setCellValue("title");
            Row header = sheet.createRow(2);
            for (int c = 0; c < 4; c++) header.createCell(c).setCellValue("h" + c);
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            for (int r = 3; r < 13; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.createCell(1).setCellValue("name" + r);
                row.createCell(2).setCellValue(100.5 * r);
                row.getCell(2).setCellStyle(money);
            }
            Drawing<?> drawing = sheet.createDrawingPatriarch();
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(2);
            anchor.setRow1(4);
            anchor.setCol2(4);
            anchor.setRow2(6);
            Comment theirs = drawing.createCellComment(anchor);
            theirs.setString(wb.getCreationHelper().createRichTextString("ask Mr Wang"));
            sheet.getRow(4).getCell(1).setCellComment(theirs);
            wb.setActiveSheet(1);
            sheet.setSelected(true);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        return file;
    }

    private static Finding at(String sheet, int row, String column, Issue issue) {
        return new Finding(new Location("clerk.xlsx", sheet, row, column, column.isEmpty() ? "" : "h"), issue, "v");
    }

    private List<Finding> findings() {
        List<Finding> f = new ArrayList<>();
        f.add(at("Roster list", 0, "", Issue.warning("UNKNOWN_COLUMNS", "h3")));      // whole sheet → header row 3, A3
        f.add(at("Roster list", 5, "B", Issue.error("ID_CHECK_DIGIT", "x")));          // B5 has the clerk's comment
        f.add(at("Roster list", 5, "B", Issue.warning("CARD_LUHN", "y")));             // a second finding on B5
        f.add(at("Roster list", 7, "", Issue.warning("PAYMENT_REPEATED", 4)));          // whole row → A7
        for (int r = 4; r <= 13; r++) f.add(at("Roster list", r, "C", Issue.error("AMOUNT_ZERO")));
        f.add(at("Roster list", 20, "D", Issue.error("REQUIRED_MISSING", "h3")));         // a row that does not exist yet
        return f;
    }

    @Test
    void marksEachCellOnceWithEveryFindingInOneComment() throws Exception {
        Path target = tmp.resolve("out.xlsx");
        AnnotatedCopy.Written w = AnnotatedCopy.write(clerkWorkbook(), ReadOptions.defaults(), findings(), UnlistedFindings.NONE,
                Map.of("Roster list", 3), Lang.EN, LABELS, target);
        assertThat(w.valuesOnly()).isFalse();
        try (XSSFWorkbook wb = open(target)) {
            // The listing comes first, under a name the workbook did not have yet; the clerk's sheet is kept.
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("检查结果 (2)");
            assertThat(wb.getSheetAt(1).getSheetName()).isEqualTo("检查结果");
            assertThat(wb.getActiveSheetIndex()).isZero();
            assertThat(Stream.of(1, 2).map(i -> wb.getSheetAt(i).isSelected())).containsOnly(false);
            Sheet sheet = wb.getSheet("Roster list");
            assertThat(sheet.getCellComments().keySet().stream().map(CellAddress::formatAsString).sorted())
                    .containsExactly("A3", "A7", "B5", "C10", "C11", "C12", "C13", "C4", "C5", "C6", "C7", "C8", "C9", "D20");
            String b5 = sheet.getCellComment(new CellAddress("B5")).getString().getString();
            assertThat(b5).contains("ID_CHECK_DIGIT").contains("CARD_LUHN").endsWith("ask Mr Wang");
            assertThat(fill(sheet, "B5")).isEqualTo("FF9999");
            assertThat(fill(sheet, "A7")).isEqualTo("FFFF66");
            assertThat(fill(sheet, "D20")).isEqualTo("FF9999");
            // Ten amounts with one style in the original share one filled style, which keeps their number format.
            XSSFCellStyle c4 = (XSSFCellStyle) sheet.getRow(3).getCell(2).getCellStyle();
            for (int r = 4; r <= 12; r++) assertThat(sheet.getRow(r).getCell(2).getCellStyle().getIndex()).isEqualTo(c4.getIndex());
            assertThat(c4.getDataFormatString()).isEqualTo("#,##0.00");
            assertThat(wb.getNumCellStyles()).isLessThan(12);
            // The listing: one line per finding, links quoted for the space in the sheet name.
            Sheet listing = wb.getSheetAt(0);
            assertThat(listing.getLastRowNum()).isEqualTo(findings().size());
            assertThat(listing.getRow(1).getCell(1).getHyperlink().getAddress()).isEqualTo("'Roster list'!A3");
            assertThat(listing.getRow(1).getCell(4).getStringCellValue()).isEqualTo("warning");
        }
    }

    @Test
    void aLargeWorkbookBecomesAValuesOnlyCopyWithTheSameMarks() throws Exception {
        Path target = tmp.resolve("values.xlsx");
        AnnotatedCopy.Written w = AnnotatedCopy.write(clerkWorkbook(), ReadOptions.defaults(), findings(), UnlistedFindings.NONE,
                Map.of("Roster list", 3), Lang.EN, LABELS, target, 0, AnnotatedCopy.MAX_COMMENTED);
        assertThat(w.valuesOnly()).isTrue();
        try (XSSFWorkbook wb = open(target)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("检查结果");
            Sheet sheet = wb.getSheet("Roster list");
            assertThat(sheet.getCellComments()).hasSize(14);
            assertThat(sheet.getCellComments().keySet().stream().map(CellAddress::formatAsString))
                    .contains("A3", "A7", "B5", "D20");
            assertThat(fill(sheet, "C4")).isEqualTo("FF9999");
            assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(301.5);
        }
    }

    /**
     * Over 20,000 findings no copy was written at all. Now every cell is filled and every finding listed; the
     * first ones, by row, whole cells at a time, get a comment and a link, and the listing says where they stop.
     */
    @Test
    void beyondTheLimitEveryCellIsFilledAndTheFirstByRowAreCommented() throws Exception {
        for (long wholeLimit : new long[] {AnnotatedCopy.WHOLE_WORKBOOK_LIMIT, 0}) {
            Path target = tmp.resolve("limited-" + wholeLimit + ".xlsx");
            AnnotatedCopy.Written w = AnnotatedCopy.write(clerkWorkbook(), ReadOptions.defaults(), findings(), UnlistedFindings.NONE,
                    Map.of("Roster list", 3), Lang.EN, LABELS, target, wholeLimit, 5);
            // A3, C4, B5 (two findings) and C5 make five findings; C6 would be the sixth
            assertThat(w.findings()).isEqualTo(findings().size());
            assertThat(w.commented()).isEqualTo(5);
            assertThat(w.lastCommented()).isEqualTo("Roster list!C5");
            assertThat(w.allCommented()).isFalse();
            try (XSSFWorkbook wb = open(target)) {
                Sheet sheet = wb.getSheet("Roster list");
                assertThat(sheet.getCellComments().keySet().stream().map(CellAddress::formatAsString).sorted())
                        .as("whole workbook limit %s", wholeLimit).containsExactly("A3", "B5", "C4", "C5");
                // commented or not, every cell with a finding is filled in its colour
                assertThat(fill(sheet, "A3")).isEqualTo("FFFF66");
                for (String error : List.of("C4", "B5", "C5", "C6", "C13", "D20")) assertThat(fill(sheet, error)).as(error).isEqualTo("FF9999");
                assertThat(fill(sheet, "A7")).isEqualTo("FFFF66");
                Sheet listing = wb.getSheetAt(0);
                assertThat(listing.getRow(0).getCell(0).getStringCellValue())
                        .startsWith("15 findings").contains("first 5").contains("Roster list!C5");
                assertThat(listing.getRow(1).getCell(0).getStringCellValue()).isEqualTo("sheet");
                assertThat(listing.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
                assertThat(listing.getLastRowNum()).isEqualTo(1 + findings().size());
                for (int r = 2; r <= listing.getLastRowNum(); r++) {
                    boolean linked = listing.getRow(r).getCell(1).getHyperlink() != null;
                    assertThat(linked).as("link on listing row %d", r).isEqualTo(r <= 6);
                }
            }
        }
    }

    /**
     * Findings only counted, beyond those kept in full, were left unfilled: now their cells are filled like the
     * others, an error turns a cell with a listed warning red, and the listing says how many of which code it
     * does not list.
     */
    @Test
    void findingsOnlyCountedHaveTheirCellsFilledAndAreCountedOnTheListing() throws Exception {
        UnlistedFindings.Builder counted = new UnlistedFindings.Builder(10);
        counted.add("Roster list", "AMOUNT_ZERO", Severity.ERROR, 11, 3);      // D11: nothing listed there
        counted.add("Roster list", "AMOUNT_ZERO", Severity.ERROR, 7, 0);       // A7: a listed warning there
        counted.add("Roster list", "AMOUNT_ZERO", Severity.ERROR, 9, 2);       // C9: a listed error there
        counted.add("Roster list", "CARD_LUHN", Severity.WARNING, 12, -1);     // whole row → A12
        counted.add("Roster list", "CARD_LUHN", Severity.WARNING, 0, 1);       // whole sheet → header row 3, B3
        counted.add("Roster list", "CARD_LUHN", Severity.WARNING, 25, 1);      // B25, below the last row
        counted.add("elsewhere", "CARD_LUHN", Severity.WARNING, 2, 1);         // a sheet the file does not have
        UnlistedFindings unlisted = counted.build();
        for (long wholeLimit : new long[] {AnnotatedCopy.WHOLE_WORKBOOK_LIMIT, 0}) {
            Path target = tmp.resolve("counted-" + wholeLimit + ".xlsx");
            AnnotatedCopy.Written w = AnnotatedCopy.write(clerkWorkbook(), ReadOptions.defaults(), findings(), unlisted,
                    Map.of("Roster list", 3), Lang.EN, LABELS, target, wholeLimit, AnnotatedCopy.MAX_COMMENTED);
            assertThat(w.valuesOnly()).isEqualTo(wholeLimit == 0);
            assertThat(w.findings()).isEqualTo(findings().size() + 7);
            assertThat(w.listed()).isEqualTo(findings().size());
            // 14 cells of listed findings; D11, A12, B3, B25 and elsewhere!B2 are new
            assertThat(w.markedCells()).isEqualTo(14 + 5);
            assertThat(w.allCommented()).isFalse();
            try (XSSFWorkbook wb = open(target)) {
                Sheet sheet = wb.getSheet("Roster list");
                assertThat(sheet.getCellComments()).as("whole workbook limit %s", wholeLimit).hasSize(14);
                for (String error : List.of("D11", "A7", "C9", "B5")) assertThat(fill(sheet, error)).as(error).isEqualTo("FF9999");
                for (String warning : List.of("A12", "B3", "B25", "A3")) assertThat(fill(sheet, warning)).as(warning).isEqualTo("FFFF66");
                assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("h1");
                assertThat(sheet.getRow(10).getCell(0).getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
                Sheet listing = wb.getSheetAt(0);
                assertThat(listing.getRow(0).getCell(0).getStringCellValue())
                        .startsWith("22 findings, the cell of every one filled: 15 are listed below");
                assertThat(listing.getRow(1).getCell(0).getStringCellValue())
                        .isEqualTo("3 more AMOUNT_ZERO findings (error) are not listed below: only the first 10 of each code are "
                                + "kept in full. Their cells are filled all the same.");
                assertThat(listing.getRow(2).getCell(0).getStringCellValue()).startsWith("4 more CARD_LUHN findings (warning)");
                assertThat(listing.getRow(3).getCell(0).getStringCellValue()).isEqualTo("sheet");
                assertThat(listing.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 4);
                assertThat(listing.getLastRowNum()).isEqualTo(3 + findings().size());
            }
        }
    }

    /**
     * A 540 KB roster with 15,000 rows of three findings ran out of 512 MB in POI's whole model, listing and
     * comments included: past {@link AnnotatedCopy#WHOLE_WORKBOOK_MARKS} even a small file is streamed.
     */
    @Test
    void aSmallWorkbookWithManyMarksIsStreamedNotOpenedWhole() throws Exception {
        UnlistedFindings.Builder counted = new UnlistedFindings.Builder(10);
        int many = (int) AnnotatedCopy.WHOLE_WORKBOOK_MARKS;
        for (int r = 14; r < 14 + many; r++) counted.add("Roster list", "REQUIRED_MISSING", Severity.ERROR, r, 1);
        Path target = tmp.resolve("many.xlsx");
        AnnotatedCopy.Written w = AnnotatedCopy.write(clerkWorkbook(), ReadOptions.defaults(), findings(), counted.build(),
                Map.of("Roster list", 3), Lang.EN, LABELS, target);
        assertThat(w.valuesOnly()).isTrue();
        assertThat(w.markedCells()).isEqualTo(14 + many);
        try (XSSFWorkbook wb = open(target)) {
            Sheet sheet = wb.getSheet("Roster list");
            assertThat(fill(sheet, "B14")).isEqualTo("FF9999");
            assertThat(fill(sheet, "B" + (13 + many))).isEqualTo("FF9999");
            assertThat(sheet.getLastRowNum()).isEqualTo(12 + many);
        }
    }

    @Test
    void sheetNamesWithQuotesAreQuotedInLinks() {
        assertThat(AnnotatedCopy.quoteSheet("O'Brien 名单")).isEqualTo("'O''Brien 名单'");
    }

    @Test
    void aFailureLeavesNoFileBehind() throws Exception {
        Path source = tmp.resolve("broken.xlsx");
        Files.write(source, new byte[] {'P', 'K', 3, 4, 0, 0, 0});
        Path target = tmp.resolve("out.xlsx");
        assertThatThrownBy(() -> AnnotatedCopy.write(source, ReadOptions.defaults(), List.of(), UnlistedFindings.NONE, Map.of(), Lang.EN, LABELS, target))
                .isInstanceOf(UnreadableFileException.class);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("broken.xlsx");
        }
    }

    private static String fill(Sheet sheet, String address) {
        CellAddress a = new CellAddress(address);
        XSSFCellStyle s = (XSSFCellStyle) sheet.getRow(a.getRow()).getCell(a.getColumn()).getCellStyle();
        return s.getFillForegroundXSSFColor().getARGBHex().substring(2);
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }
}
