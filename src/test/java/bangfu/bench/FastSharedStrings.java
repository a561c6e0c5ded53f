package bangfu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFFactory;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A write-only shared-strings table for plain strings. POI's own table turns every added string
 * into an XMLBeans object and serialises it to find duplicates (about 1 ms per row of 20 string
 * cells here), which makes a 1M-row roster take a quarter of an hour; this one keeps a HashMap and
 * writes the same {@code xl/sharedStrings.xml} (count, uniqueCount, one {@code <si><t>} per string).
 */
final class FastSharedStrings extends SharedStringsTable {

    private final Map<String, Integer> index = new HashMap<>(1 << 20);
    private final List<String> strings = new ArrayList<>(1 << 20);
    private int total;

    /** Factory that hands the workbook this table instead of POI's. */
    static final class Factory extends XSSFFactory {
        @Override
        public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
            if (descriptor == XSSFRelation.SHARED_STRINGS) {
                return new FastSharedStrings();
            }
            return super.newDocumentPart(descriptor);
        }
    }

    @Override
    public int addSharedStringItem(RichTextString string) {
        return add(string.getString());
    }

    /** Index of {@code s} in the table, adding it if new. */
    int add(String s) {
        total++;
        Integer i = index.get(s);
        if (i != null) {
            return i;
        }
        int n = strings.size();
        strings.add(s);
        index.put(s, n);
        return n;
    }

    @Override
    public RichTextString getItemAt(int idx) {
        return new XSSFRichTextString(strings.get(idx));
    }

    @Override
    public int getCount() {
        return total;
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + total
            + "\" uniqueCount=\"" + strings.size() + "\">");
        for (String s : strings) {
            w.write("<si><t");
            if (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1)))) {
                w.write(" xml:space=\"preserve\"");
            }
            w.write('>');
            escape(w, s);
            w.write("</t></si>");
        }
        w.write("</sst>");
        w.flush();
    }

    @Override
    protected void commit() throws IOException {
        PackagePart part = getPackagePart();
        try (OutputStream out = part.getOutputStream()) {
            writeTo(out);
        }
    }

    private static void escape(Writer w, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&':
                    w.write("&amp;");
                    break;
                case '<':
                    w.write("&lt;");
                    break;
                case '>':
                    w.write("&gt;");
                    break;
                default:
                    w.write(c);
            }
        }
    }
}
