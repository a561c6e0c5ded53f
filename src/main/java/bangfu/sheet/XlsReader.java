package bangfu.sheet;

import bangfu.model.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.eventusermodel.MissingRecordAwareHSSFListener;
import org.apache.poi.hssf.eventusermodel.dummyrecord.LastCellOfRowDummyRecord;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;

/** Reads OLE2 files: .xls workbooks through POI's streaming record events, and recognises encrypted .xlsx. */
final class XlsReader implements HSSFListener {
    private static final int PROGRESS_EVERY = 4096;

    private final RowSink sink;
    private final ReadProgress progress;
    private final FormatTrackingHSSFListener formats;
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    private BoundSheetRecord[] sheetOrder;
    private SSTRecord strings;
    private boolean date1904;
    private int depth;
    private int substream = -1;
    private boolean inWorksheet;
    private boolean inGlobals;
    private String sheetName = "";

    private int rowNumber = -1;
    private final List<Cell> cells = new ArrayList<>(32);
    private int pendingStringRow = -1;
    private int pendingStringColumn = -1;
    private long rowsRead;
    private long expectedRows = -1;

    private XlsReader(RowSink sink, ReadProgress progress) {
        this.sink = sink;
        this.progress = progress;
        this.formats = new FormatTrackingHSSFListener(new MissingRecordAwareHSSFListener(this));
    }

    static void read(Path file, RowSink sink, ReadProgress progress) throws UnreadableFileException {
        String name = Spreadsheets.displayName(file);
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Message.of("sheet.xls_damaged", name, "", XlsxReader.detail(e)), e);
        }
        XlsReader reader = new XlsReader(sink, progress);
        try (fs) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new UnreadableFileException(Message.of("sheet.encrypted", name));
            }
            if (!root.hasEntryCaseInsensitive("Workbook")) {
                if (root.hasEntryCaseInsensitive("Book")) {
                    throw new UnreadableFileException(Message.of("sheet.xls_too_old", name));
                }
                throw new UnreadableFileException(Message.of("sheet.ole_not_workbook", name));
            }
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(reader.formats);
            new HSSFEventFactory().processWorkbookEvents(request, fs);
            reader.finishSheet();
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFileException(Message.of("sheet.encrypted", name), e);
        } catch (OldExcelFormatException e) {
            throw new UnreadableFileException(Message.of("sheet.xls_too_old", name), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof GuardedSink.SinkFailure) throw (GuardedSink.SinkFailure) e;
            throw new UnreadableFileException(
                    Message.of("sheet.xls_damaged", name, reader.sheetName, XlsxReader.detail(e)), e);
        }
    }

    @Override
    public void processRecord(Record record) {
        // Substreams follow one another at the top level: the workbook globals, then one per sheet.
        // Charts embedded in a sheet nest their own BOF..EOF inside it.
        if (record instanceof BOFRecord bof) {
            depth++;
            if (depth == 1) {
                inGlobals = bof.getType() == BOFRecord.TYPE_WORKBOOK;
                if (!inGlobals) startSubstream(bof);
            }
            return;
        }
        if (record instanceof EOFRecord) {
            if (depth == 1) {
                if (inGlobals) inGlobals = false;
                else finishSheet();
            }
            depth = Math.max(0, depth - 1);
            return;
        }
        if (depth != 1) return;
        if (inGlobals) globals(record);
        else if (inWorksheet) cellRecord(record);
    }

    private void globals(Record record) {
        if (record instanceof BoundSheetRecord b) {
            boundSheets.add(b);
        } else if (record instanceof SSTRecord sst) {
            strings = sst;
        } else if (record instanceof DateWindow1904Record w) {
            date1904 = w.getWindowing() == 1;
        } else if (record instanceof FilePassRecord) {
            // Only reached when POI could not decrypt; normally it throws EncryptedDocumentException first.
            throw new EncryptedDocumentException("workbook is encrypted");
        }
    }

    private void startSubstream(BOFRecord bof) {
        if (sheetOrder == null) sheetOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
        substream++;
        inWorksheet = bof.getType() == BOFRecord.TYPE_WORKSHEET;
        if (!inWorksheet) return;
        sheetName = substream < sheetOrder.length ? sheetOrder[substream].getSheetname() : "Sheet" + (substream + 1);
        rowNumber = -1;
        cells.clear();
        sink.startSheet(sheetName);
        progress.sheet(sheetName);
        rowsRead = 0;
        expectedRows = -1;
    }

    private void finishSheet() {
        if (!inWorksheet) return;
        flushRow();
        progress.advanced(rowsRead, rowsRead);
        sink.endSheet();
        inWorksheet = false;
    }

    private void cellRecord(Record record) {
        if (record instanceof org.apache.poi.hssf.record.DimensionsRecord d) {
            expectedRows = Math.max(0, d.getLastRow()); // one past the last row, as the format counts
            return;
        }
        if (record instanceof LastCellOfRowDummyRecord) {
            flushRow();
            return;
        }
        if (record instanceof StringRecord s) {
            if (pendingStringRow >= 0) put(pendingStringRow, pendingStringColumn, Cell.text(s.getString()));
            pendingStringRow = -1;
            return;
        }
        if (!(record instanceof CellValueRecordInterface cell)) return;
        pendingStringRow = -1;
        int row = cell.getRow();
        int col = cell.getColumn();
        if (record instanceof LabelSSTRecord l) {
            String text = strings != null && l.getSSTIndex() < strings.getNumUniqueStrings()
                    ? strings.getString(l.getSSTIndex()).getString() : "";
            put(row, col, Cell.text(text));
        } else if (record instanceof LabelRecord l) {
            put(row, col, Cell.text(l.getValue()));
        } else if (record instanceof NumberRecord n) {
            put(row, col, number(n.getValue(), cell));
        } else if (record instanceof RKRecord rk) {
            put(row, col, number(rk.getRKNumber(), cell));
        } else if (record instanceof BoolErrRecord b) {
            put(row, col, b.isBoolean() ? bool(b.getBooleanValue()) : error(b.getErrorValue()));
        } else if (record instanceof FormulaRecord f) {
            CellType t = f.getCachedResultTypeEnum();
            if (t == CellType.NUMERIC) {
                put(row, col, number(f.getValue(), cell));
            } else if (t == CellType.STRING) {
                pendingStringRow = row; // the text follows in a StringRecord
                pendingStringColumn = col;
            } else if (t == CellType.BOOLEAN) {
                put(row, col, bool(f.getCachedBooleanValue()));
            } else if (t == CellType.ERROR) {
                put(row, col, error(f.getCachedErrorValue()));
            }
        }
    }

    private Cell number(double value, CellValueRecordInterface cell) {
        int format = formats.getFormatIndex(cell);
        // Ask for the format string only when needed: POI logs an error for the Chinese built-ins it lacks.
        if (ExcelValues.isBuiltInDate(format) || ExcelValues.isDateFormat(format, formats.getFormatString(format))) {
            String iso = ExcelValues.date(value, date1904);
            if (iso != null) return new Cell(CellKind.DATE, iso);
        }
        return new Cell(CellKind.NUMBER, ExcelValues.number(value));
    }

    private static Cell bool(boolean value) {
        return new Cell(CellKind.BOOLEAN, value ? "TRUE" : "FALSE");
    }

    private static Cell error(int code) {
        return new Cell(CellKind.ERROR, FormulaError.isValidCode(code) ? FormulaError.forInt(code).getString() : "#N/A");
    }

    private void put(int row, int col, Cell cell) {
        if (row != rowNumber) {
            flushRow();
            rowNumber = row;
        }
        if (cell == Cell.BLANK || col < 0 || col > 255) return;
        while (cells.size() < col) cells.add(Cell.BLANK);
        if (cells.size() == col) cells.add(cell);
        else cells.set(col, cell);
    }

    private void flushRow() {
        if (!cells.isEmpty()) {
            RawRow row = new RawRow(rowNumber + 1, cells);
            if (!row.isBlank()) sink.row(row);
            cells.clear();
            if (++rowsRead % PROGRESS_EVERY == 0) progress.advanced(rowsRead, expectedRows);
        }
    }
}
