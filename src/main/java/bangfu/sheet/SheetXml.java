package bangfu.sheet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Streams the rows of one worksheet part of an .xlsx into a sink. */
final class SheetXml {
    /** Thrown when a cell points at something that is not there; carries the cell for the message. */
    static final class BadCellException extends RuntimeException {
        final String cell;

        BadCellException(String cell, String detail) {
            super(detail);
            this.cell = cell;
        }
    }

    private static final byte[] ROW = XmlScanner.bytes("row");
    private static final byte[] C = XmlScanner.bytes("c");
    private static final byte[] V = XmlScanner.bytes("v");
    private static final byte[] IS = XmlScanner.bytes("is");
    private static final byte[] T = XmlScanner.bytes("t");
    private static final byte[] R = XmlScanner.bytes("r");
    private static final byte[] S = XmlScanner.bytes("s");
    private static final byte[] RPH = XmlScanner.bytes("rPh");
    private static final byte[] SHEET_DATA = XmlScanner.bytes("sheetData");
    private static final byte[] DIMENSION = XmlScanner.bytes("dimension");
    private static final byte[] REF = XmlScanner.bytes("ref");

    private static final int NUMBER = 0;
    private static final int SHARED = 1;
    private static final int INLINE = 2;
    private static final int FORMULA_TEXT = 3;
    private static final int BOOLEAN = 4;
    private static final int ERROR = 5;
    private static final int ISO_DATE = 6;

    private static final int MAX_COLUMNS = 16_384;
    private static final int PROGRESS_EVERY = 4096;

    private final SharedStrings strings;
    private final XlsxStyles styles;
    private final boolean date1904;

    private final List<Cell> cells = new ArrayList<>(32);
    /** Cells of whole numbers already read, by value: serial dates (up to 2079) and small numbers. */
    private final Cell[] dateCells = new Cell[65_536];
    private final Cell[] numberCells = new Cell[4_096];
    private int rowNumber;
    private int column;
    private int type;
    private int style;
    private boolean hasValue;

    SheetXml(SharedStrings strings, XlsxStyles styles, boolean date1904) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The row being read, for messages about damaged sheets. */
    int rowNumber() {
        return rowNumber;
    }

    /**
     * @param progress told the rows read so far, out of the rows the sheet's dimension names or else as many as
     *                 its {@code xmlSize} bytes of XML (-1 when unknown) hold at the rate read so far
     */
    void read(XmlScanner xml, RowSink sink, ReadProgress progress, long xmlSize) throws IOException {
        rowNumber = 0;
        long rows = 0;
        long expected = -1;
        boolean inRow = false;
        boolean inCell = false;
        boolean inInline = false;
        int phonetic = 0;
        int rowsSinceProgress = 0;
        int ev;
        while ((ev = xml.next()) != XmlScanner.EOF) {
            if (ev == XmlScanner.START) {
                if (xml.is(C)) {
                    if (!inRow) continue;
                    startCell(xml);
                    inCell = !xml.selfClosing(); // <c r="A5" s="3"/> is a styled empty cell

                } else if (xml.is(V)) {
                    if (inCell && !xml.selfClosing()) {
                        xml.textLen = 0;
                        xml.capture = true;
                    }
                } else if (xml.is(T)) {
                    if (inInline && phonetic == 0 && !xml.selfClosing()) xml.capture = true;
                } else if (xml.is(IS)) {
                    if (inCell) {
                        xml.textLen = 0;
                        hasValue = true;
                        inInline = !xml.selfClosing();
                    }
                } else if (xml.is(RPH)) {
                    if (!xml.selfClosing()) phonetic++;
                } else if (xml.is(DIMENSION)) {
                    expected = lastRow(xml);
                } else if (xml.is(ROW)) {
                    int r = xml.attrInt(R, -1);
                    rowNumber = r > 0 ? r : rowNumber + 1;
                    column = -1;
                    cells.clear();
                    inRow = !xml.selfClosing();
                }
            } else {
                if (xml.is(V)) {
                    if (xml.capture) {
                        xml.capture = false;
                        hasValue = true;
                    }
                } else if (xml.is(T)) {
                    if (inInline) xml.capture = false;
                } else if (xml.is(C)) {
                    if (inCell) {
                        xml.capture = false;
                        if (hasValue) endCell(xml);
                        inCell = false;
                        inInline = false;
                        phonetic = 0;
                    }
                } else if (xml.is(IS)) {
                    inInline = false;
                    xml.capture = false;
                } else if (xml.is(RPH)) {
                    phonetic = Math.max(0, phonetic - 1);
                } else if (xml.is(ROW)) {
                    if (inRow) endRow(sink);
                    inRow = false;
                    rows++;
                    if (++rowsSinceProgress == PROGRESS_EVERY) {
                        rowsSinceProgress = 0;
                        long total = expected > 0 ? Math.max(expected, rows)
                                : xmlSize > 0 ? Math.max(rows, rows * xmlSize / Math.max(1, xml.position())) : -1;
                        progress.advanced(rows, total);
                    }
                } else if (xml.is(SHEET_DATA)) {
                    progress.advanced(rows, rows);
                    break; // merged cells, print settings and the rest say nothing about values
                }
            }
        }
    }

    /** The last row of {@code <dimension ref="A1:W1000001"/>}, which Excel writes and others may not; -1 when absent. */
    private static long lastRow(XmlScanner xml) {
        int ref = xml.attr(REF);
        if (ref < 0) return -1;
        long row = 0;
        for (int i = 0; i < xml.attrLength(ref); i++) {
            int b = xml.attrByte(ref, i);
            if (b >= '0' && b <= '9') row = Math.min(row * 10 + (b - '0'), 1L << 31);
            else row = 0;
        }
        return row > 1 ? row : -1;
    }

    private void startCell(XmlScanner xml) {
        int r = xml.attr(R);
        int col = -1;
        if (r >= 0) {
            int len = xml.attrLength(r);
            int c = 0;
            int i = 0;
            for (; i < len; i++) {
                int b = xml.attrByte(r, i);
                if (b >= 'A' && b <= 'Z') c = c * 26 + (b - 'A' + 1);
                else if (b >= 'a' && b <= 'z') c = c * 26 + (b - 'a' + 1);
                else break;
                if (c > MAX_COLUMNS) throw new BadCellException(xml.attrValue(r), "column beyond XFD");
            }
            if (i > 0) col = c - 1;
        }
        column = col >= 0 ? col : column + 1;
        if (column >= MAX_COLUMNS) throw new BadCellException(ref(), "column beyond XFD");
        int t = xml.attr(T);
        type = t < 0 ? NUMBER : typeOf(xml, t);
        style = xml.attrInt(S, 0);
        hasValue = false;
    }

    private static int typeOf(XmlScanner xml, int t) {
        int len = xml.attrLength(t);
        if (len == 0) return NUMBER;
        byte first = xml.attrByte(t, 0);
        if (len == 1) {
            return switch (first) {
                case 's' -> SHARED;
                case 'b' -> BOOLEAN;
                case 'e' -> ERROR;
                case 'd' -> ISO_DATE;
                default -> NUMBER;
            };
        }
        if (first == 'i') return INLINE; // inlineStr
        if (first == 's') return FORMULA_TEXT; // str
        return NUMBER;
    }

    private void endCell(XmlScanner xml) {
        Cell cell = value(xml);
        if (cell == Cell.BLANK) return;
        while (cells.size() < column) cells.add(Cell.BLANK);
        if (cells.size() == column) cells.add(cell);
        else cells.set(column, cell);
    }

    private Cell value(XmlScanner xml) {
        if (xml.textLen == 0) return Cell.BLANK;
        switch (type) {
            case SHARED: {
                int index = sharedIndex(xml);
                if (index < 0 || index >= strings.size()) {
                    throw new BadCellException(ref(), "shared string " + xml.text() + " does not exist");
                }
                return strings.cell(index);
            }
            case INLINE:
            case FORMULA_TEXT:
                return Cell.text(ExcelValues.unescape(xml.text()));
            case BOOLEAN: {
                byte b = xml.text[0];
                return new Cell(CellKind.BOOLEAN, b == '1' || b == 't' || b == 'T' ? "TRUE" : "FALSE");
            }
            case ERROR:
                return new Cell(CellKind.ERROR, xml.text());
            case ISO_DATE: {
                String raw = xml.text();
                String iso = ExcelValues.isoDate(raw);
                return iso == null ? Cell.text(raw) : new Cell(CellKind.DATE, iso);
            }
            default: {
                int whole = smallWhole(xml);
                if (whole >= 0) {
                    // Dates of birth and filing, household sizes: a roster repeats the same few thousand numbers.
                    boolean date = styles.isDate(style);
                    Cell[] cache = date ? dateCells : numberCells;
                    if (whole < cache.length) {
                        Cell c = cache[whole];
                        if (c == null) cache[whole] = c = number(xml, date);
                        return c;
                    }
                }
                return number(xml, styles.isDate(style));
            }
        }
    }

    private Cell number(XmlScanner xml, boolean date) {
        String raw = new String(xml.text, 0, xml.textLen, StandardCharsets.ISO_8859_1);
        if (date) {
            try {
                String iso = ExcelValues.date(Double.parseDouble(raw), date1904);
                if (iso != null) return new Cell(CellKind.DATE, iso);
            } catch (NumberFormatException e) {
                return Cell.text(xml.text());
            }
        }
        String plain = ExcelValues.number(raw);
        return plain == null ? Cell.text(xml.text()) : new Cell(CellKind.NUMBER, plain);
    }

    /** The value when the stored number is a whole number below 10^5 written plainly ("45123", "45123.0"), else -1. */
    private static int smallWhole(XmlScanner xml) {
        int len = xml.textLen;
        byte[] t = xml.text;
        if (len == 0 || (t[0] == '0' && len > 1 && t[1] != '.')) return -1;
        int v = 0;
        int i = 0;
        for (; i < len && t[i] != '.'; i++) {
            int d = t[i] - '0';
            if (d < 0 || d > 9 || i == 5) return -1;
            v = v * 10 + d;
        }
        if (i == 0) return -1;
        if (i < len && i + 1 == len) return -1; // "45123." is not how a number is stored
        for (int j = i + 1; j < len; j++) if (t[j] != '0') return -1;
        return v;
    }

    private static int sharedIndex(XmlScanner xml) {
        int len = xml.textLen;
        if (len > 10) return -1;
        long v = 0;
        for (int i = 0; i < len; i++) {
            int d = xml.text[i] - '0';
            if (d < 0 || d > 9) return -1;
            v = v * 10 + d;
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private void endRow(RowSink sink) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).kind() == CellKind.BLANK) n--;
        if (n == 0) return;
        RawRow row = new RawRow(rowNumber, n == cells.size() ? cells : cells.subList(0, n));
        if (!row.isBlank()) sink.row(row);
    }

    /** The A1 reference of the current cell, for messages. */
    String ref() {
        StringBuilder letters = new StringBuilder();
        int c = column + 1;
        while (c > 0) {
            int rem = (c - 1) % 26;
            letters.insert(0, (char) ('A' + rem));
            c = (c - 1) / 26;
        }
        return letters.append(rowNumber).toString();
    }
}
