package bangfu.report;

import bangfu.model.FileStatus;
import bangfu.model.Labelled;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Message;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Row;
import bangfu.model.Selection;
import bangfu.model.Tier;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What the clerk's lists (roster, notice, change log) share: the scope line, labels, masking and Chinese order. */
final class ListParts {
    private ListParts() {
    }

    /**
     * The entries by union and then by name, as a clerk looks them up (pinyin order, from Java's Chinese collator,
     * the same on every machine; empty ones last), then by {@code tie}. Each name's collation key is made once,
     * not again at every comparison as comparing through the collator would.
     */
    static <T> List<T> byUnionAndName(List<T> entries, Function<T, String> union, Function<T, String> name,
                                      Comparator<T> tie) {
        Collator collator = Collator.getInstance(Locale.CHINA);
        Map<String, CollationKey> keys = new HashMap<>();
        Function<String, CollationKey> key = text -> text == null ? null : keys.computeIfAbsent(text, collator::getCollationKey);
        Comparator<CollationKey> keyOrder = Comparator.nullsLast(Comparator.naturalOrder());
        Comparator<String> raw = Comparator.nullsLast(Comparator.naturalOrder());
        List<T> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing((T e) -> key.apply(union.apply(e)), keyOrder)
                .thenComparing(union, raw)
                .thenComparing(e -> key.apply(name.apply(e)), keyOrder)
                .thenComparing(name, raw)
                .thenComparing(tie));
        return sorted;
    }

    /** The line naming the filters, when there are any. */
    static List<Message> scope(Selection s, Lang lang) {
        List<String> parts = new ArrayList<>();
        if (s.union() != null) parts.add(Message.of("lists.scope.union", s.union()).render(lang));
        if (s.region() != null) parts.add(Message.of("lists.scope.region", s.region()).render(lang));
        if (s.tier() != null) parts.add(Message.of("lists.scope.tier", tier(s.tier(), lang)).render(lang));
        if (s.status() != null) parts.add(Message.of("lists.scope.status", label(FileStatus.class, s.status(), lang)).render(lang));
        if (parts.isEmpty()) return List.of();
        return List.of(Message.of("lists.scope", String.join(lang == Lang.ZH ? "；" : "; ", parts)));
    }

    static String tier(String code, Lang lang) {
        if (code == null || code.isEmpty()) return Message.of("lists.unfilled").render(lang);
        return label(Tier.class, code, lang);
    }

    static <E extends Enum<E> & Labelled> String label(Class<E> type, String code, Lang lang) {
        if (code == null || code.isBlank()) return null;
        try {
            return Enum.valueOf(type, code).label(lang);
        } catch (IllegalArgumentException unknown) {
            return code;
        }
    }

    /** Free text (a union's or a cadre's name as typed) with any ID or phone number typed into it masked. */
    static List<Row> numbersMasked(List<Row> rows) {
        return rows.stream().map(r -> new Row(r.kind(), r.key(), r.cells().stream()
                .map(c -> c instanceof String text ? (Object) Masks.numbersIn(text) : c).toList())).toList();
    }

    static ReportTable.Column column(String id, ReportTable.Type type) {
        return new ReportTable.Column(id, Message.of("lists.col." + id), type);
    }
}
