package bangfu.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/**
 * The peers of the .xlsx reading benchmark: the first sheet of a workbook written out as CSV, without any
 * validation, by a bare JDK StAX loop ({@code stax}) or by fastexcel-reader ({@code fastexcel}). Numbers are
 * written as stored, shared strings resolved.
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/cp.txt) bangfu.bench.SheetToCsv stax|fastexcel FILE.xlsx OUT.csv
 * </pre>
 */
public final class SheetToCsv {
    private SheetToCsv() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: SheetToCsv stax|fastexcel FILE.xlsx OUT.csv");
            System.exit(2);
        }
        Path in = Path.of(args[1]);
        long rows;
        try (OutputStream os = Files.newOutputStream(Path.of(args[2]));
             Writer out = new BufferedWriter(new OutputStreamWriter(os, StandardCharsets.UTF_8), 1 << 16)) {
            rows = switch (args[0].toLowerCase(Locale.ROOT)) {
                case "stax" -> stax(in, out);
                case "fastexcel" -> fastexcel(in, out);
                default -> throw new IllegalArgumentException("stax or fastexcel, not " + args[0]);
            };
        }
        System.out.println(rows + " rows");
    }

    static long fastexcel(Path file, Writer out) throws IOException {
        long[] rows = {0};
        try (ReadableWorkbook wb = new ReadableWorkbook(file.toFile());
             Stream<Row> stream = wb.getFirstSheet().openStream()) {
            StringBuilder line = new StringBuilder(512);
            stream.forEach(r -> {
                line.setLength(0);
                int n = r.getCellCount();
                for (int i = 0; i < n; i++) {
                    if (i > 0) line.append(',');
                    org.dhatim.fastexcel.reader.Cell c = r.getCell(i);
                    if (c != null) field(line, c.getText());
                }
                line.append('\n');
                try {
                    out.append(line);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                rows[0]++;
            });
        }
        return rows[0];
    }

    static long stax(Path file, Writer out) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> strings = new ArrayList<>();
            ZipEntry sst = zip.getEntry("xl/sharedStrings.xml");
            if (sst != null) {
                try (InputStream in = zip.getInputStream(sst)) {
                    XMLStreamReader x = factory.createXMLStreamReader(in, "UTF-8");
                    StringBuilder text = new StringBuilder();
                    boolean inT = false;
                    while (x.hasNext()) {
                        int ev = x.next();
                        if (ev == XMLStreamConstants.START_ELEMENT) {
                            String n = x.getLocalName();
                            if (n.equals("si")) text.setLength(0);
                            else if (n.equals("t")) inT = true;
                        } else if (ev == XMLStreamConstants.CHARACTERS && inT) {
                            text.append(x.getText());
                        } else if (ev == XMLStreamConstants.END_ELEMENT) {
                            String n = x.getLocalName();
                            if (n.equals("t")) inT = false;
                            else if (n.equals("si")) strings.add(text.toString());
                        }
                    }
                }
            }
            long rows = 0;
            try (InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
                XMLStreamReader x = factory.createXMLStreamReader(in, "UTF-8");
                StringBuilder line = new StringBuilder(512);
                StringBuilder value = new StringBuilder();
                int column = 0;
                int cellColumn = 0;
                boolean shared = false;
                boolean inV = false;
                while (x.hasNext()) {
                    int ev = x.next();
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        String n = x.getLocalName();
                        if (n.equals("c")) {
                            String ref = x.getAttributeValue(null, "r");
                            cellColumn = ref == null ? column : columnOf(ref);
                            shared = "s".equals(x.getAttributeValue(null, "t"));
                            value.setLength(0);
                        } else if (n.equals("v") || n.equals("t")) {
                            inV = true;
                        } else if (n.equals("row")) {
                            line.setLength(0);
                            column = 0;
                        }
                    } else if (ev == XMLStreamConstants.CHARACTERS && inV) {
                        value.append(x.getText());
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        String n = x.getLocalName();
                        if (n.equals("v") || n.equals("t")) {
                            inV = false;
                        } else if (n.equals("c")) {
                            while (column < cellColumn) {
                                if (column > 0) line.append(',');
                                column++;
                            }
                            if (column > 0) line.append(',');
                            field(line, shared ? strings.get(Integer.parseInt(value.toString())) : value);
                            column++;
                        } else if (n.equals("row")) {
                            out.append(line).append('\n');
                            rows++;
                        }
                    }
                }
            }
            return rows;
        }
    }

    private static int columnOf(String ref) {
        int c = 0;
        for (int i = 0; i < ref.length(); i++) {
            char ch = ref.charAt(i);
            if (ch < 'A' || ch > 'Z') break;
            c = c * 26 + (ch - 'A' + 1);
        }
        return c - 1;
    }

    private static void field(StringBuilder line, CharSequence v) {
        boolean quote = false;
        for (int i = 0; i < v.length() && !quote; i++) {
            char ch = v.charAt(i);
            quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
        }
        if (!quote) {
            line.append(v);
            return;
        }
        line.append('"');
        for (int i = 0; i < v.length(); i++) {
            char ch = v.charAt(i);
            if (ch == '"') line.append('"');
            line.append(ch);
        }
        line.append('"');
    }
}
