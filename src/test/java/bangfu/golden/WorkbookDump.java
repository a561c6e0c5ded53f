package bangfu.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A workbook written by a golden case, as text a golden can hold: its mode, each sheet's print setup and frozen
 * rows, and every cell — numbers marked {@code n:}, dates {@code d:}, text kept as text by a quote prefix with {@code '}.
 */
final class WorkbookDump {
    private WorkbookDump() {
    }

    static String of(Path file) {
        StringBuilder out = new StringBuilder();
        try {
            out.append("-- workbook ").append(file.getFileName()).append(" mode ")
                    .append(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).append('\n');
            try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
                for (int s = 0; s < wb.getNumberOfSheets(); s++) {
                    XSSFSheet sheet = wb.getSheetAt(s);
                    PaneInformation pane = sheet.getPaneInformation();
                    out.append("== ").append(sheet.getSheetName())
                            .append(" | frozen rows ").append(pane == null ? 0 : pane.getHorizontalSplitPosition())
                            .append(" | ").append(sheet.getPrintSetup().getLandscape() ? "landscape" : "portrait")
                            .append(" | fit width ").append(sheet.getFitToPage() ? sheet.getPrintSetup().getFitWidth() : 0)
                            .append(" | repeat ").append(sheet.getRepeatingRows() == null ? "-" : sheet.getRepeatingRows().formatAsString())
                            .append('\n');
                    for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                        XSSFRow row = sheet.getRow(r);
                        if (row == null) continue;
                        StringBuilder line = new StringBuilder();
                        for (int c = 0; c < row.getLastCellNum(); c++) {
                            if (c > 0) line.append(" | ");
                            Cell cell = row.getCell(c);
                            if (cell != null) line.append(text(cell));
                        }
                        out.append(r + 1).append(": ").append(line.toString().replaceAll("( \\| )+$", "")).append('\n');
                    }
                }
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new UncheckedIOException(new IOException(e));
        }
        return out.toString();
    }

    private static String text(Cell cell) {
        if (cell.getCellType() == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) return "d:" + cell.getLocalDateTimeCellValue().toLocalDate();
            return "n:" + BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        if (cell.getCellType() == CellType.STRING) {
            return (cell.getCellStyle().getQuotePrefixed() ? "'" : "") + cell.getStringCellValue();
        }
        return cell.getCellType() == CellType.BLANK ? "" : cell.toString();
    }
}
