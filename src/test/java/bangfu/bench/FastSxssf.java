package bangfu.bench;

import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code new SXSSFWorkbook(null, 1000, true, true)} — streaming, compressed temp files, shared
 * strings — with three shortcuts for plain-string cells that keep the output the same: a HashMap
 * shared-strings table ({@link FastSharedStrings}) and string cells written straight as
 * {@code <c r=".." s=".." t="s"><v>index</v></c>}, without POI's per-cell XMLBeans rich-text object;
 * and temp files gzipped at the fastest level (deflating is then the largest remaining cost).
 */
final class FastSxssf extends SXSSFWorkbook {

    private static final String[] COLUMNS = new String[256];

    static {
        for (int i = 0; i < COLUMNS.length; i++) {
            COLUMNS[i] = CellReference.convertNumToColString(i);
        }
    }

    FastSxssf() {
        super(new XSSFWorkbook(new FastSharedStrings.Factory()), 1000, true, true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new Writer(getSharedStringSource());
    }

    static final class Writer extends SheetDataWriter {
        private final SharedStringsTable sst;

        Writer(SharedStringsTable sst) throws IOException {
            super(sst);
            this.sst = sst;
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
            // the temp file is read once, right after: fastest compression level is enough
            return new GZIPOutputStream(fos, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }

        @Override
        protected InputStream decorateInputStream(FileInputStream fis) throws IOException {
            return new GZIPInputStream(fis);
        }

        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null || cell.getCellType() != CellType.STRING || columnIndex >= COLUMNS.length
                || !(sst instanceof FastSharedStrings)) {
                super.writeCell(columnIndex, cell);
                return;
            }
            int idx = ((FastSharedStrings) sst).add(cell.getStringCellValue());
            _out.write("<c r=\"");
            _out.write(COLUMNS[columnIndex]);
            _out.write(Integer.toString(cell.getRowIndex() + 1));
            _out.write('"');
            short style = cell.getCellStyle().getIndex();
            if (style != 0) {
                _out.write(" s=\"");
                _out.write(Integer.toString(style & 0xffff));
                _out.write('"');
            }
            _out.write(" t=\"s\"><v>");
            _out.write(Integer.toString(idx));
            _out.write("</v></c>");
        }
    }
}
