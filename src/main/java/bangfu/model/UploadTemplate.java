package bangfu.model;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The column layout of a higher-level system's import template, which {@code report export} fills: its sheets
 * in order, where each sheet's header stands, which field goes under which header and how values and dates
 * are spelled there. The reverse of the header aliases: one header per field, the one the system wants.
 *
 * @param name        what the template calls itself (national), for the report's title
 * @param dateFormat  how a day is written (yyyy-MM-dd)
 * @param monthFormat how a date stated as a month alone (建档年月 2016-06) is written (yyyy-MM)
 */
public record UploadTemplate(String name, DateTimeFormatter dateFormat, DateTimeFormatter monthFormat, List<Sheet> sheets) {
    public UploadTemplate {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(monthFormat, "monthFormat");
        sheets = List.copyOf(sheets);
        if (sheets.isEmpty()) throw new IllegalArgumentException("a template without sheets");
    }

    /** Where each sheet goes, by the id of the table that fills it: the key of its kind (roster, members). */
    public Map<String, SheetPlacement> placements() {
        Map<String, SheetPlacement> out = new LinkedHashMap<>();
        for (Sheet s : sheets) out.put(s.kind().key(), s.placement());
        return out;
    }

    /**
     * One sheet of the template.
     *
     * @param kind      roster (one row per household file) or members (one row per member, keyed by the head's ID)
     * @param headerRow the Excel row number of the header (1 = the first row); title lines fill the rows above it
     */
    public record Sheet(String name, RecordKind kind, int headerRow, List<String> title, List<Column> columns) {
        public Sheet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(kind, "kind");
            title = List.copyOf(title);
            columns = List.copyOf(columns);
            if (headerRow < 1 || title.size() >= headerRow) throw new IllegalArgumentException("title below the header");
        }

        /** Where the sheet stands in a workbook, for the writer of the workbook. */
        public SheetPlacement placement() {
            return new SheetPlacement(name, headerRow, title);
        }
    }

    /**
     * One column: its header, the field it holds and the spellings of the field's values, code → word (MALE →
     * 男); a code without a spelling here is written as its official word.
     */
    public record Column(String header, Field field, Map<String, String> spellings) {
        public Column {
            Objects.requireNonNull(header, "header");
            Objects.requireNonNull(field, "field");
            spellings = Map.copyOf(spellings);
        }
    }
}
