package bangfu.validate;

import bangfu.model.Issue;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import bangfu.sheet.RawRow;
import bangfu.sheet.RowSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Turns the raw rows of a workbook into sheet events: finds each sheet's header, then reads every data
 * row into typed values. Pure and sequential, so it can run on the reading thread.
 */
public final class WorkbookInterpreter implements RowSink {
    private final HeaderFinder finder;
    private final RowReaders readers;
    private final Optional<String> onlySheet;
    private final Consumer<SheetEvent> out;

    private String sheet;
    private boolean skipping;
    private List<RawRow> firstRows;
    private RowReader reader;
    private boolean afterHeader;
    /** The columns the header names, and the rows found holding values only outside them. */
    private boolean[] tableColumns;
    private int strayFirst;
    private int strayLast;
    private int strayRows;
    private int strayColumn;

    public WorkbookInterpreter(HeaderFinder finder, RowReaders readers, Optional<String> onlySheet,
                               Consumer<SheetEvent> out) {
        this.finder = finder;
        this.readers = readers;
        this.onlySheet = onlySheet;
        this.out = out;
    }

    @Override
    public void startSheet(String name) {
        sheet = name;
        skipping = onlySheet.isPresent() && !onlySheet.get().equals(name);
        firstRows = new ArrayList<>();
        reader = null;
        afterHeader = true;
        strayRows = 0;
    }

    @Override
    public void row(RawRow row) {
        if (skipping) return;
        if (reader != null) {
            read(row);
            return;
        }
        firstRows.add(row);
        if (firstRows.size() >= HeaderFinder.SEARCH_ROWS) decide();
    }

    @Override
    public void endSheet() {
        if (skipping) return;
        if (reader == null) decide();
        if (reader == null) return;
        List<RowIssue> stray = strayRows == 0 ? List.of() : List.of(new RowIssue(strayFirst, new CellIssue(strayColumn, "",
                Issue.warning("ROWS_OUTSIDE_TABLE", strayFirst, strayLast, strayRows, SheetLayout.Column.letters(strayColumn)), "")));
        out.accept(reader.end(sheet, stray));
    }

    private void decide() {
        Optional<SheetLayout> layout = finder.find(firstRows);
        if (layout.isEmpty()) {
            out.accept(new SheetEvent.Skipped(sheet, HeaderFinder.seenTexts(firstRows)));
            skipping = true;
            return;
        }
        reader = readers.forLayout(layout.get());
        int width = layout.get().columns().stream().mapToInt(SheetLayout.Column::index).max().orElse(-1) + 1;
        tableColumns = new boolean[width];
        for (SheetLayout.Column c : layout.get().columns()) tableColumns[c.index()] = true;
        out.accept(new SheetEvent.Started(sheet, layout.get(), reader.sheetIssues()));
        int last = layout.get().lastHeaderRow();
        for (RawRow r : firstRows) if (r.number() > last) read(r);
        firstRows = null;
    }

    private void read(RawRow row) {
        // A row of column numbers (1, 2, 3 …) right under the header is layout, not data.
        if (afterHeader && isColumnNumbering(row)) {
            afterHeader = false;
            return;
        }
        afterHeader = false;
        if (isFooter(row)) return;
        if (outsideTable(row)) return;
        out.accept(new SheetEvent.Row(sheet, reader.read(row)));
    }

    /**
     * A row holding values only in columns without a header is not a record but something left beside the
     * table — once a column filled down to row 1,048,576, which made a million rejected rows. Such rows are
     * skipped and named together in one finding, with their range.
     */
    private boolean outsideTable(RawRow row) {
        int first = -1;
        for (int i = 0; i < row.cells().size(); i++) {
            if (row.cells().get(i).isBlank()) continue;
            if (i < tableColumns.length && tableColumns[i]) return false;
            if (first < 0) first = i;
        }
        if (first < 0) return false;
        if (strayRows++ == 0) {
            strayFirst = row.number();
            strayColumn = first;
        }
        strayLast = row.number();
        return true;
    }

    static boolean isColumnNumbering(RawRow row) {
        int expected = 0;
        int seen = 0;
        for (Cell c : row.cells()) {
            if (c.isBlank()) continue;
            String t = c.text().strip();
            if (t.isEmpty() || t.length() > 3 || !t.chars().allMatch(ch -> ch >= '0' && ch <= '9')) return false;
            int n = Integer.parseInt(t);
            if (seen > 0 && n != expected + 1) return false;
            expected = n;
            seen++;
        }
        return seen >= 3;
    }

    /** Totals and sign-off lines under the table: "合计", "填表人：…", "审核人：…". */
    static boolean isFooter(RawRow row) {
        Cell first = null;
        int nonBlank = 0;
        for (Cell c : row.cells()) {
            if (c.isBlank()) continue;
            if (first == null) first = c;
            nonBlank++;
        }
        if (first == null) return true;
        if (first.kind() != CellKind.TEXT) return false;
        String text = Widths.toHalfWidth(first.text()).strip();
        if (TOTAL.matcher(text).lookingAt() && !CONTAINS_ID.matcher(text).find()) return true;
        return nonBlank <= 3 && SIGN_OFF.matcher(text).lookingAt();
    }

    private static final Pattern TOTAL = Pattern.compile("(合\\s*计|总\\s*计|小\\s*计|共\\s*计)");
    private static final Pattern CONTAINS_ID = Pattern.compile("\\d{17}[\\dXx]");
    private static final Pattern SIGN_OFF = Pattern.compile(
            "(填表人|制表人|填报人|审核人|负责人|单位负责人|联系人|填报日期|制表日期|填表日期|注|说明|备注)\\s*[:：]");
}
