package bangfu.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Fills a POI workbook with random cells of every kind and remembers, for each, the cell the reader
 * should produce. The expectations are computed from the values put in, not from the file.
 */
final class RandomWorkbook {
    private static final String[] WORDS = {"张伟", "王芳", "李娜", "困难职工", "北京市朝阳区", "男", "女",
        "A&B <c> \"d\" 'e'", "Ünïcödé", "tab\there", "line\nbreak", "123", "0012", "  padded  ", "𠀀𠀁"};
    private static final String[] DATE_FORMATS = {"yyyy-mm-dd", "yyyy/m/d", "yyyy\"年\"m\"月\"d\"日\"",
        "m/d/yy", "dd-mmm-yy", "[$-804]yyyy年m月d日"};
    private static final short[] CHINESE_BUILTIN_DATES = {14, 27, 31, 57, 58};

    private final Workbook wb;
    private final Random random;
    private final boolean formulas;
    private final boolean richText;
    private final boolean date1904;
    final Map<String, List<RawRow>> expected = new LinkedHashMap<>();

    private final List<CellStyle> dateStyles = new ArrayList<>();
    private final CellStyle dateTimeStyle;
    private final CellStyle plainStyle;
    private final Font bold;

    RandomWorkbook(Workbook wb, long seed, boolean formulas, boolean richText, boolean date1904) {
        this.wb = wb;
        this.random = new Random(seed);
        this.formulas = formulas;
        this.richText = richText;
        this.date1904 = date1904;
        CreationHelper helper = wb.getCreationHelper();
        for (String f : DATE_FORMATS) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(helper.createDataFormat().getFormat(f));
            dateStyles.add(s);
        }
        for (short id : CHINESE_BUILTIN_DATES) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(id);
            dateStyles.add(s);
        }
        dateTimeStyle = wb.createCellStyle();
        dateTimeStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
        plainStyle = wb.createCellStyle();
        plainStyle.setDataFormat(helper.createDataFormat().getFormat("0.00"));
        bold = wb.createFont();
        bold.setBold(true);
    }

    RandomWorkbook sheet(String name, int rows, int columns) {
        Sheet sheet = wb.createSheet(name);
        List<RawRow> rowsExpected = new ArrayList<>();
        int rowIndex = 0;
        for (int r = 0; r < rows; r++) {
            rowIndex += 1 + (random.nextInt(5) == 0 ? random.nextInt(4) : 0); // gaps between rows
            Row row = sheet.createRow(rowIndex - 1);
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < columns; c++) {
                Cell want = fill(row, c);
                cells.add(want);
            }
            int n = cells.size();
            while (n > 0 && cells.get(n - 1).kind() == CellKind.BLANK) n--;
            RawRow expectedRow = new RawRow(rowIndex, cells.subList(0, n));
            if (!expectedRow.isBlank()) rowsExpected.add(expectedRow);
        }
        expected.put(name, rowsExpected);
        return this;
    }

    private Cell fill(Row row, int c) {
        int kind = random.nextInt(13);
        switch (kind) {
            case 0:
                return Cell.BLANK; // no cell at all: a gap
            case 1: {
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                cell.setCellStyle(plainStyle); // styled but empty
                return Cell.BLANK;
            }
            case 2: {
                String s = WORDS[random.nextInt(WORDS.length)];
                row.createCell(c).setCellValue(s);
                return Cell.text(s);
            }
            case 3: {
                if (!richText) return fill(row, c);
                RichTextString rich = wb.getCreationHelper().createRichTextString("困难" + "Worker");
                rich.applyFont(0, 2, bold);
                row.createCell(c).setCellValue(rich);
                return Cell.text("困难Worker");
            }
            case 4: {
                long v = random.nextLong() % 1_000_000_000_000_000L;
                row.createCell(c).setCellValue((double) v);
                return new Cell(CellKind.NUMBER, fifteenDigits((double) v));
            }
            case 5: {
                double v = random.nextBoolean() ? 0.1 + 0.2 : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12) - 4);
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                cell.setCellValue(v);
                if (random.nextBoolean()) cell.setCellStyle(plainStyle);
                return new Cell(CellKind.NUMBER, fifteenDigits(v));
            }
            case 6: {
                LocalDate d = LocalDate.of(1905, 1, 1).plusDays(random.nextInt(70_000));
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                cell.setCellValue(d);
                cell.setCellStyle(dateStyles.get(random.nextInt(dateStyles.size())));
                return new Cell(CellKind.DATE, d.toString());
            }
            case 7: {
                LocalDateTime t = LocalDateTime.of(1990, 1, 1, 0, 0).plusMinutes(random.nextInt(20_000_000));
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                cell.setCellValue(t);
                cell.setCellStyle(dateTimeStyle);
                return new Cell(CellKind.DATE, t.getHour() == 0 && t.getMinute() == 0 ? t.toLocalDate().toString() : t.toString());
            }
            case 8: {
                boolean b = random.nextBoolean();
                row.createCell(c).setCellValue(b);
                return new Cell(CellKind.BOOLEAN, b ? "TRUE" : "FALSE");
            }
            case 9: {
                row.createCell(c).setCellErrorValue(FormulaError.NA.getCode());
                return new Cell(CellKind.ERROR, "#N/A");
            }
            case 10: {
                if (!formulas) return fill(row, c);
                int a = random.nextInt(1000);
                row.createCell(c).setCellFormula(a + "+0.5");
                return new Cell(CellKind.NUMBER, a + ".5");
            }
            case 11: {
                if (!formulas) return fill(row, c);
                row.createCell(c).setCellFormula("\"职\"&\"工\"");
                return Cell.text("职工");
            }
            default: {
                String id = "11010119900307" + (1000 + random.nextInt(9000));
                row.createCell(c).setCellValue(Double.parseDouble(id)); // an ID typed as a number
                return new Cell(CellKind.NUMBER, fifteenDigits(Double.parseDouble(id)));
            }
        }
    }

    /** Excel's display of a stored double, computed independently of the reader's code. */
    static String fifteenDigits(double v) {
        if (v == 0) return "0";
        return BigDecimal.valueOf(v).round(new MathContext(15)).stripTrailingZeros().toPlainString();
    }

    void write(Path file) throws IOException {
        if (formulas) wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    boolean date1904() {
        return date1904;
    }
}
