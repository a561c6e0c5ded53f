package bangfu;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small real workbooks for tests, written with POI's whole-workbook model (fine for a few rows). */
public final class Workbooks {
    private Workbooks() {
    }

    /** A sheet: optional title row, blank row, header row, then rows; Number cells stay numbers. */
    public static void write(Path file, String sheetName, String title, List<String> header, List<List<Object>> rows)
            throws IOException {
        try (Workbook wb = new XSSFWorkbook()) {
            addSheet(wb, sheetName, title, header, rows);
            save(wb, file);
        }
    }

    public static Sheet addSheet(Workbook wb, String sheetName, String title, List<String> header, List<List<Object>> rows) {
        Sheet sheet = wb.createSheet(sheetName);
        int r = 0;
        if (title != null) {
            sheet.createRow(r).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.size() - 1));
            r += 2;
        }
        Row h = sheet.createRow(r++);
        for (int i = 0; i < header.size(); i++) h.createCell(i).setCellValue(header.get(i));
        for (List<Object> values : rows) fill(sheet.createRow(r++), values);
        return sheet;
    }

    public static void fill(Row row, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            if (v == null) continue;
            if (v instanceof Number n) row.createCell(i).setCellValue(n.doubleValue());
            else row.createCell(i).setCellValue(v.toString());
        }
    }

    public static void save(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
    }
}
