package bangfu.report;

import bangfu.model.Field;
import bangfu.model.Labelled;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import bangfu.model.Selection;
import bangfu.model.UploadTemplate;
import bangfu.model.UploadTemplate.Column;
import bangfu.model.UploadTemplate.Sheet;
import bangfu.model.Values;
import bangfu.store.Storage;
import bangfu.store.Uploads;
import bangfu.store.Uploads.Stored;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The records written back out in a higher-level system's upload template ({@code report export}): one table per
 * sheet of the template, a column per header, every value spelled as the template says. Full ID and phone
 * numbers, since an upload needs them; the command asks for {@code --reveal} before it calls this.
 */
public final class UploadExport {
    /** How the values of a 次要致困原因 cell are joined, as rosters write them and import reads them. */
    static final String LIST_SEPARATOR = "、";

    private UploadExport() {
    }

    /** The export of the files {@code selection} lets through, laid out by {@code template}. */
    public static Report of(Storage db, UploadTemplate template, Selection selection) {
        Uploads rows = db.uploads();
        List<ReportTable> tables = new ArrayList<>();
        for (Sheet sheet : template.sheets()) {
            List<Stored> records = switch (sheet.kind()) {
                case ROSTER -> rows.households(selection);
                case MEMBERS -> rows.members(selection);
                default -> throw new IllegalArgumentException("no upload of " + sheet.kind());
            };
            tables.add(table(template, sheet, records));
        }
        return new Report("export", Message.of("export.title", template.name()), List.of(), tables, List.of());
    }

    private static ReportTable table(UploadTemplate template, Sheet sheet, List<Stored> records) {
        List<ReportTable.Column> columns = sheet.columns().stream()
                .map(c -> new ReportTable.Column(c.field().key(), Message.of("export.header", c.header()), type(c.field())))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (Stored record : records) {
            List<Object> cells = new ArrayList<>();
            for (Column c : sheet.columns()) cells.add(cell(template, c, record));
            rows.add(new Row(RowKind.DATA, cells));
        }
        return new ReportTable(sheet.kind().key(), Message.of("export.sheet", sheet.name()), columns, rows, List.of());
    }

    private static Type type(Field field) {
        return switch (field.type()) {
            case MONEY -> Type.MONEY;
            case COUNT -> Type.COUNT;
            default -> Type.TEXT;
        };
    }

    /** One value as the template spells it; null when the record does not state it. */
    static Object cell(UploadTemplate template, Column column, Stored record) {
        Field field = column.field();
        Object value = record.values().get(field.key());
        if (value == null) return null;
        String wording = (String) record.values().get(field.key() + "_wording");
        return switch (field.type()) {
            case MONEY, COUNT -> value;
            case DATE -> date(template, Values.date(value.toString()));
            case YES_NO -> spelled(column, ((Long) value) != 0 ? "YES" : "NO", null);
            case CHOICE -> spelled(column, value.toString(), wording);
            case CHOICES -> Arrays.stream(value.toString().split(","))
                    .map(code -> spelled(column, code, wording)).collect(Collectors.joining(LIST_SEPARATOR));
            // 住房总面积 in m², with as few decimals as it has: 65.5, 80.
            case AREA -> value instanceof BigDecimal area ? area.stripTrailingZeros().toPlainString() : value.toString();
            default -> value.toString();
        };
    }

    private static String date(UploadTemplate template, Temporal date) {
        return date instanceof YearMonth month ? template.monthFormat().format(month)
                : template.dateFormat().format((LocalDate) date);
    }

    /**
     * A code as the template spells it, else its official word. A value kept as 其他 is written as the words it
     * was read from, which is what the record says and what reads back as the same 其他.
     */
    private static String spelled(Column column, String code, String wording) {
        if (code.equals("OTHER") && wording != null) return wording;
        String spelling = column.spellings().get(code);
        if (spelling != null) return spelling;
        if (code.equals("YES")) return "是";
        if (code.equals("NO")) return "否";
        for (Enum<?> c : column.field().choices().orElseThrow().getEnumConstants()) {
            if (c.name().equals(code)) return c instanceof Labelled l ? l.chinese() : code;
        }
        // A code this version does not know (a newer database): written as stored rather than lost.
        return code;
    }
}
