package bangfu.validate;

import bangfu.model.Cause;
import bangfu.model.Field;
import bangfu.model.Gender;
import bangfu.model.IdNumber;
import bangfu.model.Issue;
import bangfu.model.Lang;
import bangfu.model.LedgerField;
import bangfu.model.Mapping;
import bangfu.model.Masks;
import bangfu.model.MemberField;
import bangfu.model.Parsed;
import bangfu.model.PaymentMethod;
import bangfu.model.RecordKind;
import bangfu.model.RosterField;
import bangfu.model.Severity;
import bangfu.model.ValueType;
import bangfu.model.Values;
import bangfu.model.VisitField;
import bangfu.sheet.Cell;
import bangfu.sheet.RawRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the data rows of one recognised sheet into typed values. For a roster with a 与户主关系 column,
 * rows other than the head's are members of the head above them and come out as member rows.
 */
public final class RowReader {
    /** Per-capita income may differ from income ÷ 12 ÷ size by this much (fen) before a warning: rounding. */
    static final long PER_CAPITA_TOLERANCE_FEN = 1_000;
    private static final Set<String> HEAD_RELATIONS = Set.of("户主", "本人", "户主本人", "");

    private final SheetLayout layout;
    private final Mapping mapping;
    private final LocalDate today;
    private final Optional<String> defaultUnion;
    private final List<CellIssue> sheetIssues = new ArrayList<>();
    private final Map<Integer, Field> fields = new HashMap<>();
    private final Map<Integer, Field> memberFields = new HashMap<>();
    private final Map<Integer, MoneyUnit> units = new HashMap<>();
    private final Map<String, Map<String, ? extends Enum<?>>> valueAliases = new HashMap<>();
    private final int relationColumn;
    private final int causesColumn;
    private IdNumber lastHead;

    RowReader(SheetLayout layout, Mapping mapping, LocalDate today, Optional<String> defaultUnion) {
        this.layout = layout;
        this.mapping = mapping;
        this.today = today;
        this.defaultUnion = defaultUnion;
        Field[] all = layout.kind().fields();
        List<String> unknown = new ArrayList<>();
        Map<String, SheetLayout.Column> firstOfField = new HashMap<>();
        int relation = -1;
        int causes = -1;
        for (SheetLayout.Column c : layout.columns()) {
            if (c.field().isEmpty()) {
                unknown.add(c.header());
                continue;
            }
            String key = c.field().get();
            if (!key.equals(HeaderVocabulary.IGNORE)) {
                SheetLayout.Column first = firstOfField.putIfAbsent(key, c);
                if (first != null) {
                    sheetIssues.add(new CellIssue(c.index(), c.header(), Issue.error("DUPLICATE_COLUMN",
                            first.letter() + " (" + first.header() + ")", c.letter() + " (" + c.header() + ")"), ""));
                    continue;
                }
            }
            if (key.equals(HeaderVocabulary.RELATION)) relation = c.index();
            else if (key.equals(HeaderVocabulary.CAUSES)) causes = c.index();
            Arrays.stream(all).filter(f -> f.key().equals(key)).findFirst().ifPresent(f -> fields.put(c.index(), f));
            units.put(c.index(), MoneyUnit.fromHeader(c.header()));
        }
        relationColumn = layout.kind() == RecordKind.ROSTER ? relation : -1;
        causesColumn = causes;
        if (relationColumn >= 0) mapMemberColumns();
        if (!unknown.isEmpty()) {
            sheetIssues.add(new CellIssue(-1, "", Issue.warning("UNKNOWN_COLUMNS", String.join("、", unknown)), ""));
        }
        for (Field required : required()) {
            boolean present = fields.containsValue(required)
                    || (required == RosterField.UNION_NAME && defaultUnion.isPresent());
            if (!present) {
                sheetIssues.add(new CellIssue(-1, "", Issue.error("COLUMN_MISSING", required.zh(), required.en()), ""));
            }
        }
    }

    private List<Field> required() {
        return switch (layout.kind()) {
            case ROSTER -> List.of(RosterField.HEAD_ID, RosterField.HEAD_NAME, RosterField.UNION_NAME);
            case MEMBERS -> List.of(MemberField.HEAD_ID, MemberField.NAME);
            case LEDGER -> List.of(LedgerField.HEAD_ID, LedgerField.KIND, LedgerField.AMOUNT, LedgerField.PAID_ON);
            case VISITS -> List.of(VisitField.HEAD_ID, VisitField.VISITED_ON);
        };
    }

    /** In a roster with members under their head, the head's columns hold the member's own values. */
    private void mapMemberColumns() {
        fields.forEach((col, f) -> {
            switch ((RosterField) f) {
                case HEAD_ID -> memberFields.put(col, MemberField.ID_NUMBER);
                case HEAD_NAME -> memberFields.put(col, MemberField.NAME);
                case GENDER -> memberFields.put(col, MemberField.GENDER);
                case BIRTH_DATE -> memberFields.put(col, MemberField.BIRTH_DATE);
                case HEALTH -> memberFields.put(col, MemberField.HEALTH);
                case EMPLOYER -> memberFields.put(col, MemberField.OCCUPATION);
                default -> { }
            }
        });
        memberFields.put(relationColumn, MemberField.RELATION);
    }

    public List<CellIssue> sheetIssues() {
        return sheetIssues;
    }

    public ParsedRow read(RawRow row) {
        if (relationColumn >= 0) {
            String relation = Widths.toHalfWidth(row.cell(relationColumn).text()).strip();
            if (!HEAD_RELATIONS.contains(relation)) return readMemberUnderHead(row, relation);
        }
        Map<Integer, Field> columns = fields;
        RecordKind kind = layout.kind();
        ParsedRow parsed = readWith(row, kind, columns);
        if (kind == RecordKind.ROSTER) {
            lastHead = parsed.get(RosterField.HEAD_ID) instanceof IdNumber id ? id : null;
        }
        return parsed;
    }

    private ParsedRow readMemberUnderHead(RawRow row, String relation) {
        ParsedRow parsed = readWith(row, RecordKind.MEMBERS, memberFields);
        List<CellIssue> issues = new ArrayList<>(parsed.issues());
        Map<Field, Object> values = new LinkedHashMap<>(parsed.values());
        if (lastHead == null) {
            issues.add(new CellIssue(relationColumn, header(relationColumn), Issue.error("MEMBER_WITHOUT_HEAD", relation), relation));
        } else {
            values.put(MemberField.HEAD_ID, lastHead);
        }
        return new ParsedRow(parsed.number(), RecordKind.MEMBERS, values, parsed.extra(), parsed.source(), issues,
                parsed.hash());
    }

    private ParsedRow readWith(RawRow row, RecordKind kind, Map<Integer, Field> columns) {
        Map<Field, Object> values = new LinkedHashMap<>();
        Map<String, String> extra = new LinkedHashMap<>();
        List<CellIssue> issues = new ArrayList<>();
        for (SheetLayout.Column c : layout.columns()) {
            Cell cell = row.cell(c.index());
            if (cell.isBlank()) continue;
            Field f = columns.get(c.index());
            if (f == null) {
                if (c.field().isEmpty()) extra.put(c.header(), cell.text());
                continue;
            }
            Parsed<?> p = parse(f, c, cell);
            p.value().ifPresent(v -> values.put(f, v));
            String shown = isPersonal(f) ? maskedText(f, cell) : cell.text();
            for (Issue i : p.issues()) issues.add(new CellIssue(c.index(), c.header(), i, shown));
        }
        if (kind == RecordKind.ROSTER && causesColumn >= 0 && columns == fields) readCauses(row, values, issues);
        if (kind == RecordKind.ROSTER && !values.containsKey(RosterField.UNION_NAME) && defaultUnion.isPresent()) {
            values.put(RosterField.UNION_NAME, defaultUnion.get());
        }
        requireFields(kind, columns, values, issues, row);
        switch (kind) {
            case ROSTER -> RosterChecks.check(values, layout, issues);
            case MEMBERS -> memberChecks(values, columns, issues);
            case LEDGER -> ledgerChecks(values, issues);
            case VISITS -> visitChecks(values, issues);
        }
        return new ParsedRow(row.number(), kind, values, extra, row, issues, digest(values, extra));
    }

    private void readCauses(RawRow row, Map<Field, Object> values, List<CellIssue> issues) {
        Cell cell = row.cell(causesColumn);
        if (cell.isBlank()) return;
        Parsed<List<Cause>> p = Causes.parseList(cell, header(causesColumn), aliases("main_cause", Cause.class));
        for (Issue i : p.issues()) issues.add(new CellIssue(causesColumn, header(causesColumn), i, cell.text()));
        p.value().ifPresent(list -> {
            if (list.isEmpty()) return;
            values.putIfAbsent(RosterField.MAIN_CAUSE, list.get(0));
            if (list.size() > 1) values.putIfAbsent(RosterField.SECONDARY_CAUSES, List.copyOf(list.subList(1, list.size())));
        });
    }

    private void requireFields(RecordKind kind, Map<Integer, Field> columns, Map<Field, Object> values,
                               List<CellIssue> issues, RawRow row) {
        // A member listed under its head takes the head from the row above, so only its name is required.
        List<Field> required = columns == memberFields ? List.of(MemberField.NAME) : required();
        for (Field f : required) {
            if (values.containsKey(f)) continue;
            int col = columns.entrySet().stream().filter(e -> e.getValue() == f).map(Map.Entry::getKey).findFirst().orElse(-1);
            if (col < 0) continue; // a missing column is reported once for the sheet
            boolean unreadable = issues.stream().anyMatch(i -> i.column() == col && i.issue().severity() == Severity.ERROR);
            if (!unreadable) issues.add(new CellIssue(col, header(col), Issue.error("REQUIRED_MISSING", f.zh(), f.en()), ""));
        }
    }

    private void memberChecks(Map<Field, Object> values, Map<Integer, Field> columns, List<CellIssue> issues) {
        if (values.get(MemberField.ID_NUMBER) instanceof IdNumber id) {
            int col = column(columns, MemberField.ID_NUMBER);
            for (Issue i : IdNumbers.crossCheck(id, Optional.ofNullable((Gender) values.get(MemberField.GENDER)),
                    Optional.ofNullable((LocalDate) values.get(MemberField.BIRTH_DATE)))) {
                issues.add(new CellIssue(col, header(col), i, id.masked()));
            }
        }
    }

    /** 实名制打卡 is the rule: cash and goods in kind load with a warning. A payment not yet made is not a payment. */
    private void ledgerChecks(Map<Field, Object> values, List<CellIssue> issues) {
        if (values.get(LedgerField.PAID_ON) instanceof LocalDate on && on.isAfter(today)) {
            int col = column(fields, LedgerField.PAID_ON);
            issues.add(new CellIssue(col, header(col), Issue.error("PAYMENT_IN_FUTURE", on), on.toString()));
        }
        if (values.get(LedgerField.METHOD) instanceof PaymentMethod m && m != PaymentMethod.BANK_CARD) {
            int col = column(fields, LedgerField.METHOD);
            issues.add(new CellIssue(col, header(col), Issue.warning("PAYMENT_CASH", m.label(Lang.ZH)), m.label(Lang.ZH)));
        }
    }

    private void visitChecks(Map<Field, Object> values, List<CellIssue> issues) {
        if (values.get(VisitField.VISITED_ON) instanceof LocalDate on && on.isAfter(today)) {
            int col = column(fields, VisitField.VISITED_ON);
            issues.add(new CellIssue(col, header(col), Issue.error("VISIT_IN_FUTURE", on), on.toString()));
        }
    }

    private static int column(Map<Integer, Field> columns, Field f) {
        return columns.entrySet().stream().filter(e -> e.getValue() == f).map(Map.Entry::getKey).findFirst().orElse(-1);
    }

    private Parsed<?> parse(Field f, SheetLayout.Column c, Cell cell) {
        String label = c.header();
        return switch (f.type()) {
            case ID -> IdNumbers.parse(cell, today);
            case DATE -> Dates.parse(cell);
            case MONEY -> f == LedgerField.AMOUNT ? Amounts.parse(cell, units.getOrDefault(c.index(), MoneyUnit.YUAN))
                    : Money.parse(cell, units.getOrDefault(c.index(), MoneyUnit.YUAN));
            case COUNT -> Counts.parse(cell);
            case AREA -> Areas.parse(cell);
            case YES_NO -> Choices.YES_NO.parse(cell, label);
            case PERSONAL -> f == LedgerField.CARD ? maskedCard(cell) : Phones.parse(cell);
            case CHOICES -> Causes.parseList(cell, label, aliases(f.key(), Cause.class));
            case CHOICE -> choice(f, cell, label);
            case TEXT -> text(f, cell);
        };
    }

    private Parsed<?> text(Field f, Cell cell) {
        if (f == RosterField.HEAD_NAME || f == MemberField.NAME) return Texts.name(cell);
        if (f == RosterField.ETHNICITY) return Ethnicities.parse(cell);
        if (f == RosterField.REGION_CODE) return RegionCodes.parse(cell);
        return Texts.clean(cell);
    }

    /** Only the masked card is kept: the full number is needed for nothing bangfu does. */
    private static Parsed<String> maskedCard(Cell cell) {
        Parsed<String> card = BankCards.parse(cell);
        return new Parsed<>(card.value().map(BankCards::mask), card.issues());
    }

    private Parsed<?> choice(Field f, Cell cell, String label) {
        if (f == RosterField.GENDER || f == MemberField.GENDER) {
            return Choices.GENDER.parse(cell, label, aliases("gender", bangfu.model.Gender.class));
        }
        if (f instanceof LedgerField ledger) {
            return switch (ledger) {
                case KIND -> LedgerChoices.KIND.parse(cell, label);
                case SOURCE -> LedgerChoices.FUND_SOURCE.parse(cell, label);
                case METHOD -> LedgerChoices.PAYMENT_METHOD.parse(cell, label);
                default -> throw new IllegalStateException("no reader for " + f);
            };
        }
        if (f instanceof VisitField visit) {
            return switch (visit) {
                case KIND -> LedgerChoices.VISIT_KIND.parse(cell, label);
                case OUTCOME -> LedgerChoices.VISIT_OUTCOME.parse(cell, label);
                default -> throw new IllegalStateException("no reader for " + f);
            };
        }
        return switch ((RosterField) f) {
            case TIER -> Choices.TIER.parse(cell, label, aliases("tier", bangfu.model.Tier.class));
            case FILE_LEVEL -> Choices.FILE_LEVEL.parse(cell, label, aliases("file_level", bangfu.model.FileLevel.class));
            case STATUS -> Choices.FILE_STATUS.parse(cell, label, aliases("status", bangfu.model.FileStatus.class));
            case CLOSE_REASON -> Choices.CLOSE_REASON.parse(cell, label, aliases("close_reason", bangfu.model.CloseReason.class));
            case MAIN_CAUSE -> Choices.CAUSE.parse(cell, label, aliases("main_cause", Cause.class));
            default -> throw new IllegalStateException("no reader for " + f);
        };
    }

    /** The union's extra spellings for a field, built once per sheet. */
    @SuppressWarnings("unchecked")
    private <E extends Enum<E>> Map<String, E> aliases(String fieldKey, Class<E> type) {
        return (Map<String, E>) valueAliases.computeIfAbsent(fieldKey, key -> {
            Map<String, E> out = new HashMap<>();
            mapping.valueAliases(key).forEach((text, name) -> out.put(text, Enum.valueOf(type, name)));
            return out;
        });
    }

    private static boolean isPersonal(Field f) {
        return f.type() == ValueType.ID || f.type() == ValueType.PERSONAL;
    }

    private static String maskedText(Field f, Cell cell) {
        if (f == LedgerField.CARD) return Masks.middle(cell.text());
        if (f.type() == ValueType.PERSONAL) return Masks.phone(cell.text());
        return Masks.middle(cell.text());
    }

    private String header(int column) {
        return layout.columns().stream().filter(c -> c.index() == column).map(SheetLayout.Column::header)
                .findFirst().orElse("");
    }

    /** 64-bit FNV-1a over the canonical values: equal digests mean nothing the file states has changed. */
    static long digest(Map<Field, Object> values, Map<String, String> extra) {
        long h = 0xcbf29ce484222325L;
        for (Map.Entry<Field, Object> e : values.entrySet()) {
            h = mix(h, e.getKey().key());
            h = mix(h, Values.canonical(e.getKey(), e.getValue()));
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            h = mix(h, e.getKey());
            h = mix(h, e.getValue());
        }
        return h;
    }

    private static long mix(long h, String s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= 0x1f;
        return h * 0x100000001b3L;
    }
}
