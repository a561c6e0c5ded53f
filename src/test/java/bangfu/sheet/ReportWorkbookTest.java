package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import bangfu.model.Denomination;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import java.io.File;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hand-made report with known numbers, written and read back with POI. */
class ReportWorkbookTest {
    @TempDir Path tmp;

    private static Message text(String s) {
        return Message.of("fixture.text", s);
    }

    /**
     * Assistance by kind: 生活救助 12 households, 30 times, 12,345.67 元; of which 农民工 3, 5, 1,000.00 元;
     * a label that looks like a formula; 医疗救助 4, 4, 80,000.05 元; the total 16, 34, 92,345.72 元.
     */
    static Report fixture() {
        ReportTable assistance = new ReportTable("assistance", text("救助按类型"), List.of(
                new Column("kind", text("救助类型"), Type.TEXT),
                new Column("households", text("户数"), Type.COUNT),
                new Column("times", text("人次"), Type.COUNT),
                new Column("amount", text("金额"), Type.MONEY),
                new Column("share", text("占比"), Type.SHARE)), List.of(
                new Row(RowKind.DATA, Arrays.asList("生活救助", 12L, 30L, 1_234_567L, new BigDecimal("0.1337"))),
                new Row(RowKind.OF_WHICH, Arrays.asList("其中：农民工", 3L, 5L, 100_000L, new BigDecimal("0.0108"))),
                new Row(RowKind.DATA, Arrays.asList("=HYPERLINK(\"x\")", 0L, 0L, 0L, BigDecimal.ZERO)),
                new Row(RowKind.DATA, Arrays.asList("医疗救助", 4L, 4L, 8_000_005L, new BigDecimal("0.8663"))),
                new Row(RowKind.TOTAL, Arrays.asList("合计", 16L, 34L, 9_234_572L, BigDecimal.ONE))),
                List.of(text("人次：每笔发放计一次。")));
        ReportTable files = new ReportTable("files", text("各年在档户数：2022/2024 [汇总表] 与历年变化情况对照"), List.of(
                new Column("year", text("年度"), Type.TEXT),
                new Column("files", text("在档户数"), Type.COUNT),
                new Column("since", text("统计日"), Type.DATE)), List.of(
                new Row(RowKind.DATA, Arrays.asList("2022", 20L, LocalDate.of(2022, 12, 31))),
                new Row(RowKind.DATA, Arrays.asList("2023", 25L, LocalDate.of(2023, 12, 31))),
                new Row(RowKind.DATA, Arrays.asList("2024", 31L, null))),
                List.of());
        return new Report("yearly", Message.of("fixture.title", 2024),
                List.of(Message.of("fixture.line", "东城区总工会 · 2024-01-01 至 2024-12-31")),
                List.of(assistance, files),
                List.of(new Report.Chart("assistance", text("金额按类型"), Report.Shape.BAR, "kind", List.of("amount", "times")),
                        new Report.Chart("assistance", text("金额构成"), Report.Shape.PIE, "kind", List.of("amount")),
                        new Report.Chart("files", text("历年在档户数"), Report.Shape.LINE, "year", List.of("files"))));
    }

    private Path written(Denomination unit) {
        Path out = tmp.resolve("report.xlsx");
        ReportWorkbook.write(fixture(), Lang.ZH, unit, out);
        return out;
    }

    @Test
    void sheetsInTableOrderWithTitlesAndFrozenHeader() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(written(Denomination.YUAN).toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            assertThat(wb.getSheetName(0)).isEqualTo("救助按类型");
            // 31 characters at most, no []:*?/\ characters
            String second = wb.getSheetName(1);
            assertThat(second.codePointCount(0, second.length())).isLessThanOrEqualTo(31);
            assertThat(second).doesNotContainPattern("[\\[\\]:*?/\\\\]").startsWith("各年在档户数：2022_2024 _汇总表_");
            XSSFSheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("2024年度困难职工帮扶统计");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("东城区总工会 · 2024-01-01 至 2024-12-31");
            assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("救助按类型");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("金额（元）");
            PaneInformation pane = sheet.getPaneInformation();
            assertThat(pane.isFreezePane()).isTrue();
            assertThat(pane.getHorizontalSplitPosition()).isEqualTo((short) 5);
            assertThat(pane.getVerticalSplitPosition()).isZero();
            assertThat(sheet.getRepeatingRows()).hasToString(new org.apache.poi.ss.util.CellRangeAddress(4, 4, -1, -1).toString());
        }
    }

    @Test
    void numbersAreNumericCellsInTheChosenDenominationWithTheirFormats() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(written(Denomination.YUAN).toFile())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            XSSFCell amount = sheet.getRow(5).getCell(3);
            assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(amount.getNumericCellValue()).isEqualTo(12345.67);
            assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
            XSSFCell count = sheet.getRow(5).getCell(2);
            assertThat(count.getNumericCellValue()).isEqualTo(30.0);
            assertThat(count.getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            XSSFCell share = sheet.getRow(5).getCell(4);
            assertThat(share.getNumericCellValue()).isEqualTo(0.1337);
            assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(sheet.getRow(9).getCell(3).getNumericCellValue()).isEqualTo(92345.72);
            XSSFSheet years = wb.getSheetAt(1);
            XSSFCell date = years.getRow(5).getCell(2);
            assertThat(date.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2022, 12, 31));
            assertThat(years.getRow(7).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(written(Denomination.WAN_YUAN).toFile())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            // 12,345.67 元 = 1.2 万元; 92,345.72 元 = 9.2 万元 (rounded once from fen)
            assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1.2);
            assertThat(sheet.getRow(9).getCell(3).getNumericCellValue()).isEqualTo(9.2);
            assertThat(sheet.getRow(5).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.0");
            assertThat(sheet.getRow(4).getCell(3).getStringCellValue()).isEqualTo("金额（万元）");
        }
    }

    @Test
    void totalsBoldOfWhichIndentedFormulaLookingTextStaysText() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(written(Denomination.YUAN).toFile())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            for (int c = 0; c < 5; c++) {
                assertThat(wb.getFontAt(sheet.getRow(9).getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
                assertThat(wb.getFontAt(sheet.getRow(5).getCell(c).getCellStyle().getFontIndex()).getBold()).isFalse();
            }
            assertThat(sheet.getRow(6).getCell(0).getCellStyle().getIndention()).isPositive();
            assertThat(sheet.getRow(5).getCell(0).getCellStyle().getIndention()).isZero();
            XSSFCell formulaLike = sheet.getRow(7).getCell(0);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
            // widths count Chinese double: 其中：农民工 is 12 cells wide plus the indent
            assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo(14 * 256);
            assertThat(sheet.getRow(11).getCell(0).getStringCellValue()).isEqualTo("人次：每笔发放计一次。");
        }
    }

    @Test
    void chartsReferenceTheDataRowsOfTheirTable() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(written(Denomination.YUAN).toFile())) {
            XSSFSheet sheet = wb.getSheetAt(0);
            List<XSSFChart> charts = sheet.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(2);
            XDDFChartData bar = charts.get(0).getChartSeries().get(0);
            assertThat(bar).isInstanceOf(XDDFBarChartData.class);
            assertThat(bar.getSeriesCount()).isEqualTo(2);
            // DATA rows are Excel rows 6, 8 and 9: the "of which" row 7 and the total row 10 are left out
            String q = "'救助按类型'!";
            assertThat(bar.getSeries(0).getCategoryData().getDataRangeReference())
                    .isEqualTo("(" + q + "$A$6," + q + "$A$8:$A$9)");
            assertThat(bar.getSeries(0).getValuesData().getDataRangeReference())
                    .isEqualTo("(" + q + "$D$6," + q + "$D$8:$D$9)");
            assertThat(bar.getSeries(1).getValuesData().getDataRangeReference())
                    .isEqualTo("(" + q + "$C$6," + q + "$C$8:$C$9)");
            assertThat(bar.getSeries(0).getValuesData().getPointAt(2)).isEqualTo(80000.05);
            assertThat(charts.get(0).getTitleText().getString()).isEqualTo("金额按类型");
            assertThat(charts.get(1).getChartSeries().get(0)).isInstanceOf(XDDFPieChartData.class);

            List<XSSFChart> lines = wb.getSheetAt(1).getDrawingPatriarch().getCharts();
            assertThat(lines).hasSize(1);
            XDDFChartData line = lines.get(0).getChartSeries().get(0);
            assertThat(line).isInstanceOf(XDDFLineChartData.class);
            String sheet2 = "'" + wb.getSheetName(1) + "'!";
            assertThat(line.getSeries(0).getValuesData().getDataRangeReference()).isEqualTo(sheet2 + "$B$6:$B$8");
            assertThat(line.getSeries(0).getCategoryData().getDataRangeReference()).isEqualTo(sheet2 + "$A$6:$A$8");
        }
    }

    @Test
    void sheetNamesAreShortenedCleanedAndUnique() {
        var taken = new HashSet<String>();
        assertThat(ReportWorkbook.sheetName("救助", taken)).isEqualTo("救助");
        assertThat(ReportWorkbook.sheetName("救助", taken)).isEqualTo("救助 (2)");
        assertThat(ReportWorkbook.sheetName("a/b:c*d?e[f]g\\h", taken)).isEqualTo("a_b_c_d_e_f_g_h");
        String longName = "x".repeat(40);
        assertThat(ReportWorkbook.sheetName(longName, taken)).hasSize(31);
        assertThat(ReportWorkbook.sheetName(longName, taken)).hasSize(31).endsWith(" (2)");
        assertThat(ReportWorkbook.sheetName("'quoted'", taken)).isEqualTo("quoted");
    }

    @Test
    void anUnwritableFolderIsOneClearMessageAndLeavesNothing() throws Exception {
        Path missing = tmp.resolve("no-such-folder").resolve("r.xlsx");
        assertThatThrownBy(() -> ReportWorkbook.write(fixture(), Lang.EN, Denomination.YUAN, missing))
                .isInstanceOf(UnwritableFileException.class)
                .satisfies(e -> assertThat(((UnwritableFileException) e).reason().render(Lang.EN))
                        .contains("r.xlsx").contains("does not exist"));
        assertThatThrownBy(() -> ReportWorkbook.write(fixture(), Lang.EN, Denomination.YUAN, tmp))
                .isInstanceOf(UnwritableFileException.class);
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void anExistingFileIsReplacedWholeAndNoTemporaryFileRemains() throws Exception {
        Path out = tmp.resolve("report.xlsx");
        Files.writeString(out, "old");
        ReportWorkbook.write(fixture(), Lang.EN, Denomination.YUAN, out);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
        }
    }

    @Test
    void aFailureWhileBuildingLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path out = tmp.resolve("report.xlsx");
        Files.writeString(out, "old");
        Report fixture = fixture();
        Report broken = new Report(fixture.id(), fixture.title(), fixture.subtitle(), fixture.tables(),
                List.of(new Report.Chart("assistance", text("x"), Report.Shape.BAR, "kind", List.of("no_such_column"))));
        assertThatThrownBy(() -> ReportWorkbook.write(broken, Lang.EN, Denomination.YUAN, out))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(out)).isEqualTo("old");
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("report.xlsx");
        }
    }

    /** LibreOffice must open the workbook and draw it; only where soffice is installed (not on CI). */
    @Test
    void libreOfficeConvertsTheWorkbook() throws Exception {
        String soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
        assumeTrue(soffice != null, "soffice not installed");
        Path out = written(Denomination.YUAN);
        Path pdfDir = Files.createDirectory(tmp.resolve("pdf"));
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", pdfDir.toString(), out.toString()));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log;
        try (InputStream in = p.getInputStream()) {
            log = new String(in.readAllBytes());
        }
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        Path pdf = pdfDir.resolve("report.pdf");
        assertThat(pdf).exists();
        assertThat(Files.size(pdf)).isGreaterThan(1000);
    }
}
