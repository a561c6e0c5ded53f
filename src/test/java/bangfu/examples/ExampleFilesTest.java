package bangfu.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

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
