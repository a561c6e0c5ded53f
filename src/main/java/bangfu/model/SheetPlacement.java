package bangfu.model;

import java.util.List;

/**
 * Where a table goes in a workbook laid out by someone else: the sheet's own name, the title lines in the rows
 * above the header, and the header's Excel row number.
 */
public record SheetPlacement(String sheetName, int headerRow, List<String> title) {
    public SheetPlacement {
        title = List.copyOf(title);
        if (headerRow < 1 || title.size() >= headerRow) throw new IllegalArgumentException("title below the header");
    }
}
