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
     * @param progress told the bytes of XML read so far, plus {@code doneBefore}
     */
    void read(XmlScanner xml, RowSink sink, ReadProgress progress, long doneBefore, long total)
            throws IOException {
        rowNumber = 0;
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
                    if (++rowsSinceProgress == PROGRESS_EVERY) {
                        rowsSinceProgress = 0;
                        progress.advanced(doneBefore + xml.position(), total);
                    }
                } else if (xml.is(SHEET_DATA)) {
                    break; // merged cells, print settings and the rest say nothing about values
                }
            }
        }
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
                return Cell.text(strings.get(index));
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
                String raw = new String(xml.text, 0, xml.textLen, StandardCharsets.ISO_8859_1);
                if (styles.isDate(style)) {
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
        }
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
