package bangfu;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * An .xlsx package written byte by byte, for what POI would not write: Excel's own escapes, a stray cell on
 * the last row of the sheet, millions of empty shared strings. One sheet named 花名册.
 */
public final class HandMadeXlsx {
    /** Writes a part's XML; large parts are streamed, never built in memory. */
    public interface Part {
        void writeTo(Writer out) throws IOException;
    }

    private HandMadeXlsx() {
    }

    public static void write(Path file, String sheetXml, String sharedStringsXml) throws IOException {
        write(file, out -> out.write(sheetXml), sharedStringsXml == null ? null : out -> out.write(sharedStringsXml));
    }

    public static void write(Path file, Part sheet, Part sharedStrings) throws IOException {
        try (OutputStream bytes = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            put(zip, "[Content_Types].xml", w -> w.write("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                    <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                    <Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
                    </Types>"""));
            put(zip, "_rels/.rels", w -> w.write("""
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                    </Relationships>"""));
            put(zip, "xl/workbook.xml", w -> w.write("""
                    <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
                     xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                    <sheets><sheet name="花名册" sheetId="1" r:id="rId1"/></sheets>
                    </workbook>"""));
            put(zip, "xl/_rels/workbook.xml.rels", w -> w.write("""
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                    <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
                    </Relationships>"""));
            put(zip, "xl/worksheets/sheet1.xml", sheet);
            if (sharedStrings != null) put(zip, "xl/sharedStrings.xml", sharedStrings);
        }
    }

    /** A worksheet part around the given rows ({@code <row>} elements). */
    public static String sheet(String rows) {
        return "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + rows
                + "</sheetData></worksheet>";
    }

    /** A row of inline strings from column A on. */
    public static String row(int number, String... texts) {
        StringBuilder s = new StringBuilder("<row r=\"" + number + "\">");
        for (int i = 0; i < texts.length; i++) {
            if (texts[i] == null) continue;
            s.append("<c r=\"").append((char) ('A' + i)).append(number).append("\" t=\"inlineStr\"><is><t>")
                    .append(texts[i]).append("</t></is></c>");
        }
        return s.append("</row>").toString();
    }

    private static void put(ZipOutputStream zip, String name, Part part) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
        part.writeTo(w);
        w.flush();
        zip.closeEntry();
    }
}
