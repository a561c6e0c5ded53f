package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bangfu.model.Lang;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnreadableFilesTest {
    @TempDir
    Path dir;

    private UnreadableFileException unreadable(Path file) {
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> Spreadsheets.read(file, ReadOptions.defaults(), new CollectingSink(), ReadProgress.NONE));
        assertThat(e.reason().args().get(0)).isEqualTo(file.getFileName().toString());
        for (Lang lang : Lang.values()) {
            String text = e.reason().render(lang);
            assertThat(text).isNotBlank().contains(file.getFileName().toString()).doesNotContain("\n");
        }
        return e;
    }

    private byte[] realWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("x");
            wb.write(out);
        }
        return out.toByteArray();
    }

    @Test
    void emptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        assertThat(unreadable(file).reason().key()).isEqualTo("sheet.empty");
    }

    @Test
    void missingFile() {
        assertThat(unreadable(dir.resolve("nowhere.xlsx")).reason().key()).isEqualTo("sheet.not_found");
    }

    @Test
    void truncatedZip() throws Exception {
        byte[] whole = realWorkbook();
        Path file = Files.write(dir.resolve("cut.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        assertThat(unreadable(file).reason().key()).isEqualTo("sheet.zip_corrupt");
    }

    @Test
    void randomBytesNamedXlsx() throws Exception {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        noise[0] = 'x';
        Path file = Files.write(dir.resolve("noise.xlsx"), noise);
        assertThat(unreadable(file).reason().key()).isEqualTo("sheet.not_spreadsheet");
    }

    @Test
    void htmlTableNamedXls() throws Exception {
        Path file = Files.write(dir.resolve("export.xls"),
                "\n<html><body><table><tr><td>姓名</td></tr></table></body></html>".getBytes(StandardCharsets.UTF_8));
        assertThat(unreadable(file).reason().key()).isEqualTo("sheet.html_disguised");
    }

    @Test
    void passwordProtectedXlsx() throws Exception {
        Path file = dir.resolve("locked.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "EncryptionInfo");
            fs.createDocument(new ByteArrayInputStream(new byte[600]), "EncryptedPackage");
            fs.writeFilesystem(out);
        }
        assertThat(unreadable(file).reason().key()).isEqualTo("sheet.encrypted");
    }

    @Test
    void zipEntryWithCompressionMethod93() throws Exception {
        Path file = Files.write(dir.resolve("zstd.xlsx"), bangfu.hostile.HostileCorpus.zipWithMethod(93));
        assertThat(unreadable(file).reason().key()).isIn("sheet.zip_method", "sheet.zip_corrupt");
    }

    @Test
    void zipEntryWithCompressionMethod20() throws Exception {
        Path file = Files.write(dir.resolve("m20.xlsx"), bangfu.hostile.HostileCorpus.zipWithMethod(20));
        assertThat(unreadable(file).reason().key()).isIn("sheet.zip_method", "sheet.zip_corrupt");
    }

    @Test
    void zipThatIsNotAWorkbook() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("hello".getBytes(StandardCharsets.UTF_8));
        }
        Path file = Files.write(dir.resolve("other.xlsx"), out.toByteArray());
        assertThat(unreadable(file).reason().key()).isEqualTo("sheet.not_a_workbook_zip");
    }

    @Test
    void zipWithTooManyParts() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i <= 10_000; i++) zip.putNextEntry(new ZipEntry("p" + i));
        }
        Path file = Files.write(dir.resolve("many.xlsx"), out.toByteArray());
        assertThat(unreadable(file).reason().key()).isEqualTo("sheet.too_many_parts");
    }

    @Test
    void damagedSheetXml() throws Exception {
        Path file = dir.resolve("broken.xlsx");
        XlsxReaderTest.writePackage(file, "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=",
                "<sst><si><t>a</t></si></sst>", "<styleSheet/>", false);
        UnreadableFileException e = unreadable(file);
        assertThat(e.reason().key()).isEqualTo("sheet.xlsx_damaged_sheet");
        assertThat(e.reason().args()).startsWith("broken.xlsx", "数据", "2");
    }
}
