package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class XlsReaderTest {
    @TempDir
    Path dir;

    private CollectingSink read(Path file) throws UnreadableFileException {
        CollectingSink sink = new CollectingSink();
        Spreadsheets.read(file, ReadOptions.defaults(), sink, ReadProgress.NONE);
        return sink;
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void randomWorkbookReadsLikeTheValuesPutIn(long seed) throws Exception {
        RandomWorkbook book = new RandomWorkbook(new HSSFWorkbook(), seed, true, true, false)
                .sheet("名单", 60, 12).sheet("Second", 20, 30);
        Path file = dir.resolve("roster.xls");
        book.write(file);
        CollectingSink sink = read(file);
        assertThat(sink.sheets.keySet()).containsExactly("名单", "Second");
        for (var e : book.expected.entrySet()) {
            assertThat(sink.rows(e.getKey())).containsExactlyElementsOf(e.getValue());
        }
        assertThat(sink.ended).isEqualTo(2);
    }

    @Test
    void the1904DateSystemIsHonoured() throws Exception {
        Path file = dir.resolve("mac.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            for (var r : wb.getInternalWorkbook().getWorkbookRecordList().getRecords()) {
                if (r instanceof DateWindow1904Record w) w.setWindowing((short) 1);
            }
            CellStyle date = wb.createCellStyle();
            date.setDataFormat((short) 14);
            var cell = wb.createSheet("Mac").createRow(0).createCell(0);
            cell.setCellValue((double) ChronoUnit.DAYS.between(LocalDate.of(1904, 1, 1), LocalDate.of(2024, 1, 1)));
            cell.setCellStyle(date);
            wb.write(out);
        }
        assertThat(read(file).rows("Mac").get(0).cells()).containsExactly(new Cell(CellKind.DATE, "2024-01-01"));
    }

    @Test
    void passwordProtectedWorkbookIsUnreadable() throws Exception {
        Path file = dir.resolve("locked.xls");
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Row row = wb.createSheet("S").createRow(0);
            row.createCell(0).setCellValue("x");
            wb.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file));
        assertThat(e.reason().key()).isEqualTo("sheet.encrypted");
        assertThat(e.reason().args()).containsExactly("locked.xls");
    }

    @Test
    void exceptionsFromTheSinkPropagateUnchanged() throws Exception {
        Path file = dir.resolve("s.xls");
        new RandomWorkbook(new HSSFWorkbook(), 3, false, false, false).sheet("S", 10, 4).write(file);
        IllegalStateException boom = new IllegalStateException("database locked");
        CollectingSink failing = new CollectingSink() {
            @Override
            public void startSheet(String name) {
                throw boom;
            }
        };
        assertThat(assertThrows(IllegalStateException.class,
                () -> Spreadsheets.read(file, ReadOptions.defaults(), failing, ReadProgress.NONE))).isSameAs(boom);
    }

    @Test
    void rowNumbersAreAsExcelShowsThem() throws Exception {
        Path file = dir.resolve("rows.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = wb.createSheet("S");
            sheet.createRow(2).createCell(1).setCellValue("b3");
            sheet.createRow(9).createCell(0).setCellValue(7);
            wb.write(out);
        }
        List<RawRow> rows = read(file).rows("S");
        assertThat(rows).containsExactly(new RawRow(3, List.of(Cell.BLANK, Cell.text("b3"))),
                new RawRow(10, List.of(new Cell(CellKind.NUMBER, "7"))));
    }
}
