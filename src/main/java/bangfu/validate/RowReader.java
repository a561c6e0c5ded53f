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
import bangfu.model.Relation;
import bangfu.model.RosterField;
import bangfu.model.Severity;
import bangfu.model.ValueReading;
import bangfu.model.ValueType;
import bangfu.model.Values;
import bangfu.model.VisitField;
import bangfu.sheet.Cell;
import bangfu.sheet.RawRow;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the data rows of one recognised sheet into typed values. For a roster with a 与户主关系 column,
 * rows other than the head's are members of the head above them and come out as member rows. Keeps, per
 * closed-set column, what was read as what, for the sheet's summary at its end.
 */
public final class RowReader {
    /** Per-capita income may differ from income ÷ 12 ÷ size by this much (fen) before a warning: rounding. */
    static final long PER_CAPITA_TOLERANCE_FEN = 1_000;
    private static final List<String> CAUSE_KEYS = List.of(RosterField.MAIN_CAUSE.key(), RosterField.SECONDARY_CAUSES.key());

    private final SheetLayout layout;
    private final Mapping mapping;
    private final LocalDate today;
    private final Optional<String> defaultUnion;
    private final List<CellIssue> sheetIssues = new ArrayList<>();
    private final Map<Integer, Field> fields = new HashMap<>();
    private final Map<Integer, Field> memberFields = new HashMap<>();
    private final Map<Integer, MoneyUnit> units = new HashMap<>();
    /** The closed-set columns, for the sheet's own rows and for members listed under their head. */
    private final Map<Integer, ChoiceColumn<?>> choices = new HashMap<>();
    private final Map<Integer, ChoiceColumn<?>> memberChoices = new HashMap<>();
    /** Date columns under a 年月 header (建档年月, 出生年月): a month alone is a value there. */
    private final Set<Integer> monthColumns = new HashSet<>();
    private final int relationColumn;
    private final int causesColumn;
    private final ChoiceColumn<Cause> causes;
    /** Where 性别 is for the sheet's own rows and for members under their head, and 困难类别; -1 when absent. */
    private final int genderColumn;
    private final int memberGenderColumn;
    private final int tierColumn;
    private IdNumber lastHead;
    /** The same, as arrays for the per-row path: the layout's columns, and by column index the field and reader of each. */
    private final SheetLayout.Column[] columnList;
    private final Field[] kindFields;
    private final Field[] ownAt;
    private final Field[] memberAt;
    private final ChoiceColumn<?>[] ownChoiceAt;
    private final ChoiceColumn<?>[] memberChoiceAt;
    private final List<Field> requiredFields;

    RowReader(SheetLayout layout, Mapping mapping, LocalDate today, Optional<String> defaultUnion) {
        this.layout = layout;
        this.mapping = mapping;
        this.today = today;
        this.defaultUnion = defaultUnion;
        RecordKind kind = layout.kind();
        Field[] all = kind.fields();
        List<String> unknown = new ArrayList<>();
        Map<String, SheetLayout.Column> firstOfField = new HashMap<>();
        int relation = -1;
        int causesAt = -1;
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
            else if (key.equals(HeaderVocabulary.CAUSES)) causesAt = c.index();
            Arrays.stream(all).filter(f -> f.key().equals(key)).findFirst().ifPresent(f -> {
                fields.put(c.index(), f);
                if (isChoice(f)) choices.put(c.index(), column(kind, f, c));
                if (f.type() == ValueType.DATE && monthsAllowed(f) && isMonthHeader(c.header())) monthColumns.add(c.index());
            });
            units.put(c.index(), MoneyUnit.fromHeader(c.header()));
        }
        relationColumn = kind == RecordKind.ROSTER ? relation : -1;
        causesColumn = causesAt;
        causes = causesAt < 0 ? null : enumColumn(kind, RosterField.MAIN_CAUSE, Cause.class, causesAt, header(causesAt));
        if (relationColumn >= 0) mapMemberColumns();
        genderColumn = column(fields, kind == RecordKind.MEMBERS ? MemberField.GENDER : RosterField.GENDER);
        memberGenderColumn = column(memberFields, MemberField.GENDER);
        tierColumn = kind == RecordKind.ROSTER ? column(fields, RosterField.TIER) : -1;
        columnList = layout.columns().toArray(SheetLayout.Column[]::new);
        kindFields = kind.fields();
        int width = 0;
        for (SheetLayout.Column c : columnList) width = Math.max(width, c.index() + 1);
        ownAt = new Field[width];
        memberAt = new Field[width];
        ownChoiceAt = new ChoiceColumn<?>[width];
        memberChoiceAt = new ChoiceColumn<?>[width];
        fields.forEach((col, f) -> ownAt[col] = f);
        memberFields.forEach((col, f) -> memberAt[col] = f);
        choices.forEach((col, c) -> ownChoiceAt[col] = c);
        memberChoices.forEach((col, c) -> memberChoiceAt[col] = c);
        requiredFields = required();
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
        memberFields.forEach((col, f) -> {
            if (isChoice(f)) memberChoices.put(col, column(RecordKind.MEMBERS, f, columnAt(col)));
        });
    }

    public List<CellIssue> sheetIssues() {
        return sheetIssues;
    }

    public ParsedRow read(RawRow row) {
        if (relationColumn >= 0 && !isHeadRow(row.cell(relationColumn))) return readMemberUnderHead(row);
        RecordKind kind = layout.kind();
        ParsedRow parsed = readWith(row, kind, false);
        if (kind == RecordKind.ROSTER) {
            lastHead = parsed.get(RosterField.HEAD_ID) instanceof IdNumber id ? id : null;
        }
        return parsed;
    }

    /** A blank 与户主关系, 户主 or 本人 marks the head's own row. */
    private boolean isHeadRow(Cell relation) {
        if (relation.isBlank()) return true;
        Vocabulary.Word<?> w = memberChoices.get(relationColumn).vocabulary().find(relation.text());
        return w != null && w.code() == Relation.HEAD;
    }

    /**
     * The end of the sheet: what was read as what, column by column, and the warnings that go with it, after
     * the sheet's own {@code earlier} ones.
     */
    SheetEvent.Ended end(String sheet, List<RowIssue> earlier) {
        Map<Integer, List<ChoiceColumn<?>>> byColumn = new TreeMap<>();
        for (Map<Integer, ChoiceColumn<?>> m : List.of(choices, memberChoices)) {
            m.forEach((col, c) -> byColumn.computeIfAbsent(col, k -> new ArrayList<>()).add(c));
        }
        if (causes != null) byColumn.computeIfAbsent(causesColumn, k -> new ArrayList<>()).add(causes);
        List<ValueReading> readings = new ArrayList<>();
        List<RowIssue> issues = new ArrayList<>(earlier);
        for (List<ChoiceColumn<?>> columns : byColumn.values()) {
            for (ChoiceColumn<?> c : columns) {
                readings.addAll(c.readings());
                issues.addAll(c.keptAsOther());
            }
        }
        return new SheetEvent.Ended(sheet, readings, issues);
    }

    private ParsedRow readMemberUnderHead(RawRow row) {
        ParsedRow parsed = readWith(row, RecordKind.MEMBERS, true);
        // The head comes from the row above: it is not part of what the row states, nor of its digest.
        if (lastHead == null) {
            String relation = row.cell(relationColumn).text().strip();
            parsed.issues().add(new CellIssue(relationColumn, header(relationColumn), Issue.error("MEMBER_WITHOUT_HEAD", relation), relation));
        } else {
            parsed.values().put(MemberField.HEAD_ID, lastHead);
        }
        return parsed;
    }

    private ParsedRow readWith(RawRow row, RecordKind kind, boolean members) {
        Map<Integer, Field> columns = members ? memberFields : fields;
        Field[] at = members ? memberAt : ownAt;
        ChoiceColumn<?>[] chosen = members ? memberChoiceAt : ownChoiceAt;
        FieldValues values = new FieldValues(members ? MEMBER_FIELDS : kindFields);
        Map<String, String> extra = null;
        List<CellIssue> issues = new ArrayList<>();
        for (SheetLayout.Column c : columnList) {
            Cell cell = row.cell(c.index());
            if (cell.isBlank()) continue;
            Field f = at[c.index()];
            if (f == null) {
                if (c.field().isEmpty()) extra = put(extra, c.header(), cell.text());
                continue;
            }
            if (isChoice(f)) {
                readChoice(f, chosen[c.index()], cell, row.number(), values, issues);
                continue;
            }
            Parsed<?> p = parse(f, c, cell);
            Object value = p.valueOrNull();
            if (value != null) values.put(f, value);
            if (p.issues().isEmpty()) continue;
            // A value refused with a warning only (an employer's code that fails its check) is kept as typed.
            if (value == null && !p.hasError()) extra = put(extra, c.header(), cell.text());
            String shown = isPersonal(f) ? maskedText(f, cell) : cell.text();
            for (Issue i : p.issues()) issues.add(new CellIssue(c.index(), c.header(), i, shown));
        }
        if (extra == null) extra = Map.of();
        if (kind == RecordKind.ROSTER && causesColumn >= 0 && !members) readCauses(row, values, issues);
        if (kind == RecordKind.ROSTER && !values.containsKey(RosterField.UNION_NAME) && defaultUnion.isPresent()) {
            values.put(RosterField.UNION_NAME, defaultUnion.get());
        }
        requireFields(kind, columns, values, issues, row);
        fillBlanks(kind, row, columns, values, issues);
        switch (kind) {
            case ROSTER -> {
                splitRegion(values, issues);
                RosterChecks.check(values, layout, issues);
            }
            case MEMBERS -> memberChecks(values, columns, issues);
            case LEDGER -> ledgerChecks(values, issues);
            case VISITS -> visitChecks(values, issues);
        }
        return new ParsedRow(row.number(), kind, values, extra, row, issues, digest(values, extra));
    }

    private static final Field[] MEMBER_FIELDS = RecordKind.MEMBERS.fields();

    private static Map<String, String> put(Map<String, String> extra, String header, String text) {
        Map<String, String> m = extra == null ? new LinkedHashMap<>() : extra;
        m.put(header, text);
        return m;
    }

    private static final List<Field> MEMBER_REQUIRED = List.of(MemberField.NAME);

    private static boolean isChoice(Field f) {
        return f.type() == ValueType.CHOICE || f.type() == ValueType.CHOICES || f.type() == ValueType.YES_NO;
    }

    /** One closed-set cell: its value, and its wording when the value is 其他 for a term without a code of its own. */
    private void readChoice(Field f, ChoiceColumn<?> column, Cell cell, int row, Map<Field, Object> values,
                            List<CellIssue> issues) {
        if (f.type() == ValueType.CHOICES) {
            @SuppressWarnings("unchecked")
            ChoiceColumn<Cause> causeColumn = (ChoiceColumn<Cause>) column;
            CauseList list = causeList(causeColumn, cell, row, issues);
            if (list == null) return;
            values.put(f, List.copyOf(list.causes()));
            list.wording().ifPresent(w -> values.put(wordingOf(f), w));
            return;
        }
        Vocabulary.Word<?> w = column.read(cell.text(), row);
        if (w == null) {
            issues.add(new CellIssue(column.index(), column.header(), column.vocabulary().unknown(column.header(), cell.text()),
                    cell.text()));
            return;
        }
        values.put(f, w.code());
        if (w.reading().keepsWording()) values.put(wordingOf(f), cell.text().strip());
    }

    /** The causes of a cell in the order written, each once, and the wording of those stored as 其他; null when unreadable. */
    private CauseList causeList(ChoiceColumn<Cause> column, Cell cell, int row, List<CellIssue> issues) {
        Set<Cause> found = new LinkedHashSet<>();
        List<String> kept = new ArrayList<>();
        boolean failed = false;
        for (Causes.Piece p : Causes.pieces(cell.text(), column.vocabulary()::find)) {
            Vocabulary.Word<Cause> w = column.resolve(p.word(), p.text(), row);
            if (w == null) {
                issues.add(new CellIssue(column.index(), column.header(), column.vocabulary().unknown(column.header(), p.text()),
                        cell.text()));
                failed = true;
                continue;
            }
            found.add(w.code());
            if (w.reading().keepsWording()) kept.add(p.text());
        }
        if (failed) return null;
        return new CauseList(List.copyOf(found), kept.isEmpty() ? Optional.empty() : Optional.of(String.join("、", kept)));
    }

    private record CauseList(List<Cause> causes, Optional<String> wording) {
    }

    /** 致困原因 in one column: the first cause is the main one, the others secondary; explicit columns win. */
    private void readCauses(RawRow row, Map<Field, Object> values, List<CellIssue> issues) {
        Cell cell = row.cell(causesColumn);
        if (cell.isBlank()) return;
        CauseList list = causeList(causes, cell, row.number(), issues);
        if (list == null || list.causes().isEmpty()) return;
        List<Cause> all = list.causes();
        boolean mainAbsent = !values.containsKey(RosterField.MAIN_CAUSE);
        boolean secondaryAbsent = !values.containsKey(RosterField.SECONDARY_CAUSES);
        if (mainAbsent) values.put(RosterField.MAIN_CAUSE, all.get(0));
        if (all.size() > 1 && secondaryAbsent) values.put(RosterField.SECONDARY_CAUSES, List.copyOf(all.subList(1, all.size())));
        // 其他 appears once among the causes: its wording goes with it, as the main cause or a secondary one.
        list.wording().ifPresent(w -> {
            boolean main = all.get(0) == Cause.OTHER;
            if (main && mainAbsent) values.put(RosterField.MAIN_CAUSE_WORDING, w);
            if (!main && secondaryAbsent) values.put(RosterField.SECONDARY_CAUSES_WORDING, w);
        });
    }

    /**
     * A blank 性别 is taken from the ID number and a blank 困难类别 stays blank for classify; each is said in a
     * warning. Only where the sheet has the column: a sheet without it is not short of anything on every row.
     */
    private void fillBlanks(RecordKind kind, RawRow row, Map<Integer, Field> columns, Map<Field, Object> values,
                            List<CellIssue> issues) {
        Field gender = kind == RecordKind.ROSTER ? RosterField.GENDER : kind == RecordKind.MEMBERS ? MemberField.GENDER : null;
        if (gender == null) return;
        Field idField = kind == RecordKind.ROSTER ? RosterField.HEAD_ID : MemberField.ID_NUMBER;
        int genderAt = columns == memberFields ? memberGenderColumn : genderColumn;
        if (genderAt >= 0 && row.cell(genderAt).isBlank() && values.get(idField) instanceof IdNumber id) {
            values.put(gender, id.gender());
            issues.add(new CellIssue(genderAt, header(genderAt), Issue.warning("GENDER_FROM_ID", id.masked(),
                    id.gender().label(Lang.ZH)), ""));
        }
        if (kind == RecordKind.ROSTER && tierColumn >= 0 && row.cell(tierColumn).isBlank()) {
            issues.add(new CellIssue(tierColumn, header(tierColumn), Issue.warning("TIER_MISSING"), ""));
        }
    }

    /** 所属地区 written as one text fills 省份, 地市 and 区县 where the sheet leaves them blank. */
    /** 所属地区 texts already split: a roster repeats a handful of them; bounded, since a hostile one need not. */
    private final Map<String, Optional<Regions.Split>> splits = new HashMap<>();

    private void splitRegion(Map<Field, Object> values, List<CellIssue> issues) {
        if (!(values.get(RosterField.REGION) instanceof String region)) return;
        if (splits.size() == 1024) splits.clear();
        Optional<Regions.Split> split = splits.computeIfAbsent(region, Regions::split);
        if (split.isEmpty()) {
            issues.add(layout.issueAt(RosterField.REGION, Issue.warning("REGION_UNSPLIT", region), region));
            return;
        }
        Regions.Split s = split.get();
        if (s.province() != null) values.putIfAbsent(RosterField.PROVINCE, s.province());
        if (s.city() != null) values.putIfAbsent(RosterField.CITY, s.city());
        if (s.county() != null) values.putIfAbsent(RosterField.COUNTY, s.county());
    }

    private void requireFields(RecordKind kind, Map<Integer, Field> columns, Map<Field, Object> values,
                               List<CellIssue> issues, RawRow row) {
        // A member listed under its head takes the head from the row above, so only its name is required.
        List<Field> required = columns == memberFields ? MEMBER_REQUIRED : requiredFields;
        for (Field f : required) {
            if (values.containsKey(f)) continue;
            int col = column(columns, f);
            if (col < 0) continue; // a missing column is reported once for the sheet
            boolean unreadable = issues.stream().anyMatch(i -> i.column() == col && i.issue().severity() == Severity.ERROR);
            if (!unreadable) issues.add(new CellIssue(col, header(col), Issue.error("REQUIRED_MISSING", f.zh(), f.en()), ""));
        }
    }

    private void memberChecks(Map<Field, Object> values, Map<Integer, Field> columns, List<CellIssue> issues) {
        if (values.get(MemberField.ID_NUMBER) instanceof IdNumber id) {
            int col = column(columns, MemberField.ID_NUMBER);
            for (Issue i : IdNumbers.crossCheck(id, (Gender) values.get(MemberField.GENDER), (Temporal) values.get(MemberField.BIRTH_DATE))) {
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
        return switch (f.type()) {
            case ID -> IdNumbers.parse(cell, today);
            case DATE -> monthColumns.contains(c.index()) ? Dates.parseMonthOrDay(cell) : Dates.parse(cell);
            case MONEY -> f == LedgerField.AMOUNT ? Amounts.parse(cell, units.getOrDefault(c.index(), MoneyUnit.YUAN))
                    : Money.parse(cell, units.getOrDefault(c.index(), MoneyUnit.YUAN));
            case COUNT -> Counts.parse(cell);
            case AREA -> Areas.parse(cell);
            case PERSONAL -> f == LedgerField.CARD ? maskedCard(cell) : Phones.parse(cell);
            case CREDIT_CODE -> CreditCodes.parse(cell);
            case TEXT, WORDING -> text(f, cell);
            case CHOICE, CHOICES, YES_NO -> throw new IllegalStateException("read by its column: " + f);
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

    /** The reader of one closed-set column of a kind of sheet, with the union's spellings and policy for it. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private ChoiceColumn<?> column(RecordKind kind, Field f, SheetLayout.Column c) {
        if (f.type() == ValueType.YES_NO) return new ChoiceColumn<>(Choices.YES_NO, c.index(), c.header(), false, false);
        return enumColumn(kind, f, (Class) f.choices().orElseThrow(), c.index(), c.header());
    }

    private <E extends Enum<E>> ChoiceColumn<E> enumColumn(RecordKind kind, Field f, Class<E> type, int index, String header) {
        // Every cause column reads the union's spellings and policy for causes, given under either key.
        List<String> keys = f.choices().orElseThrow() == Cause.class ? CAUSE_KEYS : List.of(f.key());
        Map<String, E> aliases = new HashMap<>();
        boolean unknownAsOther = false;
        for (String key : keys) {
            mapping.valueAliases(kind, key).forEach((text, name) -> aliases.put(text, Enum.valueOf(type, name)));
            unknownAsOther |= mapping.policy().keepsUnknownAsOther(kind, key);
        }
        return new ChoiceColumn<>(Choices.of(type).withAliases(aliases), index, header, unknownAsOther, true);
    }

    /** The field that keeps the wording of a value stored as 其他: {@code main_cause} → {@code main_cause_wording}. */
    private Field wordingOf(Field f) {
        String key = f.key() + "_wording";
        RecordKind kind = f instanceof MemberField ? RecordKind.MEMBERS : layout.kind();
        return Arrays.stream(kind.fields()).filter(w -> w.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no wording field for " + f));
    }

    /** Where a month alone is a date: birth dates and filing dates; the dates of payments, visits and exits need the day. */
    private static boolean monthsAllowed(Field f) {
        return f == RosterField.BIRTH_DATE || f == RosterField.FILED_ON || f == MemberField.BIRTH_DATE;
    }

    /** 建档年月, 出生年月: a header that asks for a year and month, not 出生年月日. */
    static boolean isMonthHeader(String header) {
        String h = HeaderText.normalise(header);
        return h.contains("年月") && !h.contains("年月日");
    }

    private static boolean isPersonal(Field f) {
        return f.type() == ValueType.ID || f.type() == ValueType.PERSONAL;
    }

    private static String maskedText(Field f, Cell cell) {
        if (f == LedgerField.CARD) return Masks.middle(cell.text());
        if (f.type() == ValueType.PERSONAL) return Masks.phone(cell.text());
        return Masks.middle(cell.text());
    }

    private SheetLayout.Column columnAt(int index) {
        return layout.columns().stream().filter(c -> c.index() == index).findFirst().orElseThrow();
    }

    private String header(int column) {
        return layout.columns().stream().filter(c -> c.index() == column).map(SheetLayout.Column::header)
                .findFirst().orElse("");
    }

    /**
     * 64-bit FNV-1a over the canonical values ({@link Values#canonical}): equal digests mean nothing the file states
     * has changed. Computed from the values themselves, character for character what the canonical strings hold,
     * without building them.
     */
    static long digest(Map<Field, Object> values, Map<String, String> extra) {
        long h = 0xcbf29ce484222325L;
        if (values instanceof FieldValues v) {
            for (int i = 0; i < v.size(); i++) h = mixValue(mix(h, v.fieldAt(i).key()), v.fieldAt(i), v.valueAt(i));
        } else {
            for (Map.Entry<Field, Object> e : values.entrySet()) {
                h = mix(h, e.getKey().key());
                h = mix(h, Values.canonical(e.getKey(), e.getValue()));
            }
        }
        for (Map.Entry<String, String> e : extra.entrySet()) {
            h = mix(h, e.getKey());
            h = mix(h, e.getValue());
        }
        return h;
    }

    private static long mixValue(long h, Field f, Object value) {
        switch (f.type()) {
            case ID -> {
                return mix(h, ((IdNumber) value).value());
            }
            case YES_NO -> {
                return end(chars(h, ((Boolean) value) ? "1" : "0"));
            }
            case CHOICE -> {
                return mix(h, ((Enum<?>) value).name());
            }
            case CHOICES -> {
                List<?> list = (List<?>) value;
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) h = step(h, ',');
                    h = chars(h, ((Enum<?>) list.get(i)).name());
                }
                return end(h);
            }
            default -> {
                if (value instanceof String s) return mix(h, s);
                if (value instanceof Long n) return end(number(h, n));
                if (value instanceof Integer n) return end(number(h, n));
                if (value instanceof LocalDate d && d.getYear() >= 1000 && d.getYear() <= 9999) {
                    return end(two(step(two(step(number(h, d.getYear()), '-'), d.getMonthValue()), '-'), d.getDayOfMonth()));
                }
                return mix(h, Values.canonical(f, value));
            }
        }
    }

    private static long step(long h, char c) {
        h ^= c;
        return h * 0x100000001b3L;
    }

    private static long chars(long h, String s) {
        for (int i = 0; i < s.length(); i++) h = step(h, s.charAt(i));
        return h;
    }

    private static long end(long h) {
        h ^= 0x1f;
        return h * 0x100000001b3L;
    }

    /** The characters of Long.toString(n). */
    private static long number(long h, long n) {
        if (n == Long.MIN_VALUE) return chars(h, Long.toString(n));
        if (n < 0) {
            h = step(h, '-');
            n = -n;
        }
        long div = 1;
        while (div <= n / 10) div *= 10;
        for (; div > 0; div /= 10) h = step(h, (char) ('0' + (n / div) % 10));
        return h;
    }

    private static long two(long h, int n) {
        return step(step(h, (char) ('0' + n / 10)), (char) ('0' + n % 10));
    }

    private static long mix(long h, String s) {
        return end(chars(h, s));
    }
}
