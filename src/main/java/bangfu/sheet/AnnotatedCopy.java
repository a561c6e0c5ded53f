package bangfu.sheet;

import bangfu.model.Finding;
import bangfu.model.Lang;
import bangfu.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A copy of a clerk's workbook in which every cell with a finding is filled (red for errors, yellow for
 * warnings) and carries a comment with the problem and how to fix it, behind a first sheet that lists every
 * finding with a link to its cell. The clerk fixes the cells in Excel or WPS and checks the file again.
 * Beyond {@link #MAX_COMMENTED} findings only the first, by sheet and row, carry a comment and a link; every
 * cell is still filled and every finding listed, and the listing says where the comments stop.
 *
 * <p>A small .xlsx is opened whole, so its formatting, formulas and merged cells stay as the clerk made
 * them. An .xls, a CSV, or an .xlsx too large to hold in memory ({@link #WHOLE_WORKBOOK_LIMIT}) becomes a
 * new .xlsx with the values only, streamed row by row; its text cells are formatted as text, so an ID
 * number stays 18 digits when the clerk edits it.
 */
public final class AnnotatedCopy {
    /**
     * Opaque ARGB: Excel reads a six-digit rgb attribute differently from LibreOffice. Excel's own "bad" and
     * "neutral" fills would be too pale to find in a full sheet.
     */
    static final byte[] ERROR_FILL = {(byte) 0xFF, (byte) 0xFF, (byte) 0x99, (byte) 0x99};
    static final byte[] WARNING_FILL = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0x66};
    /**
     * POI's whole-workbook model needs about 50 times the file's size in memory (200k rows × 20 columns do
     * not fit in 1 GB); clerk files are far below this, generated exports may not be.
     */
    static final long WHOLE_WORKBOOK_LIMIT = 8L << 20;
    static final String LISTING_SHEET = "检查结果";
    /**
     * Each comment keeps its text and drawing shape in memory until the workbook is written, and so does each
     * link of the listing: 110,000 of them did not finish within 512 MB. Fills and the listing's text stream
     * out row by row and cost nothing to keep, so every finding gets those (BENCHMARKS.md).
     */
    public static final int MAX_COMMENTED = 20_000;
    private static final String AUTHOR = "bangfu";

    /**
     * The words of the listing and the comments, in the clerk's language.
     *
     * @param headers the listing's column titles: sheet, cell, column, value, severity, code, problem, hint
     */
    public record Labels(List<String> headers, String error, String warning, String hint, String none) {
        public Labels {
            headers = List.copyOf(headers);
            if (headers.size() != 8) throw new IllegalArgumentException("eight headers expected");
        }

        String severity(Severity s) {
            return s == Severity.ERROR ? error : warning;
        }
    }

    /**
     * What was written: {@code valuesOnly} when the copy holds values without the original's formatting;
     * {@code commented} of the {@code findings} carry a comment and a link, up to {@code lastCommented}
     * (sheet!cell, empty when all do).
     */
    public record Written(Path file, boolean valuesOnly, int markedCells, int findings, int commented, String lastCommented) {
        public boolean allCommented() {
            return commented == findings;
        }
    }

    private final Lang lang;
    private final Labels labels;
    /** Sheet name → the row to mark findings about the whole sheet on (its header row). */
    private final Map<String, Integer> headerRows;
    private final List<Mark> marks = new ArrayList<>();
    /** The cells (by {@link Mark#key()}) whose findings are explained in a comment: the first, in listing order. */
    private final Set<String> commentedCells = new HashSet<>();
    private int commented;
    private String lastCommented = "";

    private AnnotatedCopy(List<Finding> findings, Map<String, Integer> headerRows, Lang lang, Labels labels, int maxCommented) {
        this.lang = lang;
        this.labels = labels;
        this.headerRows = headerRows;
        for (Finding f : findings) marks.add(new Mark(f, placeRow(f), placeColumn(f)));
        // Whole cells: a cell's comment explains all its findings or the cell has none.
        for (List<Mark> cell : byCell(sortedMarks()).values()) {
            if (commented >= maxCommented) break;
            commentedCells.add(cell.get(0).key());
            commented += cell.size();
            lastCommented = cell.get(0).finding.where().sheet() + "!" + cell.get(0).cellName();
        }
        if (commented == marks.size()) lastCommented = "";
    }

    /**
     * Writes the annotated copy of {@code source} to {@code target} (an .xlsx), through a temporary file in
     * the same folder so that a failure leaves no half-written file behind.
     *
     * @param findings   the findings of {@code source}; a finding without a column is marked on the row's
     *                   first cell, one without a row on its sheet's header row
     * @param headerRows each sheet's header row, for findings about the whole sheet
     */
    public static Written write(Path source, ReadOptions options, List<Finding> findings, Map<String, Integer> headerRows,
                                Lang lang, Labels labels, Path target) throws UnreadableFileException, IOException {
        return write(source, options, findings, headerRows, lang, labels, target, WHOLE_WORKBOOK_LIMIT, MAX_COMMENTED);
    }

    static Written write(Path source, ReadOptions options, List<Finding> findings, Map<String, Integer> headerRows,
                         Lang lang, Labels labels, Path target, long wholeWorkbookLimit, int maxCommented)
            throws UnreadableFileException, IOException {
        AnnotatedCopy copy = new AnnotatedCopy(findings, headerRows, lang, labels, maxCommented);
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".bangfu-", ".xlsx.part");
        try {
            boolean whole = isXlsx(source) && Files.size(source) <= wholeWorkbookLimit;
            if (whole) {
                try {
                    copy.annotateWhole(source, temp);
                } catch (UnreadableFileException e) {
                    // POI's whole model refuses what the streaming reader took (zip-bomb limits, odd parts):
                    // the values are still worth annotating.
                    whole = false;
                }
            }
            if (!whole) {
                try {
                    copy.annotateValues(source, options, temp);
                } catch (RuntimeException e) {
                    // The streamed rows wait in temporary files: a full temporary folder comes wrapped.
                    for (Throwable t = e; t != null; t = t.getCause()) if (t instanceof IOException io) throw io;
                    throw e;
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return new Written(target, !whole, (int) copy.marks.stream().map(Mark::key).distinct().count(), copy.marks.size(),
                    copy.commented, copy.lastCommented);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isXlsx(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K';
        }
    }

    private int placeRow(Finding f) {
        if (f.where().row() > 0) return f.where().row();
        return Math.max(1, headerRows.getOrDefault(f.where().sheet(), 1));
    }

    private static int placeColumn(Finding f) {
        String letters = f.where().column();
        return letters.isEmpty() ? 0 : CellReference.convertColStringToIndex(letters);
    }

    // ---- the clerk's .xlsx, opened whole -------------------------------------------------------------

    private void annotateWhole(Path source, Path temp) throws IOException, UnreadableFileException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(source)) {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(bangfu.model.Message.of("sheet.read_failed",
                    Spreadsheets.displayName(source), XlsxReader.detail(e)), e);
        }
        try (wb) {
            Map<String, String> written = new HashMap<>();
            for (Sheet s : wb) written.put(s.getSheetName(), s.getSheetName());
            Map<Long, XSSFCellStyle> fills = new HashMap<>();
            for (Map.Entry<String, List<Mark>> bySheet : marksBySheet().entrySet()) {
                Sheet sheet = wb.getSheet(bySheet.getKey());
                if (sheet == null) continue;
                Drawing<?> drawing = sheet.createDrawingPatriarch();
                for (List<Mark> cellMarks : byCell(bySheet.getValue()).values()) {
                    Mark first = cellMarks.get(0);
                    Row row = sheet.getRow(first.row - 1);
                    if (row == null) row = sheet.createRow(first.row - 1);
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(first.column);
                    if (cell == null) cell = row.createCell(first.column);
                    Severity worst = worst(cellMarks);
                    short original = cell.getCellStyle().getIndex();
                    long key = ((long) original << 1) | (worst == Severity.ERROR ? 0 : 1);
                    cell.setCellStyle(fills.computeIfAbsent(key, k -> filled(wb, wb.getCellStyleAt(original), worst)));
                    if (commentedCells.contains(first.key())) comment(wb, drawing, cell, cellMarks);
                }
            }
            Sheet listing = wb.createSheet(uniqueName(wb));
            list(wb, listing, written);
            wb.setSheetOrder(listing.getSheetName(), 0);
            for (Sheet s : wb) s.setSelected(false);
            listing.setSelected(true);
            wb.setActiveSheet(0);
            wb.setFirstVisibleTab(0);
            save(wb, temp);
        }
    }

    private static XSSFCellStyle filled(XSSFWorkbook wb, XSSFCellStyle original, Severity severity) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(original);
        s.setFillForegroundColor(new XSSFColor(severity == Severity.ERROR ? ERROR_FILL : WARNING_FILL));
        s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return s;
    }

    private void comment(Workbook wb, Drawing<?> drawing, org.apache.poi.ss.usermodel.Cell cell, List<Mark> cellMarks) {
        StringBuilder text = new StringBuilder();
        for (Mark m : cellMarks) {
            if (!text.isEmpty()) text.append("\n\n");
            Finding f = m.finding;
            text.append(labels.severity(f.severity())).append(' ').append(f.issue().code()).append(": ")
                    .append(f.issue().message().render(lang)).append('\n')
                    .append(labels.hint()).append(": ").append(f.issue().hint().render(lang));
        }
        Comment existing = cell.getCellComment();
        if (existing != null) {
            // The clerk's own note stays, below ours.
            String theirs = existing.getString() == null ? "" : existing.getString().getString();
            existing.setString(wb.getCreationHelper().createRichTextString(text + "\n\n—\n" + theirs));
            return;
        }
        CreationHelper helper = wb.getCreationHelper();
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 3 + 2 * cellMarks.size());
        Comment c = drawing.createCellComment(anchor);
        c.setString(helper.createRichTextString(text.toString()));
        c.setAuthor(AUTHOR);
        // The streaming sheet takes the comment's cell from its anchor, which sits beside the cell.
        c.setAddress(cell.getAddress());
        cell.setCellComment(c);
    }

    // ---- values only: .xls, CSV, large .xlsx ---------------------------------------------------------

    private void annotateValues(Path source, ReadOptions options, Path temp) throws IOException, UnreadableFileException {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try {
            wb.setCompressTempFiles(true);
            Sheet listing = wb.createSheet(LISTING_SHEET);
            ValueSheets sink = new ValueSheets(wb);
            Spreadsheets.read(source, options, sink, ReadProgress.NONE);
            list(wb, listing, sink.written);
            listing.setSelected(true);
            wb.setActiveSheet(0);
            save(wb, temp);
        } finally {
            // The streamed rows wait in temporary files that hold the clerk's data: remove them, whatever happened.
            wb.dispose();
            wb.close();
        }
    }

    /** Writes each sheet's rows as they are read, with the marked cells filled and commented. */
    private final class ValueSheets implements RowSink {
        private final SXSSFWorkbook wb;
        private final Map<String, Map<Integer, Map<Integer, List<Mark>>>> pending = new HashMap<>();
        /** Original sheet name → the name it has in the copy (Excel forbids some characters and long names). */
        final Map<String, String> written = new HashMap<>();
        private final Set<String> taken = new HashSet<>(Set.of(LISTING_SHEET.toLowerCase(Locale.ROOT)));
        private final Map<Integer, CellStyle> styles = new HashMap<>();
        private Sheet sheet;
        private Drawing<?> drawing;
        private TreeMap<Integer, Map<Integer, List<Mark>>> rows;

        ValueSheets(SXSSFWorkbook wb) {
            this.wb = wb;
            marksBySheet().forEach((name, list) -> pending.put(name, byRowAndColumn(list)));
        }

        @Override
        public void startSheet(String name) {
            String safe = WorkbookUtil.createSafeSheetName(name, '_');
            String unique = safe;
            for (int n = 2; taken.contains(unique.toLowerCase(Locale.ROOT)); n++) {
                String suffix = " (" + n + ")";
                unique = safe.substring(0, Math.min(safe.length(), 31 - suffix.length())) + suffix;
            }
            taken.add(unique.toLowerCase(Locale.ROOT));
            written.putIfAbsent(name, unique);
            sheet = wb.createSheet(unique);
            sheet.setDefaultColumnWidth(14);
            drawing = null;
            rows = new TreeMap<>(pending.getOrDefault(name, Map.of()));
        }

        @Override
        public void row(RawRow raw) {
            markedRowsBefore(raw.number());
            Row row = sheet.createRow(raw.number() - 1);
            Map<Integer, List<Mark>> marked = rows.remove(raw.number());
            int width = raw.cells().size();
            if (marked != null) width = Math.max(width, marked.keySet().stream().mapToInt(i -> i + 1).max().orElse(0));
            for (int col = 0; col < width; col++) {
                Cell c = raw.cell(col);
                List<Mark> cellMarks = marked == null ? null : marked.get(col);
                if (c.isBlank() && cellMarks == null) continue;
                value(row, col, c, cellMarks);
            }
        }

        @Override
        public void endSheet() {
            markedRowsBefore(Integer.MAX_VALUE);
        }

        /** Rows the reader skipped as blank but that carry a finding (a missing value) still get their mark. */
        private void markedRowsBefore(int number) {
            while (!rows.isEmpty() && rows.firstKey() < number) {
                Map.Entry<Integer, Map<Integer, List<Mark>>> e = rows.pollFirstEntry();
                Row row = sheet.createRow(e.getKey() - 1);
                for (Map.Entry<Integer, List<Mark>> cell : e.getValue().entrySet()) {
                    value(row, cell.getKey(), Cell.BLANK, cell.getValue());
                }
            }
        }

        private void value(Row row, int col, Cell c, List<Mark> cellMarks) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(col);
            ValueKind kind = ValueKind.TEXT;
            switch (c.kind()) {
                case NUMBER -> {
                    // A long integer is an ID or card number typed as a number: keep its digits visible as text.
                    if (c.text().matches("-?\\d{12,}")) {
                        cell.setCellValue(c.text());
                    } else {
                        cell.setCellValue(Double.parseDouble(c.text()));
                        kind = ValueKind.NUMBER;
                    }
                }
                case DATE -> {
                    if (c.text().length() > 10) {
                        cell.setCellValue(LocalDateTime.parse(c.text()));
                        kind = ValueKind.DATE_TIME;
                    } else {
                        cell.setCellValue(LocalDate.parse(c.text()));
                        kind = ValueKind.DATE;
                    }
                }
                case BOOLEAN -> {
                    cell.setCellValue(Boolean.parseBoolean(c.text()));
                    kind = ValueKind.NUMBER;
                }
                case BLANK -> { }
                default -> cell.setCellValue(c.text());
            }
            Severity severity = cellMarks == null ? null : worst(cellMarks);
            cell.setCellStyle(style(kind, severity));
            if (cellMarks != null && commentedCells.contains(cellMarks.get(0).key())) {
                if (drawing == null) drawing = sheet.createDrawingPatriarch();
                comment(wb, drawing, cell, cellMarks);
            }
        }

        /** One style per kind of value and fill: a few styles for the whole workbook, not one per cell. */
        private CellStyle style(ValueKind kind, Severity severity) {
            int key = kind.ordinal() * 3 + (severity == null ? 0 : severity == Severity.ERROR ? 1 : 2);
            return styles.computeIfAbsent(key, k -> {
                XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
                s.setDataFormat(wb.createDataFormat().getFormat(kind.format));
                if (severity != null) {
                    s.setFillForegroundColor(new XSSFColor(severity == Severity.ERROR ? ERROR_FILL : WARNING_FILL));
                    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                return s;
            });
        }
    }

    private enum ValueKind {
        TEXT("@"), NUMBER("General"), DATE("yyyy-mm-dd"), DATE_TIME("yyyy-mm-dd hh:mm");

        final String format;

        ValueKind(String format) {
            this.format = format;
        }
    }

    // ---- the listing sheet ---------------------------------------------------------------------------

    private void list(Workbook wb, Sheet listing, Map<String, String> written) {
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        CellStyle link = wb.createCellStyle();
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());
        link.setFont(blue);
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));
        int top = 0;
        if (commented < marks.size()) {
            // Said above the listing, where the clerk looks first: past this point the cells are filled only.
            Row note = listing.createRow(top++);
            org.apache.poi.ss.usermodel.Cell c = note.createCell(0);
            c.setCellValue(bangfu.model.Message.of("sheet.listing_commented", commented, marks.size(), lastCommented)
                    .render(lang));
            c.setCellStyle(bold);
        }
        Row header = listing.createRow(top);
        for (int i = 0; i < labels.headers().size(); i++) {
            org.apache.poi.ss.usermodel.Cell c = header.createCell(i);
            c.setCellValue(labels.headers().get(i));
            c.setCellStyle(bold);
        }
        int[] widths = {16, 8, 14, 20, 6, 22, 60, 60};
        for (int i = 0; i < widths.length; i++) listing.setColumnWidth(i, widths[i] * 256);
        listing.createFreezePane(0, top + 1);
        if (marks.isEmpty()) {
            listing.createRow(1).createCell(0).setCellValue(labels.none());
            return;
        }
        CreationHelper helper = wb.getCreationHelper();
        int r = top + 1;
        for (Mark m : sortedMarks()) {
            Finding f = m.finding;
            Row row = listing.createRow(r++);
            String cellName = m.cellName();
            List<String> values = List.of(f.where().sheet(), cellName, f.where().header(), f.value(),
                    labels.severity(f.severity()), f.issue().code(), f.issue().message().render(lang),
                    f.issue().hint().render(lang));
            for (int i = 0; i < values.size(); i++) {
                org.apache.poi.ss.usermodel.Cell c = row.createCell(i);
                c.setCellValue(values.get(i));
                c.setCellStyle(text);
            }
            String target = written.get(f.where().sheet());
            if (target != null && commentedCells.contains(m.key())) {
                Hyperlink h = helper.createHyperlink(HyperlinkType.DOCUMENT);
                h.setAddress(quoteSheet(target) + "!" + cellName);
                org.apache.poi.ss.usermodel.Cell c = row.getCell(1);
                c.setHyperlink(h);
                c.setCellStyle(link);
            }
        }
    }

    /** A sheet name in a reference: always quoted, so spaces, dashes and Chinese need no special case. */
    static String quoteSheet(String name) {
        return "'" + name.replace("'", "''") + "'";
    }

    private static String uniqueName(Workbook wb) {
        String name = LISTING_SHEET;
        for (int n = 2; wb.getSheet(name) != null; n++) name = LISTING_SHEET + " (" + n + ")";
        return name;
    }

    // ---- grouping --------------------------------------------------------------------------------------

    private record Mark(Finding finding, int row, int column) {
        String key() {
            return finding.where().sheet() + "\u0000" + row + "\u0000" + column;
        }

        String cellName() {
            return new CellReference(row - 1, column).formatAsString();
        }
    }

    private List<Mark> sortedMarks() {
        Map<String, Integer> sheetOrder = new HashMap<>();
        for (Mark m : marks) sheetOrder.putIfAbsent(m.finding.where().sheet(), sheetOrder.size());
        List<Mark> sorted = new ArrayList<>(marks);
        sorted.sort(Comparator.<Mark>comparingInt(m -> sheetOrder.get(m.finding.where().sheet()))
                .thenComparingInt(Mark::row).thenComparingInt(Mark::column));
        return sorted;
    }

    private Map<String, List<Mark>> marksBySheet() {
        Map<String, List<Mark>> out = new LinkedHashMap<>();
        for (Mark m : sortedMarks()) out.computeIfAbsent(m.finding.where().sheet(), k -> new ArrayList<>()).add(m);
        return out;
    }

    private static Map<String, List<Mark>> byCell(List<Mark> sheetMarks) {
        Map<String, List<Mark>> out = new LinkedHashMap<>();
        for (Mark m : sheetMarks) out.computeIfAbsent(m.key(), k -> new ArrayList<>()).add(m);
        return out;
    }

    private static Map<Integer, Map<Integer, List<Mark>>> byRowAndColumn(List<Mark> sheetMarks) {
        Map<Integer, Map<Integer, List<Mark>>> out = new HashMap<>();
        for (Mark m : sheetMarks) {
            out.computeIfAbsent(m.row, k -> new TreeMap<>()).computeIfAbsent(m.column, k -> new ArrayList<>()).add(m);
        }
        return out;
    }

    private static Severity worst(List<Mark> cellMarks) {
        return cellMarks.stream().anyMatch(m -> m.finding.severity() == Severity.ERROR) ? Severity.ERROR : Severity.WARNING;
    }

    private static void save(Workbook wb, Path temp) throws IOException {
        try (OutputStream file = Files.newOutputStream(temp)) {
            OutputFile.Watched out = new OutputFile.Watched(file);
            try {
                wb.write(out);
            } catch (RuntimeException e) {
                throw out.reason(e);
            }
        }
    }
}
