package bangfu.sheet;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Which cell styles of an .xlsx show numbers as dates; nothing else about styles matters here. */
final class XlsxStyles {
    static final XlsxStyles NONE = new XlsxStyles(new boolean[0]);

    private static final byte[] NUM_FMT = XmlScanner.bytes("numFmt");
    private static final byte[] CELL_XFS = XmlScanner.bytes("cellXfs");
    private static final byte[] XF = XmlScanner.bytes("xf");
    private static final byte[] NUM_FMT_ID = XmlScanner.bytes("numFmtId");
    private static final byte[] FORMAT_CODE = XmlScanner.bytes("formatCode");

    private final boolean[] dateStyle;

    private XlsxStyles(boolean[] dateStyle) {
        this.dateStyle = dateStyle;
    }

    static XlsxStyles read(XmlScanner xml) throws IOException {
        Map<Integer, String> customFormats = new HashMap<>();
        boolean[] dates = new boolean[64];
        int xfCount = 0;
        boolean inCellXfs = false;
        int ev;
        while ((ev = xml.next()) != XmlScanner.EOF) {
            if (ev == XmlScanner.START) {
                if (xml.is(NUM_FMT)) {
                    int id = xml.attrInt(NUM_FMT_ID, -1);
                    String code = xml.attrValue(FORMAT_CODE);
                    if (id >= 0 && code != null) customFormats.put(id, code);
                } else if (xml.is(CELL_XFS)) {
                    inCellXfs = !xml.selfClosing();
                } else if (xml.is(XF) && inCellXfs) {
                    int id = xml.attrInt(NUM_FMT_ID, 0);
                    if (xfCount == dates.length) dates = Arrays.copyOf(dates, xfCount * 2);
                    dates[xfCount++] = ExcelValues.isDateFormat(id, customFormats.get(id));
                }
            } else if (xml.is(CELL_XFS)) {
                inCellXfs = false;
            }
        }
        return new XlsxStyles(Arrays.copyOf(dates, xfCount));
    }

    boolean isDate(int styleIndex) {
        return styleIndex >= 0 && styleIndex < dateStyle.length && dateStyle[styleIndex];
    }
}
