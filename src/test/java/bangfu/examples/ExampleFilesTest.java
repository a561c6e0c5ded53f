package bangfu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed files under examples/ must be exactly what {@link ExampleFiles} writes. */
class ExampleFilesTest {

    static final Path COMMITTED = Path.of("examples");

    @TempDir
    static Path fresh;

    @BeforeAll
    static void regenerate() throws IOException {
        ExampleFiles.writeAll(fresh);
    }

    @Test
    void csvIsByteIdentical() throws IOException {
        assertThat(Files.readAllBytes(fresh.resolve(ExampleFiles.CSV)))
            .as("regenerate with ExampleFiles and commit the result")
            .isEqualTo(Files.readAllBytes(COMMITTED.resolve(ExampleFiles.CSV)));
    }

    @Test
    void theFilesOf2025AreByteIdentical() throws IOException {
        for (String name : java.util.List.of(ExampleFiles.CSV_2025, ExampleFiles.VISITS_2025)) {
            assertThat(Files.readAllBytes(fresh.resolve(name))).as("regenerate %s with ExampleFiles and commit it", name)
                .isEqualTo(Files.readAllBytes(COMMITTED.resolve(name)));
        }
    }

    @Test
    void xlsxHasTheSameCells() throws IOException {
        assertThat(dump(fresh.resolve(ExampleFiles.XLSX)))
            .as("regenerate with ExampleFiles and commit the result")
            .containsExactlyElementsOf(dump(COMMITTED.resolve(ExampleFiles.XLSX)));
    }

    @Test
    void xlsHasTheSameCells() throws IOException {
        assertThat(dump(fresh.resolve(ExampleFiles.XLS)))
            .as("regenerate with ExampleFiles and commit the result")
            .containsExactlyElementsOf(dump(COMMITTED.resolve(ExampleFiles.XLS)));
    }

    @Test
    void olderStyleXlsHasTheSameCells() throws IOException {
        assertThat(dump(fresh.resolve(ExampleFiles.OLDER)))
            .as("regenerate with ExampleFiles and commit the result")
            .containsExactlyElementsOf(dump(COMMITTED.resolve(ExampleFiles.OLDER)));
    }

    @Test
    void theOlderStyleRosterHoldsWhatTheReadmeSays() throws IOException {
        try (Workbook wb = WorkbookFactory.create(COMMITTED.resolve(ExampleFiles.OLDER).toFile(), null, true)) {
            Sheet sh = wb.getSheet("困难职工档案");
            Map<String, Integer> tiers = new HashMap<>();
            for (int r = 2; r <= 11; r++) tiers.merge(sh.getRow(r).getCell(12).getStringCellValue(), 1, Integer::sum);
            assertThat(tiers).isEqualTo(Map.of("低保户", 4, "低保边缘户", 3, "意外致困户", 2, "", 1));
            assertThat(sh.getRow(7).getCell(12).getStringCellValue()).isEmpty();
            assertThat(sh.getRow(4).getCell(2).getStringCellValue()).isEmpty();
            assertThat(sh.getRow(8).getCell(2).getStringCellValue()).isEmpty();
            assertThat(sh.getRow(2).getCell(14).getStringCellValue()).contains("单亲家庭");
            assertThat(sh.getRow(7).getCell(14).getStringCellValue()).isEqualTo("单亲家庭");
            assertThat(sh.getRow(6).getCell(14).getStringCellValue()).startsWith("企业经营困难");
            assertThat(sh.getRow(11).getCell(14).getStringCellValue()).isEqualTo("企业经营困难");
            String foreigner = sh.getRow(9).getCell(4).getStringCellValue();
            assertThat(foreigner).startsWith("953704");
            assertThat(Synth.checkDigit(foreigner)).isEqualTo(foreigner.charAt(17));
            assertThat(sh.getRow(4).getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            Sheet ledger = wb.getSheet("救助发放表");
            assertThat(ledger.getRow(9).getCell(6).getStringCellValue()).isEqualTo("乡镇财政");
            assertThat(ledger.getLastRowNum()).isEqualTo(12);
        }
    }

    @Test
    void mistakesAreWhereTheReadmeSaysTheyAre() throws IOException {
        try (Workbook wb = WorkbookFactory.create(COMMITTED.resolve(ExampleFiles.XLS).toFile(), null, true)) {
            Sheet sh = wb.getSheet("困难职工档案");
            String okId = sh.getRow(2).getCell(4).getStringCellValue();
            assertThat(Synth.checkDigit(okId)).isEqualTo(okId.charAt(17));
            String badId = sh.getRow(3).getCell(4).getStringCellValue();
            assertThat(Synth.checkDigit(badId)).isNotEqualTo(badId.charAt(17));
            assertThat(sh.getRow(4).getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sh.getRow(5).getCell(15).getStringCellValue()).isEqualTo("2024-02-30");
            assertThat(sh.getRow(6).getCell(10).getStringCellValue()).isEqualTo("不详");
            assertThat(sh.getRow(8).getCell(13).getStringCellValue()).isEqualTo("特别困难");
            assertThat(sh.getRow(9).getCell(4).getStringCellValue()).isEqualTo(okId);
            String id11 = sh.getRow(10).getCell(4).getStringCellValue();
            String sex11 = (id11.charAt(16) - '0') % 2 == 1 ? "男" : "女";
            assertThat(sh.getRow(10).getCell(2).getStringCellValue()).isNotEqualTo(sex11);
            Row r12 = sh.getRow(11);
            double expected = Math.round(r12.getCell(10).getNumericCellValue() / 12 / r12.getCell(9).getNumericCellValue() * 100) / 100.0;
            assertThat(Math.abs(r12.getCell(11).getNumericCellValue() - expected)).isGreaterThan(10);
        }
    }

    @Test
    void ledgerHasTheSameCells() throws IOException {
        assertThat(dump(fresh.resolve(ExampleFiles.LEDGER)))
            .as("regenerate with ExampleFiles and commit the result")
            .containsExactlyElementsOf(dump(COMMITTED.resolve(ExampleFiles.LEDGER)));
    }

    @Test
    void visitsHaveTheSameCells() throws IOException {
        assertThat(dump(fresh.resolve(ExampleFiles.VISITS)))
            .as("regenerate with ExampleFiles and commit the result")
            .containsExactlyElementsOf(dump(COMMITTED.resolve(ExampleFiles.VISITS)));
    }

    /** Filing date (and last allowed day) of every household that loads from the three rosters. */
    static Map<String, ExampleFiles.Household> loaded() {
        Map<String, ExampleFiles.Household> m = new HashMap<>();
        for (ExampleFiles.Household h : ExampleFiles.loadedHouseholds()) {
            m.put(h.id, h);
        }
        return m;
    }

    @Test
    void ledgerMistakesAreWhereTheReadmeSaysTheyAre() throws IOException {
        Map<String, ExampleFiles.Household> loaded = loaded();
        assertThat(loaded).hasSize(23);
        try (Workbook wb = WorkbookFactory.create(COMMITTED.resolve(ExampleFiles.LEDGER).toFile(), null, true)) {
            Sheet sh = wb.getSheet("救助发放表");
            assertThat(sh.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年困难职工帮扶资金发放表");
            List<Integer> unknown = new ArrayList<>();
            List<Integer> zero = new ArrayList<>();
            List<Integer> badCard = new ArrayList<>();
            List<String> methods = new ArrayList<>();
            Map<String, Integer> firstRow = new HashMap<>();
            List<String> duplicates = new ArrayList<>();
            int rows = 0;
            for (int r = 2; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                rows++;
                int excel = r + 1;
                assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.STRING);
                assertThat(row.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("@");
                String id = row.getCell(2).getStringCellValue();
                LocalDate paid = row.getCell(6).getLocalDateTimeCellValue().toLocalDate();
                double amount = row.getCell(5).getNumericCellValue();
                ExampleFiles.Household h = loaded.get(id);
                if (h == null) {
                    unknown.add(excel);
                } else {
                    assertThat(paid).as("row " + excel).isAfterOrEqualTo(h.filed)
                        .isBeforeOrEqualTo(ExampleFiles.latest(h));
                }
                if (amount == 0) {
                    zero.add(excel);
                }
                String method = row.getCell(8).getStringCellValue();
                methods.add(method);
                Cell card = row.getCell(10);
                if (method.equals("银行卡")) {
                    assertThat(card.getCellType()).isEqualTo(CellType.STRING);
                    String number = card.getStringCellValue();
                    assertThat(number.length()).isBetween(16, 19);
                    if (!ExampleFiles.luhnValid(number)) {
                        badCard.add(excel);
                    }
                }
                String key = id + "|" + row.getCell(4).getStringCellValue() + "|" + paid + "|" + amount;
                Integer before = firstRow.putIfAbsent(key, excel);
                if (before != null) {
                    duplicates.add(before + "=" + excel);
                }
            }
            assertThat(rows).isEqualTo(60);
            assertThat(unknown).containsExactly(32);
            assertThat(zero).containsExactly(20);
            assertThat(badCard).containsExactly(55);
            assertThat(duplicates).containsExactly("44=47");
            assertThat(methods.stream().filter("现金"::equals).count()).isEqualTo(3);
            assertThat(methods.stream().filter("实物"::equals).count()).isEqualTo(1);
        }
    }

    @Test
    void visitMistakeIsWhereTheReadmeSaysItIs() throws IOException {
        Map<String, ExampleFiles.Household> loaded = loaded();
        try (Workbook wb = WorkbookFactory.create(COMMITTED.resolve(ExampleFiles.VISITS).toFile(), null, true)) {
            Sheet sh = wb.getSheet("走访记录");
            Map<String, Integer> perHousehold = new HashMap<>();
            List<Integer> future = new ArrayList<>();
            int rows = 0;
            for (int r = 1; r <= sh.getLastRowNum(); r++) {
                Row row = sh.getRow(r);
                rows++;
                String id = row.getCell(2).getStringCellValue();
                ExampleFiles.Household h = loaded.get(id);
                assertThat(h).as("row " + (r + 1)).isNotNull();
                perHousehold.merge(id, 1, Integer::sum);
                LocalDate on = row.getCell(3).getLocalDateTimeCellValue().toLocalDate();
                if (on.getYear() != 2024) {
                    future.add(r + 1);
                    assertThat(on).isEqualTo(LocalDate.of(2030, 1, 15));
                } else {
                    assertThat(on).as("row " + (r + 1)).isAfter(h.filed).isBeforeOrEqualTo(ExampleFiles.latest(h));
                }
            }
            assertThat(rows).isEqualTo(39);
            assertThat(future).containsExactly(22);
            assertThat(perHousehold).hasSize(21);
            assertThat(perHousehold.values().stream().filter(n -> n == 1).count()).isEqualTo(3);
        }
    }

    /** Every cell's position, type, value (formula text plus cached value), number format; merges; hidden columns. */
    static List<String> dump(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
            for (Sheet sh : wb) {
                out.add("sheet " + sh.getSheetName());
                for (CellRangeAddress m : sh.getMergedRegions()) {
                    out.add("merged " + m.formatAsString());
                }
                for (int c = 0; c < 40; c++) {
                    if (sh.isColumnHidden(c)) {
                        out.add("hidden column " + c);
                    }
                }
                for (Row row : sh) {
                    for (Cell cell : row) {
                        StringBuilder sb = new StringBuilder();
                        sb.append(cell.getAddress().formatAsString()).append(' ').append(cell.getCellType())
                            .append(" [").append(cell.getCellStyle().getDataFormatString()).append("] ");
                        CellType t = cell.getCellType();
                        if (t == CellType.FORMULA) {
                            sb.append('=').append(cell.getCellFormula()).append(" cached ");
                            t = cell.getCachedFormulaResultType();
                        }
                        switch (t) {
                            case STRING:
                                sb.append(cell.getStringCellValue());
                                break;
                            case NUMERIC:
                                sb.append(Double.toString(cell.getNumericCellValue()));
                                break;
                            case BOOLEAN:
                                sb.append(cell.getBooleanCellValue());
                                break;
                            default:
                                break;
                        }
                        out.add(sb.toString());
                    }
                }
            }
        }
        return out;
    }

    /** Prints the dump of a file, handy when writing the README: java ... ExampleFilesTest FILE. */
    public static void main(String[] args) throws IOException {
        dump(Path.of(args[0])).forEach(System.out::println);
    }
}
