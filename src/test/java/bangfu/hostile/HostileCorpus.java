package bangfu.hostile;

import bangfu.HandMadeXlsx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Writes the committed corpus of hostile files in src/test/resources/hostile/ (run its main to write them
 * again): small files made to break a spreadsheet reader. Each name says what it is.
 */
public final class HostileCorpus {
    private HostileCorpus() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "src/test/resources/hostile"));
        Path examples = Path.of("examples");

        // Shared strings: 20 million empty ones in about 100 KB; held in memory they once needed gigabytes.
        HandMadeXlsx.write(out.resolve("shared-strings-bomb.xlsx"),
                w -> w.write(HandMadeXlsx.sheet(HandMadeXlsx.row(1, "姓名", "身份证号码", "所属工会"))), w -> {
                    w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" uniqueCount=\"20000000\">");
                    for (int i = 0; i < 20_000_000; i++) w.write("<si/>");
                    w.write("</sst>");
                });
        // A sheet part of 64 MiB of nothing, packed into a few dozen KB.
        HandMadeXlsx.write(out.resolve("sheet-bomb.xlsx"), w -> {
            w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            char[] spaces = new char[1 << 16];
            Arrays.fill(spaces, ' ');
            for (int i = 0; i < 1024; i++) w.write(spaces);
            w.write("</sheetData></worksheet>");
        }, null);
        // A header, no records, and values typed far below the table, down to Excel's last row.
        HandMadeXlsx.write(out.resolve("stray-column.xlsx"), HandMadeXlsx.sheet(
                HandMadeXlsx.row(1, "姓名", "身份证号码", "所属工会", "困难类别")
                        + "<row r=\"10\"><c r=\"H10\"><v>0</v></c></row>"
                        + "<row r=\"500000\"><c r=\"H500000\"><v>0</v></c></row>"
                        + "<row r=\"1048576\"><c r=\"H1048576\"><v>0</v></c></row>"), null);
        // External entities: a reader that resolves them would read a file of this machine.
        HandMadeXlsx.write(out.resolve("xxe.xlsx"), "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + HandMadeXlsx.sheet(HandMadeXlsx.row(1, "姓名", "身份证号码", "所属工会") + HandMadeXlsx.row(2, "&x;", "x", "x")),
                "<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&x;</t></si></sst>");
        // Entities inside entities: a billion "lol"s from a kilobyte.
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE s [<!ENTITY l0 \"lol\">");
        for (int i = 1; i <= 9; i++) laughs.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        laughs.append("]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&l9;</t></si></sst>");
        HandMadeXlsx.write(out.resolve("billion-laughs.xlsx"), HandMadeXlsx.sheet(
                "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"), laughs.toString());
        // Cells pointing where nothing is: beyond column XFD, at a shared string that does not exist.
        HandMadeXlsx.write(out.resolve("bad-cells.xlsx"), HandMadeXlsx.sheet(
                "<row r=\"1\"><c r=\"XFE1\" t=\"inlineStr\"><is><t>姓名</t></is></c><c r=\"A1\" t=\"s\"><v>99999999</v></c></row>"), null);
        // Zip entries with compression methods POI cannot read (an Error, not an Exception, in POI 5.5.1).
        Files.write(out.resolve("method-20.xlsx"), zipWithMethod(20));
        Files.write(out.resolve("method-93.xlsx"), zipWithMethod(93));
        // Cut off halfway, as a failed download or a full USB stick leaves it.
        byte[] whole = Files.readAllBytes(examples.resolve("花名册-东城区总工会-2024.xlsx"));
        Files.write(out.resolve("truncated.xlsx"), Arrays.copyOf(whole, whole.length / 2));
        byte[] xls = Files.readAllBytes(examples.resolve("花名册-南岗区总工会-2024.xls"));
        Files.write(out.resolve("truncated.xls"), Arrays.copyOf(xls, xls.length / 3));
        // Saved with a password to open.
        encrypted(examples.resolve("花名册-东城区总工会-2024.xlsx"), out.resolve("encrypted.xlsx"));
        // What web systems export under an .xls name.
        Files.writeString(out.resolve("html-table.xls"), "<html><head><meta charset=\"utf-8\"></head><body><table>"
                + "<tr><td>姓名</td><td>身份证号码</td><td>所属工会</td></tr><tr><td>张三</td><td>x</td><td>x</td></tr></table></body></html>");
        // Not a spreadsheet at all, under spreadsheet names.
        Files.write(out.resolve("empty.xlsx"), new byte[0]);
        Files.write(out.resolve("zip-of-nothing.xlsx"), zipOf("readme.txt", "nothing here"));
        byte[] noise = new byte[4096];
        new java.util.Random(20240601).nextBytes(noise);
        Files.write(out.resolve("noise.csv"), noise);
        Files.write(out.resolve("nul-bytes.csv"), "姓名,身份证号码,所属工会\n\0\0\0,\0\0,\0\n".getBytes(StandardCharsets.UTF_8));
        Files.writeString(out.resolve("unclosed-quote.csv"), "姓名,身份证号码,所属工会\n\"张三,x,x\n李四,y,y\n");
    }

    private static void encrypted(Path plain, Path target) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(Files.readAllBytes(plain)); // the package as it is, encrypted whole
            }
            try (OutputStream os = Files.newOutputStream(target)) {
                fs.writeFilesystem(os);
            }
        }
    }

    private static byte[] zipOf(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A tiny zip whose only entry claims compression method {@code method}. */
    public static byte[] zipWithMethod(int method) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setMethod(ZipOutputStream.STORED);
            byte[] data = "<x/>".getBytes(StandardCharsets.UTF_8);
            ZipEntry e = new ZipEntry("[Content_Types].xml");
            e.setSize(data.length);
            e.setCompressedSize(data.length);
            CRC32 crc = new CRC32();
            crc.update(data);
            e.setCrc(crc.getValue());
            zip.putNextEntry(e);
            zip.write(data);
            zip.closeEntry();
        }
        byte[] b = bytes.toByteArray();
        for (int i = 0; i + 4 < b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 3 && b[i + 3] == 4) b[i + 8] = (byte) method;
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) b[i + 10] = (byte) method;
        }
        return b;
    }
}
