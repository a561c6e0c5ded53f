package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsxReaderTest {
    @TempDir
    Path dir;

    private CollectingSink read(Path file) throws UnreadableFileException {
        CollectingSink sink = new CollectingSink();
        Spreadsheets.read(file, ReadOptions.defaults(), sink, ReadProgress.NONE);
        return sink;
    }

    private void assertSameRows(CollectingSink sink, Map<String, List<RawRow>> expected) {
        assertThat(sink.sheets.keySet()).containsExactlyElementsOf(expected.keySet());
        for (var e : expected.entrySet()) {
            List<RawRow> got = sink.rows(e.getKey());
            assertThat(got).hasSameSizeAs(e.getValue());
            for (int i = 0; i < got.size(); i++) {
                assertThat(got.get(i)).as("sheet %s row %d", e.getKey(), e.getValue().get(i).number())
                        .isEqualTo(e.getValue().get(i));
            }
        }
        assertThat(sink.ended).isEqualTo(expected.size());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4})
    void randomWorkbookWithSharedStringsRichTextAndFormulas(long seed) throws Exception {
        RandomWorkbook book = new RandomWorkbook(new XSSFWorkbook(), seed, true, true, false)
                .sheet("名单", 60, 12).sheet("Second", 20, 30).sheet("空表", 0, 0);
        Path file = dir.resolve("roster.xlsx");
        book.write(file);
        assertSameRows(read(file), book.expected);
    }

    @Test
    void randomWorkbookInThe1904DateSystem() throws Exception {
        XSSFWorkbook wb = new XSSFWorkbook();
        var ct = wb.getCTWorkbook();
        (ct.isSetWorkbookPr() ? ct.getWorkbookPr() : ct.addNewWorkbookPr()).setDate1904(true);
        RandomWorkbook book = new RandomWorkbook(wb, 7, true, true, true).sheet("Mac", 50, 10);
        Path file = dir.resolve("mac.xlsx");
        book.write(file);
        assertSameRows(read(file), book.expected);
    }

    @Test
    void streamingWorkbookWithInlineStrings() throws Exception {
        RandomWorkbook book = new RandomWorkbook(new SXSSFWorkbook(), 11, false, false, false).sheet("Inline", 80, 15);
        Path file = dir.resolve("inline.xlsx");
        book.write(file);
        assertThat(zipEntryText(file, "xl/worksheets/sheet1.xml")).contains("inlineStr");
        assertSameRows(read(file), book.expected);
    }

    @Test
    void streamingWorkbookWithSharedStrings() throws Exception {
        RandomWorkbook book = new RandomWorkbook(new SXSSFWorkbook(null, 100, true, true), 12, false, true, false)
                .sheet("Shared", 80, 15).sheet("Two", 5, 3);
        Path file = dir.resolve("shared.xlsx");
        book.write(file);
        assertThat(zipEntryText(file, "xl/worksheets/sheet1.xml")).contains("t=\"s\"");
        assertSameRows(read(file), book.expected);
    }

    @Test
    void eighteenDigitIdTypedAsNumberKeepsFifteenDigits() throws Exception {
        Path file = dir.resolve("ids.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue(110101199003077777d);
            row.createCell(1).setCellValue(0.1 + 0.2);
            row.createCell(2).setCellValue(1234.5);
            row.createCell(3).setCellValue(-0.000125);
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RawRow row = read(file).rows("S").get(0);
        assertThat(row.cells()).extracting(Cell::text)
                .containsExactly("110101199003078000", "0.3", "1234.5", "-0.000125");
    }

    @Test
    void chineseBuiltInDateFormatsAreDates() throws Exception {
        Path file = dir.resolve("dates.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Row row = wb.createSheet("S").createRow(4);
            short[] ids = {14, 22, 27, 31, 36, 50, 57, 58};
            for (int i = 0; i < ids.length; i++) {
                CellStyle s = wb.createCellStyle();
                s.setDataFormat(ids[i]);
                var cell = row.createCell(i);
                cell.setCellValue(LocalDate.of(2024, 6, 2));
                cell.setCellStyle(s);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        RawRow row = read(file).rows("S").get(0);
        assertThat(row.number()).isEqualTo(5);
        assertThat(row.cells()).allSatisfy(c -> assertThat(c).isEqualTo(new Cell(CellKind.DATE, "2024-06-02")));
    }

    @Test
    void handWrittenSheetWithPrefixesEntitiesCdataAndMissingReferences() throws Exception {
        String sheet = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <!-- written by a web system -->
                <x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <x:dimension ref="A1:D4"/>
                <x:sheetData>
                <x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="s"><x:v>1</x:v></x:c></x:row>
                <x:row><x:c t="inlineStr"><x:is><x:r><x:t>A&amp;B &lt;&#x4E2D;&#22269;&gt;</x:t></x:r><x:r><x:t xml:space="preserve"> &quot;x&apos;</x:t></x:r></x:is></x:c><x:c><x:v>42</x:v></x:c><x:c s="1"><x:v>45445</x:v></x:c><x:c s="1"/></x:row>
                <x:row r="5" spans="1:4"><?pi here?><x:c r="B5" t="str"><x:f>A1&amp;"x"</x:f><x:v><![CDATA[<raw> & text]]></x:v></x:c><x:c r="C5"><x:f>1/0</x:f></x:c><x:c r="D5" t="d"><x:v>2024-06-02T08:30:00</x:v></x:c></x:row>
                <x:row r="6"><x:c r="A6" s="1"/><x:c r="B6" t="s"><x:v>2</x:v></x:c></x:row>
                <x:row r="7"><x:c r="A7" t="b"><x:v>1</x:v></x:c><x:c r="B7" t="e"><x:v>#DIV/0!</x:v></x:c><x:c r="C7" t="s"><x:v>3</x:v></x:c></x:row>
                </x:sheetData>
                <x:mergeCells count="1"><x:mergeCell ref="A1:B1"/></x:mergeCells>
                </x:worksheet>
                """;
        String strings = """
                <?xml version="1.0" encoding="UTF-8"?>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="4" uniqueCount="4">
                <si><t>姓名</t></si>
                <si><r><rPr><b/></rPr><t>身份</t></r><r><t>证号</t></r><rPh sb="0" eb="2"><t>シンブン</t></rPh></si>
                <si><t/></si>
                <si><t>last</t></si>
                </sst>
                """;
        String styles = """
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                <numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>
                <cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="176" applyNumberFormat="1"/></cellXfs>
                </styleSheet>
                """;
        Path file = dir.resolve("web-export.xlsx");
        writePackage(file, sheet, strings, styles, false);

        List<RawRow> rows = read(file).rows("数据");
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 5, 7);
        assertThat(rows.get(0).cells()).containsExactly(Cell.text("姓名"), Cell.BLANK, Cell.text("身份证号"));
        assertThat(rows.get(1).cells()).containsExactly(Cell.text("A&B <中国> \"x'"),
                new Cell(CellKind.NUMBER, "42"), new Cell(CellKind.DATE, "2024-06-02"));
        assertThat(rows.get(2).cells()).containsExactly(Cell.BLANK, Cell.text("<raw> & text"), Cell.BLANK,
                new Cell(CellKind.DATE, "2024-06-02T08:30"));
        assertThat(rows.get(3).cells()).containsExactly(new Cell(CellKind.BOOLEAN, "TRUE"),
                new Cell(CellKind.ERROR, "#DIV/0!"), Cell.text("last"));
    }

    @Test
    void sharedStringIndexOutOfRangeNamesTheCell() throws Exception {
        String sheet = "<worksheet><sheetData><row r=\"3\"><c r=\"B3\" t=\"s\"><v>9</v></c></row></sheetData></worksheet>";
        Path file = dir.resolve("bad.xlsx");
        writePackage(file, sheet, "<sst><si><t>a</t></si></sst>", "<styleSheet/>", false);
        UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
                () -> read(file));
        assertThat(e.reason().key()).isEqualTo("sheet.xlsx_bad_cell");
        assertThat(e.reason().args()).contains("bad.xlsx", "数据", "B3");
    }

    @Test
    void progressIsReportedAndEndsAtTheTotal() throws Exception {
        RandomWorkbook book = new RandomWorkbook(new XSSFWorkbook(), 5, false, false, false).sheet("S", 200, 5);
        Path file = dir.resolve("p.xlsx");
        book.write(file);
        List<long[]> calls = new ArrayList<>();
        Spreadsheets.read(file, ReadOptions.defaults(), new CollectingSink(), (d, t) -> calls.add(new long[] {d, t}));
        assertThat(calls).isNotEmpty();
        long[] last = calls.get(calls.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isPositive();
    }

    @Test
    void exceptionsFromTheSinkPropagateUnchanged() throws Exception {
        RandomWorkbook book = new RandomWorkbook(new XSSFWorkbook(), 5, false, false, false).sheet("S", 20, 5);
        Path file = dir.resolve("s.xlsx");
        book.write(file);
        IllegalStateException boom = new IllegalStateException("disk full");
        CollectingSink failing = new CollectingSink() {
            @Override
            public void row(RawRow row) {
                throw boom;
            }
        };
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> Spreadsheets.read(file, ReadOptions.defaults(), failing, ReadProgress.NONE));
        assertThat(thrown).isSameAs(boom);
    }

    @Test
    void millionsOfEmptySharedStringsInAFewKilobytesRanOutOfMemory() throws Exception {
        Path file = dir.resolve("bomb.xlsx");
        bangfu.HandMadeXlsx.write(file, out -> out.write(bangfu.HandMadeXlsx.sheet(bangfu.HandMadeXlsx.row(1, "姓名"))), out -> {
            out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"49999999\">");
            for (int i = 0; i < 3_000_000; i++) out.write("<si/>");
            out.write("</sst>");
        });
        assertThat(Files.size(file)).isLessThan(100_000);

        UnreadableFileException e = org.junit.jupiter.api.Assertions.assertThrows(UnreadableFileException.class,
                () -> Spreadsheets.read(file, ReadOptions.defaults(), new CollectingSink(), ReadProgress.NONE));
        assertThat(e.reason().key()).isEqualTo("sheet.zip_bomb_ratio");
        assertThat(e.reason().args()).contains("xl/sharedStrings.xml");
    }

    @Test
    void aGenuineSharedStringsTableIsNotABomb() throws Exception {
        Path file = dir.resolve("names.xlsx");
        bangfu.HandMadeXlsx.write(file, out -> out.write(bangfu.HandMadeXlsx.sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>199999</v></c></row>")), out -> {
            out.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
            for (int i = 0; i < 200_000; i++) out.write("<si><t>职工" + i + "</t></si>");
            out.write("</sst>");
        });
        CollectingSink sink = new CollectingSink();
        Spreadsheets.read(file, ReadOptions.defaults(), sink, ReadProgress.NONE);
        assertThat(sink.rows("花名册").get(0).cell(0).text()).isEqualTo("职工199999");
    }

    /** A minimal package; the 1904 switch and sheet name are fixed. */
    static void writePackage(Path file, String sheet, String strings, String styles, boolean date1904) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            put(zip, "_rels/.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>""");
            put(zip, "xl/workbook.xml", """
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                     xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <workbookPr date1904="%s"/>
                    <sheets><sheet name="图表" sheetId="2" r:id="rId9"/><sheet name="数据" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>""".formatted(date1904 ? "1" : "0"));
            put(zip, "xl/_rels/workbook.xml.rels", """
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="/xl/chartsheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="../xl/styles.xml"/>
                    </Relationships>""");
            put(zip, "xl/worksheets/sheet1.xml", sheet);
            put(zip, "xl/chartsheets/sheet1.xml", "<chartsheet/>");
            put(zip, "xl/sharedStrings.xml", strings);
            put(zip, "xl/styles.xml", styles);
        }
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.strip().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    static String zipEntryText(Path file, String entry) throws IOException {
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            return new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
