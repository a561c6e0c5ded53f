package bangfu.sheet;

import bangfu.model.Denomination;
import bangfu.model.DisplayWidth;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.SheetPlacement;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a report as an .xlsx workbook: one styled sheet per table (title, frozen header, number formats,
 * bold totals, indented "of which" rows, widths that fit Chinese) with native charts over the DATA rows.
 * Reports are small (hundreds of rows), so the whole workbook is built in memory.
 */
public final class ReportWorkbook {
    /** The body font: 等线 is what Chinese Excel uses by default; LibreOffice substitutes a CJK sans. */
    static final String FONT = "等线";
    private static final int MAX_SHEET_NAME = 31;
    /** Wider text wraps within the column, so a long finding does not push the table off the page. */
    private static final int MAX_COLUMN_CHARS = 36;
    /** Tables wider than this print landscape. */
    private static final int PORTRAIT_CHARS = 110;
    /** What a landscape page holds at a readable size; an upload table (dozens of columns) spans pages side by side. */
    private static final int LANDSCAPE_CHARS = 160;
    /** Rows of a streamed sheet held in memory before they go to its temporary file. */
    private static final int STREAMED_ROWS = 200;
    private static final int CHART_ROWS = 18;
    private static final int CHART_CHARS = 72;
    /** Office's default series colours, so a chart looks the same in Excel, WPS and LibreOffice. */
    private static final byte[][] PALETTE = {
        rgb(0x4472C4), rgb(0xED7D31), rgb(0xA5A5A5), rgb(0xFFC000), rgb(0x5B9BD5), rgb(0x70AD47),
        rgb(0x264478), rgb(0x9E480E), rgb(0x636363), rgb(0x997300)};

    private static byte[] rgb(int value) {
        return new byte[] {(byte) (value >> 16), (byte) (value >> 8), (byte) value};
    }

    private ReportWorkbook() {
    }

    /**
     * Writes {@code report} to {@code out} through a temporary file in the same folder, so a failure
     * leaves no half-written workbook and an existing file is replaced only by a complete one.
     *
     * @throws UnwritableFileException when the folder does not exist or cannot be written
     */
    public static void write(Report report, Lang lang, Denomination unit, Path out) {
        write(report, lang, unit, out, Map.of());
    }

    /**
     * Writes {@code report} as {@link #write(Report, Lang, Denomination, Path)} does, except that a table with a
     * placement (by table id) goes on a sheet of exactly that name with its header on exactly that row and only
     * the placement's title lines above it: the layout of someone else's import template.
     */
    public static void write(Report report, Lang lang, Denomination unit, Path out, Map<String, SheetPlacement> placements) {
        OutputFile.write(out, stream -> {
            Workbook workbook = new Builder(report, lang, unit, placements).build();
            try {
                workbook.write(stream);
            } finally {
                // The streamed rows wait in owner-only temporary files (full IDs of an upload): gone at once.
                if (workbook instanceof SXSSFWorkbook streamed) streamed.dispose();
                workbook.close();
            }
        });
    }

    /** Sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, unique. */
    static String sheetName(String wanted, Set<String> taken) {
        String clean = wanted.replaceAll("[\\[\\]:*?/\\\\]", "_").strip();
        clean = clean.replaceAll("^'+|'+$", "");
        if (clean.isEmpty() || clean.equalsIgnoreCase("History")) clean = "Sheet";
        String name = clip(clean, MAX_SHEET_NAME);
        for (int n = 2; taken.contains(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            name = clip(clean, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        taken.add(name.toLowerCase(Locale.ROOT));
        return name;
    }

    private static String clip(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) return s;
        return s.substring(0, s.offsetByCodePoints(0, max)).strip();
    }

    /** Text Excel would take for a formula when the cell is edited: kept as text with the quote prefix. */
    static boolean looksLikeFormula(String text) {
        if (text.isEmpty()) return false;
        char c = text.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@';
    }

    /** Where a table landed: its sheet and the rows of its header and data. */
    private record Placed(Sheet sheet, int headerRow, List<Integer> dataRows, int nextFreeRow) {
    }

    private static final class Builder {
        private final Report report;
        private final Lang lang;
        private final Denomination unit;
        private final Workbook workbook;
        private final Map<String, CellStyle> styles = new HashMap<>();
        private final Map<String, SheetPlacement> placements;

        Builder(Report report, Lang lang, Denomination unit, Map<String, SheetPlacement> placements) {
            this.report = report;
            this.lang = lang;
            this.unit = unit;
            this.placements = placements;
            // An upload holds every file on record, a hundred thousand rows for a city: streamed, a window of rows
            // in memory at a time. A report of tables and charts is small and is built whole (charts need it).
            this.workbook = placements.isEmpty() ? new XSSFWorkbook() : new SXSSFWorkbook(STREAMED_ROWS);
        }

        Workbook build() {
            Set<String> names = new HashSet<>();
            Map<String, Placed> placed = new HashMap<>();
            Map<String, ReportTable> tables = new HashMap<>();
            for (ReportTable table : report.tables()) {
                SheetPlacement placement = placements.get(table.id());
                String name = placement != null ? sheetName(placement.sheetName(), names) : sheetName(table.title().render(lang), names);
                Sheet sheet = workbook.createSheet(name);
                placed.put(table.id(), writeTable(sheet, table, placement));
                tables.put(table.id(), table);
            }
            Map<String, Integer> chartsOnSheet = new HashMap<>();
            for (Report.Chart chart : report.charts()) {
                Placed where = placed.get(chart.tableId());
                ReportTable table = tables.get(chart.tableId());
                if (where == null || where.dataRows().isEmpty()) continue;
                int index = chartsOnSheet.merge(chart.tableId(), 1, Integer::sum) - 1;
                drawChart(where, table, chart, index);
            }
            if (workbook.getNumberOfSheets() == 0) {
                Sheet sheet = workbook.createSheet(sheetName(report.title().render(lang), names));
                titleRows(sheet);
            }
            return workbook;
        }

        private int titleRows(Sheet sheet) {
            int r = 0;
            text(sheet.createRow(r++), 0, report.title().render(lang), style("title"));
            for (Message line : report.subtitle()) text(sheet.createRow(r++), 0, line.render(lang), style("subtitle"));
            return r;
        }

        private Placed writeTable(Sheet sheet, ReportTable table, SheetPlacement placement) {
            int r;
            if (placement == null) {
                r = titleRows(sheet);
                r++;
                text(sheet.createRow(r++), 0, table.title().render(lang), style("tableTitle"));
            } else {
                List<String> title = placement.title();
                for (int i = 0; i < title.size(); i++) text(sheet.createRow(i), 0, title.get(i), style(i == 0 ? "title" : "subtitle"));
                r = placement.headerRow() - 1;
            }
            List<Column> columns = table.columns();
            int[] widths = new int[columns.size()];
            int headerRow = r;
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(r++);
            for (int c = 0; c < columns.size(); c++) {
                // A template's header is its own, word for word: no unit is added to it.
                String label = placement != null ? columns.get(c).label().render(lang) : headerLabel(columns.get(c));
                text(header, c, label, style("header"));
                widths[c] = DisplayWidth.of(label);
            }
            List<Integer> dataRows = new ArrayList<>();
            for (Row row : table.rows()) {
                if (row.kind() == RowKind.DATA) dataRows.add(r);
                org.apache.poi.ss.usermodel.Row out = sheet.createRow(r++);
                int lines = 1;
                for (int c = 0; c < columns.size(); c++) {
                    Object value = row.cells().get(c);
                    Column column = columns.get(c);
                    int indent = c == 0 && row.kind() == RowKind.OF_WHICH ? 2 : 0;
                    int width = indent + cell(out, c, column, row.kind(), value);
                    widths[c] = Math.max(widths[c], width);
                    lines = Math.max(lines, (width + MAX_COLUMN_CHARS - 4) / (MAX_COLUMN_CHARS - 3));
                }
                // LibreOffice does not grow a row for wrapped text by itself; Excel keeps an explicit height too.
                if (lines > 1) out.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() * 1.1f);
            }
            sheet.createFreezePane(0, headerRow + 1);
            int total = 0;
            for (int c = 0; c < widths.length; c++) {
                int chars = Math.min(Math.max(widths[c], 6) + 3, MAX_COLUMN_CHARS);
                sheet.setColumnWidth(c, chars * 256);
                total += chars;
            }
            if (!table.notes().isEmpty()) r++;
            for (Message note : table.notes()) {
                // A note spans the table and wraps inside it: left to overflow, it would widen the printed page.
                String noteText = note.render(lang);
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                text(row, 0, noteText, style("note"));
                if (columns.size() > 1) {
                    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, columns.size() - 1));
                    int lines = (int) Math.ceil((double) DisplayWidth.of(noteText) / Math.max(total, 1));
                    if (lines > 1) row.setHeightInPoints(lines * sheet.getDefaultRowHeightInPoints() * 1.05f);
                }
                r++;
            }
            sheet.getPrintSetup().setLandscape(total > PORTRAIT_CHARS);
            // A table longer than a page repeats its header on every printed page.
            sheet.setRepeatingRows(new CellRangeAddress(headerRow, headerRow, -1, -1));
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            if (placement != null && total > LANDSCAPE_CHARS && columns.size() > 2) {
                // Fitted to one page, forty columns print too small to read: pages side by side instead, each
                // starting with the first two columns (the name and the ID), so every page says whose row it is.
                sheet.getPrintSetup().setFitWidth((short) ((total + LANDSCAPE_CHARS - 1) / LANDSCAPE_CHARS));
                sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, 1));
            }
            sheet.getPrintSetup().setFitHeight((short) 0);
            return new Placed(sheet, headerRow, dataRows, r + 1);
        }

        private String headerLabel(Column column) {
            String label = column.label().render(lang);
            // the same unit suffix as the text, csv and markdown outputs: 金额（万元）
            return column.type() == ReportTable.Type.MONEY ? label + Message.of("report.unit." + unit.name()).render(lang) : label;
        }

        /** Writes one cell; returns the width its shown text takes. */
        private int cell(org.apache.poi.ss.usermodel.Row row, int c, Column column, RowKind kind, Object value) {
            CellStyle style = style(column.type().name() + "/" + kind.name() + (c == 0 ? "/first" : ""));
            if (value == null) {
                row.createCell(c).setCellStyle(style);
                return 0;
            }
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            switch (column.type()) {
                case COUNT -> {
                    long n = ((Number) value).longValue();
                    cell.setCellValue(n);
                    return grouped(BigDecimal.valueOf(n), 0).length();
                }
                case MONEY -> {
                    BigDecimal amount = unit.of(((Number) value).longValue());
                    cell.setCellValue(amount.doubleValue());
                    return grouped(amount, unit.decimals()).length();
                }
                case SHARE -> {
                    BigDecimal share = value instanceof BigDecimal b ? b : new BigDecimal(value.toString());
                    cell.setCellValue(share.doubleValue());
                    return 7;
                }
                case DATE -> {
                    if (value instanceof LocalDate d) {
                        cell.setCellValue(d);
                        return 10;
                    }
                    return textCell(cell, value.toString(), kind, c);
                }
                default -> {
                    return textCell(cell, value.toString(), kind, c);
                }
            }
        }

        private int textCell(Cell cell, String text, RowKind kind, int c) {
            // A string cell is never evaluated; the quote prefix keeps it text when a clerk edits it too.
            cell.setCellValue(text);
            String key = "TEXT/" + kind.name() + (c == 0 ? "/first" : "");
            if (looksLikeFormula(text)) cell.setCellStyle(style(key + "/quoted"));
            else if (DisplayWidth.of(text) > MAX_COLUMN_CHARS - 3) cell.setCellStyle(style(key + "/wrapped"));
            return DisplayWidth.of(text);
        }

        private static String grouped(BigDecimal value, int decimals) {
            DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                    DecimalFormatSymbols.getInstance(Locale.ROOT));
            return f.format(value);
        }

        private CellStyle style(String key) {
            return styles.computeIfAbsent(key, this::newStyle);
        }

        private CellStyle newStyle(String key) {
            CellStyle s = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setFontName(FONT);
            font.setFontHeightInPoints((short) 11);
            s.setVerticalAlignment(VerticalAlignment.CENTER);
            switch (key) {
                case "title" -> {
                    font.setBold(true);
                    font.setFontHeightInPoints((short) 16);
                }
                case "subtitle" -> font.setFontHeightInPoints((short) 11);
                case "tableTitle" -> {
                    font.setBold(true);
                    font.setFontHeightInPoints((short) 13);
                }
                case "note" -> {
                    font.setItalic(true);
                    font.setFontHeightInPoints((short) 10);
                    s.setWrapText(true);
                    s.setVerticalAlignment(VerticalAlignment.TOP);
                }
                case "header" -> {
                    font.setBold(true);
                    s.setAlignment(HorizontalAlignment.CENTER);
                    s.setWrapText(true);
                    s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                    borders(s);
                }
                default -> tableCellStyle(s, font, key);
            }
            s.setFont(font);
            return s;
        }

        private void tableCellStyle(CellStyle s, Font font, String key) {
            String[] parts = key.split("/");
            ReportTable.Type type = ReportTable.Type.valueOf(parts[0]);
            RowKind kind = RowKind.valueOf(parts[1]);
            boolean first = key.contains("/first");
            borders(s);
            if (kind == RowKind.TOTAL || kind == RowKind.SUBTOTAL) font.setBold(true);
            if (kind == RowKind.TOTAL) {
                s.setFillForegroundColor(IndexedColors.LEMON_CHIFFON.getIndex());
                s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            if (first && kind == RowKind.OF_WHICH) s.setIndention((short) 1);
            if (key.endsWith("/quoted")) s.setQuotePrefixed(true);
            if (key.endsWith("/wrapped")) s.setWrapText(true);
            String format = switch (type) {
                case COUNT -> "#,##0";
                case MONEY -> unit.decimals() == 0 ? "#,##0" : "#,##0." + "0".repeat(unit.decimals());
                case SHARE -> "0.0%";
                case DATE -> "yyyy-mm-dd";
                case TEXT -> "@";
            };
            s.setDataFormat(workbook.createDataFormat().getFormat(format));
            if (type == ReportTable.Type.DATE) s.setAlignment(HorizontalAlignment.CENTER);
        }

        private static void borders(CellStyle s) {
            s.setBorderTop(BorderStyle.THIN);
            s.setBorderBottom(BorderStyle.THIN);
            s.setBorderLeft(BorderStyle.THIN);
            s.setBorderRight(BorderStyle.THIN);
        }

        private static void text(org.apache.poi.ss.usermodel.Row row, int c, String text, CellStyle style) {
            Cell cell = row.createCell(c);
            cell.setCellValue(text);
            cell.setCellStyle(style);
        }

        private void drawChart(Placed where, ReportTable table, Report.Chart chart, int index) {
            int categoryColumn = columnIndex(table, chart.categoryColumn());
            List<Integer> valueColumns = chart.valueColumns().stream().map(id -> columnIndex(table, id)).toList();
            // Only a report built whole has charts: its sheets are XSSF's.
            XSSFSheet sheet = (XSSFSheet) where.sheet();
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            int top = where.nextFreeRow() + index * (CHART_ROWS + 1);
            XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, top, chartRightColumn(sheet), top + CHART_ROWS);
            XSSFChart xchart = drawing.createChart(anchor);
            xchart.setTitleText(chart.title().render(lang));
            xchart.setTitleOverlay(false);

            String[] categories = where.dataRows().stream()
                    .map(r -> table.rows().get(r - where.headerRow() - 1).cells().get(categoryColumn))
                    .map(v -> v == null ? "" : v.toString()).toArray(String[]::new);
            XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(categories,
                    reference(sheet, where.dataRows(), categoryColumn));

            XDDFChartData data;
            switch (chart.shape()) {
                case PIE -> {
                    data = xchart.createData(ChartTypes.PIE, null, null);
                    data.setVaryColors(true);
                    xchart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
                    // A pie shows one series: the first value column.
                    addSeries(data, where, table, cats, valueColumns.subList(0, 1));
                }
                case LINE -> {
                    XDDFCategoryAxis x = xchart.createCategoryAxis(AxisPosition.BOTTOM);
                    XDDFValueAxis y = valueAxis(xchart, table, valueColumns);
                    data = xchart.createData(ChartTypes.LINE, x, y);
                    data.setVaryColors(false);
                    addSeries(data, where, table, cats, valueColumns);
                    for (int i = 0; i < data.getSeriesCount(); i++) {
                        XDDFLineChartData.Series s = (XDDFLineChartData.Series) data.getSeries(i);
                        s.setMarkerStyle(MarkerStyle.CIRCLE);
                        s.setSmooth(false);
                    }
                    xchart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
                }
                default -> {
                    XDDFCategoryAxis x = xchart.createCategoryAxis(AxisPosition.BOTTOM);
                    XDDFValueAxis y = valueAxis(xchart, table, valueColumns);
                    data = xchart.createData(ChartTypes.BAR, x, y);
                    ((XDDFBarChartData) data).setBarDirection(BarDirection.COL);
                    ((XDDFBarChartData) data).setBarGrouping(BarGrouping.CLUSTERED);
                    data.setVaryColors(false);
                    addSeries(data, where, table, cats, valueColumns);
                    xchart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
                }
            }
            xchart.plot(data);
            paint(data, chart.shape(), where.dataRows().size());
        }

        /**
         * Explicit colours: without them LibreOffice draws XDDF bars and pie slices invisible and lines
         * as bare markers, whatever Excel's theme would do.
         */
        private static void paint(XDDFChartData data, Report.Shape shape, int points) {
            for (int i = 0; i < data.getSeriesCount(); i++) {
                XDDFChartData.Series series = data.getSeries(i);
                if (shape == Report.Shape.PIE) {
                    for (int p = 0; p < points; p++) {
                        series.getDataPoint(p).setFillProperties(solid(p));
                    }
                } else if (shape == Report.Shape.LINE) {
                    XDDFLineProperties line = new XDDFLineProperties(solid(i));
                    line.setWidth(2.25);
                    series.setLineProperties(line);
                } else {
                    series.setFillProperties(solid(i));
                }
            }
        }

        private static XDDFSolidFillProperties solid(int index) {
            return new XDDFSolidFillProperties(XDDFColor.from(PALETTE[index % PALETTE.length]));
        }

        private static int chartRightColumn(XSSFSheet sheet) {
            int chars = 0;
            int c = 0;
            while (chars < CHART_CHARS && c < 40) chars += sheet.getColumnWidth(c++) / 256;
            return c;
        }

        private XDDFValueAxis valueAxis(XSSFChart chart, ReportTable table, List<Integer> valueColumns) {
            XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
            y.setCrosses(AxisCrosses.AUTO_ZERO);
            y.setCrossBetween(AxisCrossBetween.BETWEEN);
            ReportTable.Type type = table.columns().get(valueColumns.get(0)).type();
            y.setNumberFormat(switch (type) {
                case MONEY -> "#,##0";
                case SHARE -> "0%";
                default -> "#,##0";
            });
            return y;
        }

        private void addSeries(XDDFChartData data, Placed where, ReportTable table, XDDFCategoryDataSource cats,
                               List<Integer> valueColumns) {
            XSSFSheet sheet = (XSSFSheet) where.sheet();
            for (int column : valueColumns) {
                Column col = table.columns().get(column);
                Double[] values = where.dataRows().stream()
                        .map(r -> sheet.getRow(r).getCell(column))
                        .map(cell -> cell == null || cell.getCellType() != org.apache.poi.ss.usermodel.CellType.NUMERIC
                                ? null : cell.getNumericCellValue())
                        .toArray(Double[]::new);
                XDDFNumericalDataSource<Double> source = XDDFDataSourcesFactory.fromArray(values,
                        reference(sheet, where.dataRows(), column));
                XDDFChartData.Series series = data.addSeries(cats, source);
                series.setTitle(headerLabel(col), new CellReference(sheet.getSheetName(), where.headerRow(), column, true, true));
            }
        }

        private static int columnIndex(ReportTable table, String id) {
            for (int i = 0; i < table.columns().size(); i++) if (table.columns().get(i).id().equals(id)) return i;
            throw new IllegalArgumentException("table " + table.id() + " has no column " + id);
        }
    }

    /**
     * The chart reference to the DATA rows of one column: one range when they are contiguous, else a
     * union of ranges in parentheses, as Excel writes it.
     */
    static String reference(XSSFSheet sheet, List<Integer> rows, int column) {
        String quotedSheet = "'" + sheet.getSheetName().replace("'", "''") + "'";
        String letter = CellReference.convertNumToColString(column);
        List<String> parts = new ArrayList<>();
        int start = rows.get(0);
        int previous = start;
        for (int i = 1; i <= rows.size(); i++) {
            int r = i < rows.size() ? rows.get(i) : -1;
            if (r == previous + 1) {
                previous = r;
                continue;
            }
            String first = "$" + letter + "$" + (start + 1);
            parts.add(quotedSheet + "!" + first + (previous == start ? "" : ":$" + letter + "$" + (previous + 1)));
            start = r;
            previous = r;
        }
        return parts.size() == 1 ? parts.get(0) : "(" + String.join(",", parts) + ")";
    }
}
