package bangfu.sheet;

import bangfu.model.Finding;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Severity;
import bangfu.model.UnlistedFindings;
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
 * warnings) and carries a comment with the problem and how to fix it, behind a first sheet that lists the
 * findings with a link to each cell. The clerk fixes the cells in Excel or WPS and checks the file again.
 * Beyond {@link #MAX_COMMENTED} findings only the first, by sheet and row, carry a comment and a link; every
 * cell is still filled, and the listing says where the comments stop. Findings that were only counted, not
 * kept in full ({@link UnlistedFindings}), have their cells filled too, and the listing says how many of
 * which code there are.
 *
 * <p>A small .xlsx is opened whole, so its formatting, formulas and merged cells stay as the clerk made
 * them. An .xls, a CSV, an .xlsx too large to hold in memory ({@link #WHOLE_WORKBOOK_LIMIT}) or one with more
 * cells to fill and findings to list than its whole model holds ({@link #WHOLE_WORKBOOK_MARKS}) becomes a new
 * .xlsx with the values only, streamed row by row; its text cells are formatted as text, so an ID number
 * stays 18 digits when the clerk edits it.
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
    /**
     * The cells to fill and the lines of the listing, which the whole model holds as objects until it is written,
     * with the comments: within 512 MB, a 540 KB roster with 10,000 rows of three findings (30,000 cells, 30,000
     * lines, 20,000 comments) fitted, one with 15,000 rows did not (BENCHMARKS.md). More than this, however small
     * the file, and the copy is streamed.
     */
    static final long WHOLE_WORKBOOK_MARKS = 50_000;
    static final String LISTING_SHEET = "检查结果";
    /**
     * Each comment keeps its text and drawing shape in memory until the workbook is written, and so does each
     * link of the listing: 110,000 of them did not finish within 512 MB. Fills and the listing's text stream
     * out row by row and cost nothing to keep, so every finding gets its fill and every one kept in full its
     * line (BENCHMARKS.md).
     */
    public static final int MAX_COMMENTED = 20_000;
    private static final String AUTHOR = "bangfu";
    /** A number of twelve digits or more: an ID or card number typed as a number, kept as its digits. */
    private static final java.util.regex.Pattern LONG_INTEGER = java.util.regex.Pattern.compile("-?\\d{12,}");

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
     * {@code markedCells} filled for {@code findings} in all, of which {@code listed} are listed and
     * {@code commented} carry a comment and a link, up to {@code lastCommented} (sheet!cell, empty when all do).
     */
    public record Written(Path file, boolean valuesOnly, long markedCells, long findings, int listed, int commented,
                          String lastCommented) {
        public boolean allCommented() {
            return commented == findings;
        }
    }

    private final Lang lang;
    private final Labels labels;
    /** Sheet name → the row to mark findings about the whole sheet on (its header row). */
    private final Map<String, Integer> headerRows;
    /** The findings kept in full, by sheet, row and column. */
    private final List<Mark> marks;
    private final UnlistedFindings unlisted;
    /**
     * Sheet name → the cells of the findings kept in full and of those counted about a whole sheet, placed and
     * sorted as {@link #fill}; the many other counted ones are read from {@link #unlisted} as they are.
     */
    private final Map<String, long[]> kept = new LinkedHashMap<>();
    /** The cells to fill, each counted once. */
    private long markedCells;
    /** Sheet name → the cells (by {@link #cellKey}) whose findings are explained in a comment: the first ones. */
    private final Map<String, Map<Long, List<Mark>>> comments = new HashMap<>();
    private int commented;
    private String lastCommented = "";

    private AnnotatedCopy(List<Finding> findings, UnlistedFindings unlisted, Map<String, Integer> headerRows, Lang lang,
                          Labels labels, int maxCommented) {
        this.lang = lang;
        this.labels = labels;
        this.headerRows = headerRows;
        this.unlisted = unlisted;
        this.marks = sorted(findings);
        // Whole cells: a cell's comment explains all its findings or the cell has none.
        for (List<Mark> cell : byCell(marks)) {
            if (commented >= maxCommented) break;
            Mark first = cell.get(0);
            comments.computeIfAbsent(first.sheet(), k -> new HashMap<>()).put(cellKey(first.row, first.column), cell);
            commented += cell.size();
            lastCommented = first.sheet() + "!" + first.cellName();
        }
        if (commented == findingCount()) lastCommented = "";
        collectKept();
        for (String sheet : kept.keySet()) {
            for (FillCursor c = new FillCursor(sheet); c.hasNext(); c.next()) markedCells++;
        }
    }

    private long findingCount() {
        return marks.size() + unlisted.count();
    }

    /**
     * Writes the annotated copy of {@code source} to {@code target} (an .xlsx), through a temporary file in
     * the same folder so that a failure leaves no half-written file behind.
     *
     * @param findings   the findings of {@code source} kept in full; a finding without a column is marked on the
     *                   row's first cell, one without a row on its sheet's header row
     * @param unlisted   those only counted: their cells are filled, without a comment or a line of the listing
     * @param headerRows each sheet's header row, for findings about the whole sheet
     */
    public static Written write(Path source, ReadOptions options, List<Finding> findings, UnlistedFindings unlisted,
                                Map<String, Integer> headerRows, Lang lang, Labels labels, Path target)
            throws UnreadableFileException, IOException {
        return write(source, options, findings, unlisted, headerRows, lang, labels, target, WHOLE_WORKBOOK_LIMIT, MAX_COMMENTED);
    }

    static Written write(Path source, ReadOptions options, List<Finding> findings, UnlistedFindings unlisted,
                         Map<String, Integer> headerRows, Lang lang, Labels labels, Path target, long wholeWorkbookLimit,
                         int maxCommented) throws UnreadableFileException, IOException {
        AnnotatedCopy copy = new AnnotatedCopy(findings, unlisted, headerRows, lang, labels, maxCommented);
        long cells = copy.markedCells;
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, ".bangfu-", ".xlsx.part");
        try {
            boolean whole = isXlsx(source) && Files.size(source) <= wholeWorkbookLimit
                    && cells + copy.marks.size() <= WHOLE_WORKBOOK_MARKS;
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
            return new Written(target, !whole, cells, copy.findingCount(), copy.marks.size(), copy.commented, copy.lastCommented);
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

    private int placeRow(String sheet, int row) {
        if (row > 0) return row;
        return Math.max(1, headerRows.getOrDefault(sheet, 1));
    }

    private static int placeColumn(Finding f) {
        String letters = f.where().column();
        return letters.isEmpty() ? 0 : CellReference.convertColStringToIndex(letters);
    }

    /** A cell of a sheet as one long, for the comments' look-up: the row as Excel shows it, the column from 0. */
    private static long cellKey(int row, int column) {
        return (long) row << 32 | column;
    }

    /** A cell to fill and its finding's severity as one long: the cell's key, then one bit, set for a warning. */
    private static long fill(int row, int column, Severity severity) {
        return cellKey(row, column) << 1 | (severity == Severity.ERROR ? 0 : 1);
    }

    private void collectKept() {
        Map<String, List<Long>> cells = new LinkedHashMap<>();
        for (Mark m : marks) cells.computeIfAbsent(m.sheet(), k -> new ArrayList<>()).add(fill(m.row, m.column, m.finding.severity()));
        unlisted.cells().forEach((sheet, counted) -> {
            List<Long> here = cells.computeIfAbsent(sheet, k -> new ArrayList<>());
            // Those about a whole sheet come first and are few: they move to the header row.
            for (UnlistedFindings.Reader r = counted.reader(); r.hasNext() && r.row() == 0; r.advance()) {
                here.add(fill(placeRow(sheet, 0), Math.max(0, r.column()), r.severity()));
            }
        });
        cells.forEach((sheet, list) -> kept.put(sheet, list.stream().mapToLong(Long::longValue).sorted().toArray()));
    }

    /**
     * The cells to fill of one sheet, in row and column order, each once with its worst severity: the few kept
     * in full merged, as they are read, with the many only counted, which are never copied — millions of them
     * fit in memory once, not twice.
     */
    private final class FillCursor {
        private final long[] few;
        /** Null when the sheet has no findings only counted. */
        private final UnlistedFindings.Reader many;
        private int f;

        FillCursor(String sheet) {
            few = kept.getOrDefault(sheet, new long[0]);
            UnlistedFindings.Cells counted = unlisted.cells().get(sheet);
            many = counted == null ? null : counted.reader();
            while (many != null && many.hasNext() && many.row() == 0) many.advance(); // placed among the few
        }

        boolean hasNext() {
            return f < few.length || (many != null && many.hasNext());
        }

        /** The next cell's row, as Excel shows it. */
        int row() {
            return (int) (peek() >>> 32);
        }

        /** The next cell's column, from 0. */
        int column() {
            return (int) (peek() & 0xFFFF_FFFFL);
        }

        /** Moves past the next cell; returns the worst severity of its findings. */
        Severity next() {
            long cell = peek();
            boolean error = false;
            for (; fewCell() == cell; f++) error |= (few[f] & 1) == 0;
            for (; manyCell() == cell; many.advance()) error |= many.severity() == Severity.ERROR;
            return error ? Severity.ERROR : Severity.WARNING;
        }

        private long peek() {
            return Math.min(fewCell(), manyCell());
        }

        private long fewCell() {
            return f < few.length ? few[f] >>> 1 : Long.MAX_VALUE;
        }

        /** A finding about a whole row is marked on its first cell, which keeps the order. */
        private long manyCell() {
            return many != null && many.hasNext() ? cellKey(many.row(), Math.max(0, many.column())) : Long.MAX_VALUE;
        }
    }

    // ---- the clerk's .xlsx, opened whole -------------------------------------------------------------

    private void annotateWhole(Path source, Path temp) throws IOException, UnreadableFileException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(source)) {
            wb = new XSSFWorkbook(in);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFileException(Message.of("sheet.read_failed",
                    Spreadsheets.displayName(source), XlsxReader.detail(e)), e);
        }
        try (wb) {
            Map<String, String> written = new HashMap<>();
            for (Sheet s : wb) written.put(s.getSheetName(), s.getSheetName());
            Map<Long, XSSFCellStyle> styles = new HashMap<>();
            for (String name : kept.keySet()) {
                Sheet sheet = wb.getSheet(name);
                if (sheet == null) continue;
                Map<Long, List<Mark>> commentsHere = comments.getOrDefault(name, Map.of());
                Drawing<?> drawing = null;
                for (FillCursor marked = new FillCursor(name); marked.hasNext(); ) {
                    int r = marked.row();
                    int col = marked.column();
                    Severity worst = marked.next();
                    Row row = sheet.getRow(r - 1);
                    if (row == null) row = sheet.createRow(r - 1);
                    org.apache.poi.ss.usermodel.Cell cell = row.getCell(col);
                    if (cell == null) cell = row.createCell(col);
                    short original = cell.getCellStyle().getIndex();
                    long key = ((long) original << 1) | (worst == Severity.ERROR ? 0 : 1);
                    cell.setCellStyle(styles.computeIfAbsent(key, k -> filled(wb, wb.getCellStyleAt(original), worst)));
                    List<Mark> explained = commentsHere.get(cellKey(r, col));
                    if (explained == null) continue;
                    if (drawing == null) drawing = sheet.createDrawingPatriarch();
                    comment(wb, drawing, cell, explained);
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

    /** Writes each sheet's rows as they are read, with the marked cells filled and the first ones commented. */
    private final class ValueSheets implements RowSink {
        private final SXSSFWorkbook wb;
        /** Original sheet name → the name it has in the copy (Excel forbids some characters and long names). */
        final Map<String, String> written = new HashMap<>();
        private final Set<String> taken = new HashSet<>(Set.of(LISTING_SHEET.toLowerCase(Locale.ROOT)));
        private final Map<Integer, CellStyle> styles = new HashMap<>();
        private Sheet sheet;
        private Drawing<?> drawing;
        /** The sheet's cells to fill not written yet: rows come in order, and so do the cells. */
        private FillCursor marked;
        private Map<Long, List<Mark>> commentsHere = Map.of();

        ValueSheets(SXSSFWorkbook wb) {
            this.wb = wb;
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
            marked = new FillCursor(name);
            commentsHere = comments.getOrDefault(name, Map.of());
        }

        @Override
        public void row(RawRow raw) {
            int number = raw.number();
            markedRowsBefore(number);
            Row row = sheet.createRow(number - 1);
            int width = raw.cells().size();
            int col = 0;
            while (true) {
                boolean markedHere = marked.hasNext() && marked.row() == number;
                int nextMarked = markedHere ? marked.column() : Integer.MAX_VALUE;
                for (; col < Math.min(width, nextMarked); col++) {
                    Cell c = raw.cell(col);
                    if (!c.isBlank()) value(row, col, c, null, null);
                }
                if (!markedHere) return;
                value(row, nextMarked, raw.cell(nextMarked), marked.next(), commentsHere.get(cellKey(number, nextMarked)));
                col = nextMarked + 1;
            }
        }

        @Override
        public void endSheet() {
            markedRowsBefore(Integer.MAX_VALUE);
        }

        /** Rows the reader skipped as blank but that carry a finding (a missing value) still get their mark. */
        private void markedRowsBefore(int number) {
            while (marked.hasNext() && marked.row() < number) {
                int r = marked.row();
                Row row = sheet.createRow(r - 1);
                while (marked.hasNext() && marked.row() == r) {
                    int col = marked.column();
                    value(row, col, Cell.BLANK, marked.next(), commentsHere.get(cellKey(r, col)));
                }
            }
        }

        /** @param fill the cell's worst finding, null for a cell without one; {@code explained} those to comment, or null */
        private void value(Row row, int col, Cell c, Severity fill, List<Mark> explained) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(col);
            ValueKind kind = ValueKind.TEXT;
            switch (c.kind()) {
                case NUMBER -> {
                    // A long integer is an ID or card number typed as a number: keep its digits visible as text.
                    if (LONG_INTEGER.matcher(c.text()).matches()) {
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
            cell.setCellStyle(style(kind, fill));
            if (explained != null) {
                if (drawing == null) drawing = sheet.createDrawingPatriarch();
                comment(wb, drawing, cell, explained);
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

    /** Said above the listing, where the clerk looks first: where the comments stop, what is not listed. */
    private List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (commented < findingCount()) {
            String key = unlisted.isEmpty() ? "sheet.listing_commented" : "sheet.listing_commented_unlisted";
            notes.add(Message.of(key, commented, findingCount(), lastCommented, marks.size()).render(lang));
        }
        for (UnlistedFindings.Count u : unlisted.counts()) {
            notes.add(Message.of("sheet.listing_unlisted", u.count(), u.code(), labels.severity(u.severity()),
                    unlisted.keptPerCode()).render(lang));
        }
        return notes;
    }

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
        for (String note : notes()) {
            org.apache.poi.ss.usermodel.Cell c = listing.createRow(top++).createCell(0);
            c.setCellValue(note);
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
            listing.createRow(top + 1).createCell(0).setCellValue(labels.none());
            return;
        }
        CreationHelper helper = wb.getCreationHelper();
        int r = top + 1;
        for (Mark m : marks) {
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
            if (target != null && comments.getOrDefault(m.sheet(), Map.of()).containsKey(cellKey(m.row, m.column))) {
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

    /** A finding kept in full and the cell it is marked on. */
    private record Mark(Finding finding, int row, int column) {
        String sheet() {
            return finding.where().sheet();
        }

        String cellName() {
            return new CellReference(row - 1, column).formatAsString();
        }
    }

    /** Sheet by sheet in the order the findings name them, then by row and column. */
    private List<Mark> sorted(List<Finding> findings) {
        Map<String, Integer> sheetOrder = new HashMap<>();
        List<Mark> sorted = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            sheetOrder.putIfAbsent(f.where().sheet(), sheetOrder.size());
            sorted.add(new Mark(f, placeRow(f.where().sheet(), f.where().row()), placeColumn(f)));
        }
        sorted.sort(Comparator.<Mark>comparingInt(m -> sheetOrder.get(m.sheet()))
                .thenComparingInt(Mark::row).thenComparingInt(Mark::column));
        return sorted;
    }

    /** Sorted marks grouped by cell. */
    private static List<List<Mark>> byCell(List<Mark> sorted) {
        List<List<Mark>> out = new ArrayList<>();
        Mark previous = null;
        for (Mark m : sorted) {
            if (previous == null || !previous.sheet().equals(m.sheet()) || previous.row != m.row || previous.column != m.column) {
                out.add(new ArrayList<>());
            }
            out.get(out.size() - 1).add(m);
            previous = m;
        }
        return out;
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
