package bangfu.report;

import bangfu.model.Field;
import bangfu.model.Labelled;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.MemberField;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import bangfu.model.RosterField;
import bangfu.model.Selection;
import bangfu.model.ValueType;
import bangfu.store.Storage;
import bangfu.store.Lists;
import bangfu.store.Lists.ChangeEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The change log: what imports and commands changed in the files, field by field, old → new, with the imported
 * file's name — read from the {@code changes} table, without the columns imports keep for their undo. Values are
 * shown as everywhere: labels for codes, 元 for money, ID and phone numbers masked and a birth date as its year
 * unless revealed.
 */
public final class ChangeLog {
    private final Lang lang;
    private final boolean reveal;

    private ChangeLog(Lang lang, boolean reveal) {
        this.lang = lang;
        this.reveal = reveal;
    }

    /** Which changes: of one import, or recorded on or after a day, or all; of one head's files when given. */
    public record Scope(Long importId, LocalDate since, String headId) {
    }

    public static Report of(Storage db, Scope scope, Selection selection, Lang lang, boolean reveal) {
        List<ChangeEntry> entries = db.lists().changes(scope.importId(), scope.since(), scope.headId(), selection);
        return new ChangeLog(lang, reveal).report(entries, scope, selection);
    }

    private Report report(List<ChangeEntry> entries, Scope scope, Selection selection) {
        List<ReportTable.Column> columns = List.of(ListParts.column("no", Type.COUNT),
                ListParts.column("import", Type.COUNT), ListParts.column("source", Type.TEXT),
                ListParts.column("name", Type.TEXT), ListParts.column("id", Type.TEXT),
                ListParts.column("member", Type.TEXT), ListParts.column("field", Type.TEXT),
                ListParts.column("old", Type.TEXT), ListParts.column("new", Type.TEXT));
        List<Row> rows = new ArrayList<>();
        long n = 0;
        for (ChangeEntry e : entries) {
            Field field = field(e.tableName(), e.columnName());
            rows.add(new Row(RowKind.DATA, Arrays.asList(++n, e.importId(), source(e), e.headName(), id(e.headId()),
                    e.memberName(), field == null ? e.columnName() : field.label(lang),
                    value(field, e.oldValue()), value(field, e.newValue()))));
        }
        List<Message> notes = new ArrayList<>();
        notes.add(Message.of("lists.changes.count", n));
        notes.add(Message.of("lists.changes.note"));
        ReportTable table = new ReportTable("changes", Message.of("lists.changes.table"), columns,
                reveal ? rows : ListParts.numbersMasked(rows), notes);
        List<Message> subtitle = new ArrayList<>();
        if (scope.importId() != null) subtitle.add(Message.of("lists.changes.of_import", scope.importId()));
        if (scope.since() != null) subtitle.add(Message.of("lists.changes.since", scope.since()));
        if (scope.headId() != null) subtitle.add(Message.of("lists.changes.of_household", id(scope.headId())));
        subtitle.addAll(ListParts.scope(selection, lang));
        subtitle.add(Message.of(reveal ? "lists.revealed_all" : "lists.masked_all"));
        return new Report("changes", Message.of("lists.changes.title"), subtitle, List.of(table), List.of());
    }

    private String source(ChangeEntry e) {
        if (e.fileName() != null) return e.fileName();
        return Message.of("lists.changes.by_command", e.command()).render(lang);
    }

    private static Field field(String table, String column) {
        Field[] fields = table.equals("members") ? MemberField.values() : RosterField.values();
        for (Field f : fields) if (f.key().equals(column)) return f;
        return null;
    }

    /** A stored value as the clerk reads it. */
    private String value(Field field, String stored) {
        if (stored == null || stored.isEmpty()) return null;
        if (field == null) return stored;
        ValueType type = field.type();
        return switch (type) {
            case ID -> id(stored);
            case PERSONAL -> reveal ? stored : Masks.phone(stored);
            case MONEY -> money(stored);
            case YES_NO -> Message.of(stored.equals("1") ? "lists.yes" : "lists.no").render(lang);
            case CHOICE -> choice(field, stored);
            case CHOICES -> {
                List<String> labels = new ArrayList<>();
                for (String code : stored.split(",")) labels.add(choice(field, code.strip()));
                yield String.join(lang == Lang.ZH ? "、" : ", ", labels);
            }
            // with the masked ID's first and last four characters, a full birth date leaves two digits unknown
            case DATE -> field.key().equals("birth_date") && !reveal && stored.length() >= 4 ? stored.substring(0, 4) : stored;
            default -> stored;
        };
    }

    private String choice(Field field, String code) {
        Class<? extends Enum<?>> choices = field.choices().orElseThrow();
        for (Enum<?> c : choices.getEnumConstants()) {
            if (c.name().equals(code) && c instanceof Labelled l) return l.label(lang);
        }
        return code;
    }

    private static String money(String fen) {
        try {
            return BigDecimal.valueOf(Long.parseLong(fen), 2).toPlainString();
        } catch (NumberFormatException notFen) {
            return fen;
        }
    }

    private String id(String number) {
        if (number == null || number.isBlank()) return null;
        return reveal ? number : Masks.middle(number);
    }
}
