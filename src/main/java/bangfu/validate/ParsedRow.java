package bangfu.validate;

import bangfu.model.Field;
import bangfu.model.Masks;
import bangfu.model.ValueType;
import java.util.Arrays;
import bangfu.model.RecordKind;
import bangfu.sheet.RawRow;
import java.util.List;
import java.util.Map;

/**
 * One data row read into typed field values, with what was wrong with it.
 *
 * @param values   the fields the row fills (absent when blank or unreadable)
 * @param extra    unrecognised columns, header → text, so nothing the clerk typed is lost
 * @param source   the row as read, for keeping a rejected row's cells
 * @param hash     a digest of values and extra: equal digests mean an unchanged record
 */
public record ParsedRow(int number, RecordKind kind, Map<Field, Object> values, Map<String, String> extra,
                        RawRow source, List<CellIssue> issues, long hash) {
    /** Every non-blank cell, column letter → text. Built only for rejected rows: most rows never need it. */
    public Map<String, String> raw() {
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (int i = 0; i < source.cells().size(); i++) {
            if (!source.cell(i).isBlank()) raw.put(SheetLayout.Column.letters(i), source.cell(i).text());
        }
        return raw;
    }

    /**
     * The cells of a rejected row as they may be kept: no more than an accepted row keeps, and masked as every
     * output masks them — ID and card columns as {@link Masks#middle}, phone columns as {@link Masks#phone},
     * and personal numbers typed anywhere else (a 备注) masked too. The row number says where to fix it.
     */
    public Map<String, String> maskedRaw(SheetLayout layout) {
        Map<String, String> raw = new java.util.LinkedHashMap<>();
        for (int i = 0; i < source.cells().size(); i++) {
            if (source.cell(i).isBlank()) continue;
            raw.put(SheetLayout.Column.letters(i), masked(layout, i, source.cell(i).text()));
        }
        return raw;
    }

    private static String masked(SheetLayout layout, int column, String text) {
        ValueType type = layout.columns().stream().filter(c -> c.index() == column).findFirst()
                .flatMap(SheetLayout.Column::field)
                .flatMap(key -> Arrays.stream(layout.kind().fields()).filter(f -> f.key().equals(key)).findFirst())
                .map(Field::type).orElse(null);
        if (type == ValueType.ID) return Masks.middle(text);
        if (type == ValueType.PERSONAL) return text.chars().filter(Character::isDigit).count() >= 15
                ? Masks.middle(text) : Masks.phone(text);
        return Masks.numbersIn(text);
    }

    public boolean hasError() {
        return CellIssue.anyError(issues);
    }

    public Object get(Field field) {
        return values.get(field);
    }
}
