package bangfu.report;

import bangfu.lifecycle.FileRecord;
import bangfu.lifecycle.FollowUp;
import bangfu.lifecycle.FollowUpSchedule;
import bangfu.lifecycle.Stint;
import bangfu.lifecycle.Tenure;
import bangfu.model.AssistanceKind;
import bangfu.model.Cause;
import bangfu.model.CloseReason;
import bangfu.model.FundSource;
import bangfu.model.Labelled;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import bangfu.model.Tier;
import bangfu.store.Storage;
import bangfu.store.YearlyFigures;
import bangfu.store.YearlyFigures.AidGroup;
import bangfu.store.YearlyFigures.Among;
import bangfu.store.YearlyFigures.Breakdown;
import bangfu.store.YearlyFigures.FileGroup;
import bangfu.store.YearlyFigures.Scope;
import bangfu.store.YearlyFigures.VisitGroup;
import bangfu.store.YearlyRows;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The yearly report (年度帮扶工作统计): file changes by tier, assistance by kind and funding source, visit
 * coverage and causes of hardship, for one year or a run of years, from exact aggregates of the database.
 */
public final class YearlyReport {
    private final Scope scope;
    private final YearlyFigures figures;
    private final Lang lang;
    private final boolean grouped;
    /** File figures by group, and payments by (group, kind, source): a breakdown has hundreds of groups. */
    private final Map<String, List<FileGroup>> filesByGroup = new java.util.HashMap<>();
    private final Map<List<String>, AidGroup> aidByKey = new java.util.HashMap<>();
    /** The 其中 rows: payments to the files of 农民工 and of 劳模. */
    private final Map<Among, AidGroup> aidAmong = new java.util.EnumMap<>(Among.class);

    private YearlyReport(Scope scope, YearlyFigures figures, Lang lang) {
        this.scope = scope;
        this.figures = figures;
        this.lang = lang;
        this.grouped = scope.by() != Breakdown.NONE;
        for (FileGroup g : figures.files()) filesByGroup.computeIfAbsent(g.group(), k -> new ArrayList<>()).add(g);
        for (AidGroup a : figures.aid()) {
            if (a.among() == Among.ALL) aidByKey.put(Arrays.asList(a.group(), a.kind(), a.source()), a);
            else aidAmong.put(a.among(), a);
        }
    }

    /** Reads the figures of the scope from the database and lays them out in the language given. */
    public static Report of(Storage db, Scope scope, Lang lang) {
        List<String> kinds = Arrays.stream(AssistanceKind.values()).map(Enum::name).toList();
        List<String> sources = Arrays.stream(FundSource.values()).map(Enum::name).toList();
        List<String> causes = Arrays.stream(Cause.values()).map(Enum::name).toList();
        YearlyRows rows = db.yearlyRows(scope, kinds, sources, causes);
        List<AidGroup> aid = AidTally.tally(rows.payments(), rows.households(), scope.by() != Breakdown.NONE, kinds, sources);
        return of(new YearlyFigures(rows.files(), aid, rows.visits(), rows.phaseOuts(), rows.causes()), scope, lang);
    }

    public static Report of(YearlyFigures figures, Scope scope, Lang lang) {
        return new YearlyReport(scope, figures, lang).build();
    }

    private Report build() {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(files());
        tables.add(closures());
        if (scope.years() > 1) tables.add(filesByYear());
        tables.add(aidBy("aid_by_kind", "kind", AssistanceKind.values(), AidGroup::kind));
        tables.add(aidBy("aid_by_source", "source", FundSource.values(), AidGroup::source));
        tables.add(aidDetail());
        tables.add(visits());
        FollowUpCounts followUps = followUpCounts(figures.phaseOuts(), scope);
        if (followUps.due() > 0 || followUps.unscheduled() > 0) tables.add(followUps(followUps));
        tables.add(mainCauses());
        tables.add(secondaryCauses());
        List<Report.Chart> charts = new ArrayList<>();
        if (!grouped) {
            charts.add(new Report.Chart("aid_by_kind", msg("chart.aid_by_kind"), Report.Shape.BAR, "kind", List.of("amount")));
            charts.add(new Report.Chart("aid_by_source", msg("chart.aid_by_source"), Report.Shape.PIE, "source", List.of("amount")));
        }
        if (scope.years() > 1) {
            charts.add(new Report.Chart("files_by_year", msg("chart.files_by_year"), Report.Shape.LINE, "year",
                    List.of("closing", "new", "exited", "closed")));
        }
        return new Report("yearly", title(), subtitle(), tables, charts);
    }

    // ---- titles ----

    private Message title() {
        return scope.years() == 1 ? msg("title.year", scope.fromYear()) : msg("title.years", scope.fromYear(), scope.toYear());
    }

    private List<Message> subtitle() {
        List<Message> lines = new ArrayList<>();
        lines.add(msg("subtitle.period", scope.start(), scope.end()));
        List<String> filters = new ArrayList<>();
        if (scope.tier() != null) filters.add(msg("filter.tier", tierLabel(scope.tier())).render(lang));
        if (scope.union() != null) filters.add(msg("filter.union", scope.union()).render(lang));
        if (scope.region() != null) filters.add(msg("filter.region", scope.region()).render(lang));
        if (!filters.isEmpty()) lines.add(msg("subtitle.filters", String.join(lang == Lang.ZH ? "；" : "; ", filters)));
        if (grouped) lines.add(msg("subtitle.by." + scope.by().name().toLowerCase()));
        return lines;
    }

    // ---- table 1: files ----

    /** The five file figures of a set of periods over the scope; opening + new − exited − closed = closing. */
    private long[] fileFigures(Predicate<FileGroup> which, int from, int to) {
        return fileFigures(figures.files(), which, from, to);
    }

    private long[] fileFigures(String group, Predicate<FileGroup> which, int from, int to) {
        return fileFigures(filesByGroup.getOrDefault(group, List.of()), which, from, to);
    }

    private static long[] fileFigures(List<FileGroup> files, Predicate<FileGroup> which, int from, int to) {
        long opening = 0, filed = 0, exited = 0, closed = 0, closing = 0, people = 0;
        for (FileGroup g : files) {
            if (!which.test(g)) continue;
            if (g.filedYear() < from && g.leftYear() >= from) opening += g.files();
            if (g.filedYear() >= from && g.filedYear() <= to) filed += g.files();
            if (g.leftYear() >= from && g.leftYear() <= to) {
                if (g.leftAs().equals("EXITED")) exited += g.files();
                else closed += g.files();
            }
            if (g.filedYear() <= to && g.leftYear() > to) {
                closing += g.files();
                people += g.people();
            }
        }
        return new long[] {opening, filed, exited, closed, closing, people};
    }

    private ReportTable files() {
        List<Column> columns = new ArrayList<>();
        if (grouped) columns.add(new Column("group", msg("col.group." + scope.by().name().toLowerCase()), Type.TEXT));
        columns.add(new Column("tier", msg("col.tier"), Type.TEXT));
        for (String id : List.of("opening", "new", "exited", "closed", "closing", "people")) {
            columns.add(new Column(id, msg("col." + id), Type.COUNT));
        }
        List<Row> rows = new ArrayList<>();
        List<String> tiers = tiers();
        int from = scope.fromYear(), to = scope.toYear();
        for (String group : groups(figures.files().stream().map(FileGroup::group).toList())) {
            for (String tier : tiers) {
                long[] f = fileFigures(group, g -> g.tier().equals(tier), from, to);
                // a form keeps its four tier rows; a breakdown shows only the rows a group has
                if ((tier.isEmpty() || grouped) && Arrays.stream(f).allMatch(x -> x == 0)) continue;
                rows.add(row(RowKind.DATA, key(group, tier.isEmpty() ? "UNFILLED" : tier), group, tierLabel(tier), f));
            }
            if (grouped) rows.add(row(RowKind.SUBTOTAL, key(group, "subtotal"), group, msg("row.subtotal").render(lang),
                    fileFigures(group, g -> true, from, to)));
        }
        rows.add(row(RowKind.TOTAL, "total", null, msg("row.total").render(lang), fileFigures(g -> true, from, to)));
        rows.add(row(RowKind.OF_WHICH, "migrant_workers", null, msg("row.migrant").render(lang), fileFigures(FileGroup::migrant, from, to)));
        rows.add(row(RowKind.OF_WHICH, "model_workers", null, msg("row.model").render(lang), fileFigures(FileGroup::model, from, to)));
        List<Message> notes = new ArrayList<>(List.of(
                msg("note.files.opening", scope.start()), msg("note.files.changes"), msg("note.files.closing", scope.end()),
                msg("note.files.people"), msg("note.files.identity")));
        long undated = figures.files().stream().mapToLong(FileGroup::undated).sum();
        if (undated > 0) notes.add(msg("note.files.undated", undated));
        return new ReportTable("files", msg("table.files"), columns, rows, notes);
    }

    private ReportTable closures() {
        List<Column> columns = List.of(new Column("reason", msg("col.close_reason"), Type.TEXT),
                new Column("files", msg("col.files"), Type.COUNT));
        Map<String, Long> byReason = new TreeMap<>();
        for (FileGroup g : figures.files()) {
            if (g.leftAs().equals("CLOSED") && g.leftYear() >= scope.fromYear() && g.leftYear() <= scope.toYear()) {
                byReason.merge(g.closeReason(), g.files(), Long::sum);
            }
        }
        List<Row> rows = new ArrayList<>();
        for (CloseReason r : CloseReason.values()) {
            rows.add(new Row(RowKind.DATA, r.name(), List.of(r.label(lang), byReason.getOrDefault(r.name(), 0L))));
        }
        addUnfilledAndOthers(rows, byReason, Arrays.stream(CloseReason.values()).map(Enum::name).toList());
        rows.add(new Row(RowKind.TOTAL, "total", List.of(msg("row.total").render(lang),
                byReason.values().stream().mapToLong(Long::longValue).sum())));
        return new ReportTable("files_closed", msg("table.files_closed"), columns, rows, List.of(msg("note.files_closed")));
    }

    private ReportTable filesByYear() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("year", msg("col.year"), Type.TEXT));
        for (String id : List.of("opening", "new", "exited", "closed", "closing", "people")) {
            columns.add(new Column(id, msg("col." + id), Type.COUNT));
        }
        List<Row> rows = new ArrayList<>();
        for (int y = scope.fromYear(); y <= scope.toYear(); y++) {
            long[] f = fileFigures(g -> true, y, y);
            rows.add(yearRow(RowKind.DATA, Integer.toString(y), Integer.toString(y), f));
        }
        rows.add(yearRow(RowKind.TOTAL, "total", msg("row.total").render(lang),
                fileFigures(g -> true, scope.fromYear(), scope.toYear())));
        return new ReportTable("files_by_year", msg("table.files_by_year"), columns, rows, List.of(msg("note.files_by_year")));
    }

    // ---- table 2: assistance ----

    private List<Column> aidColumns(String labelId, String labelKey) {
        List<Column> columns = new ArrayList<>();
        if (grouped) columns.add(new Column("group", msg("col.group." + scope.by().name().toLowerCase()), Type.TEXT));
        columns.add(new Column(labelId, msg(labelKey), Type.TEXT));
        columns.add(new Column("households", msg("col.households"), Type.COUNT));
        columns.add(new Column("events", msg("col.events"), Type.COUNT));
        columns.add(new Column("payments", msg("col.payments"), Type.COUNT));
        columns.add(new Column("amount", msg("col.amount"), Type.MONEY));
        columns.add(new Column("per_household", msg("col.per_household"), Type.MONEY));
        columns.add(new Column("card_share", msg("col.card_share"), Type.SHARE));
        return columns;
    }

    private Row aidRow(RowKind kind, String key, String group, String label, AidGroup a) {
        List<Object> cells = new ArrayList<>();
        if (grouped) cells.add(group == null ? null : groupLabel(group));
        cells.add(label);
        if (a == null) {
            cells.addAll(Arrays.asList(0L, 0L, 0L, 0L, null, null));
        } else {
            cells.add(a.households());
            cells.add(a.events());
            cells.add(a.payments());
            cells.add(a.fen());
            cells.add(a.households() == 0 ? null : divideHalfUp(a.fen(), a.households()));
            cells.add(a.fen() == 0 ? null : BigDecimal.valueOf(a.cardFen()).divide(BigDecimal.valueOf(a.fen()), java.math.MathContext.DECIMAL64));
        }
        return new Row(kind, key, cells);
    }

    private AidGroup aid(String group, String kind, String source) {
        return aidByKey.get(Arrays.asList(group, kind, source));
    }

    private ReportTable aidBy(String id, String labelId, Labelled[] values, java.util.function.Function<AidGroup, String> dimension) {
        boolean byKind = labelId.equals("kind");
        List<String> codes = new ArrayList<>(Arrays.stream(values).map(v -> ((Enum<?>) v).name()).toList());
        for (AidGroup a : figures.aid()) {
            String code = dimension.apply(a);
            if (code != null && !codes.contains(code)) codes.add(code); // "" (未填) and codes this build does not know
        }
        List<Row> rows = new ArrayList<>();
        List<String> groups = grouped ? groups(figures.aid().stream().map(AidGroup::group).filter(Objects::nonNull).toList())
                : java.util.Collections.singletonList(null);
        for (String group : groups) {
            for (String code : codes) {
                AidGroup a = byKind ? aid(group, code, null) : aid(group, null, code);
                if (a == null && (grouped || !isKnown(values, code))) continue;
                rows.add(aidRow(RowKind.DATA, key(group, code.isEmpty() ? "UNFILLED" : code), group, label(values, code), a));
            }
            if (grouped) rows.add(aidRow(RowKind.SUBTOTAL, key(group, "subtotal"), group, msg("row.subtotal").render(lang),
                    aid(group, null, null)));
        }
        rows.add(aidRow(RowKind.TOTAL, "total", null, msg("row.total").render(lang), aid(null, null, null)));
        rows.add(aidRow(RowKind.OF_WHICH, "migrant_workers", null, msg("row.migrant").render(lang), aidAmong.get(Among.MIGRANT_WORKERS)));
        rows.add(aidRow(RowKind.OF_WHICH, "model_workers", null, msg("row.model").render(lang), aidAmong.get(Among.MODEL_WORKERS)));
        return new ReportTable(id, msg("table." + id), aidColumns(labelId, "col." + labelId), rows,
                byKind ? aidNotes() : List.of(msg("note.aid.see_above")));
    }

    private ReportTable aidDetail() {
        List<Column> columns = new ArrayList<>();
        columns.add(new Column("kind", msg("col.kind"), Type.TEXT));
        columns.add(new Column("source", msg("col.source"), Type.TEXT));
        for (Column c : aidColumns("x", "col.kind")) if (c.type() != Type.TEXT) columns.add(c);
        List<Row> rows = new ArrayList<>();
        List<String> kinds = new ArrayList<>(Arrays.stream(AssistanceKind.values()).map(Enum::name).toList());
        List<String> sources = new ArrayList<>(Arrays.stream(FundSource.values()).map(Enum::name).toList());
        sources.add("");
        for (AidGroup a : figures.aid()) {
            if (a.kind() != null && !kinds.contains(a.kind())) kinds.add(a.kind());
            if (a.source() != null && !sources.contains(a.source())) sources.add(a.source());
        }
        for (String kind : kinds) {
            AidGroup total = aid(null, kind, null);
            if (total == null) continue;
            for (String source : sources) {
                AidGroup a = aid(null, kind, source);
                if (a == null) continue;
                rows.add(detailRow(RowKind.DATA, kind + "/" + (source.isEmpty() ? "UNFILLED" : source),
                        label(AssistanceKind.values(), kind), label(FundSource.values(), source), a));
            }
            rows.add(detailRow(RowKind.SUBTOTAL, kind + "/subtotal", label(AssistanceKind.values(), kind),
                    msg("row.subtotal").render(lang), total));
        }
        rows.add(detailRow(RowKind.TOTAL, "total", msg("row.total").render(lang), null, aid(null, null, null)));
        rows.add(detailRow(RowKind.OF_WHICH, "migrant_workers", msg("row.migrant").render(lang), null, aidAmong.get(Among.MIGRANT_WORKERS)));
        rows.add(detailRow(RowKind.OF_WHICH, "model_workers", msg("row.model").render(lang), null, aidAmong.get(Among.MODEL_WORKERS)));
        return new ReportTable("aid", msg("table.aid"), columns, rows, List.of(msg("note.aid.see_above")));
    }

    private Row detailRow(RowKind kind, String key, String kindLabel, String sourceLabel, AidGroup a) {
        Row r = aidRow(kind, key, null, sourceLabel, a);
        List<Object> cells = new ArrayList<>(r.cells());
        if (grouped) cells.remove(0);
        cells.add(0, kindLabel);
        return new Row(kind, key, cells);
    }

    private List<Message> aidNotes() {
        return List.of(msg("note.aid.period", scope.start(), scope.end()), msg("note.aid.households"),
                msg("note.aid.events"), msg("note.aid.payments"), msg("note.aid.amount"), msg("note.aid.card"),
                msg("note.aid.identity"));
    }

    // ---- table 3: visits ----

    private ReportTable visits() {
        List<Column> columns = new ArrayList<>();
        if (grouped) columns.add(new Column("group", msg("col.group." + scope.by().name().toLowerCase()), Type.TEXT));
        else columns.add(new Column("scope", msg("col.scope"), Type.TEXT));
        columns.add(new Column("on_file", msg("col.on_file"), Type.COUNT));
        columns.add(new Column("visited", msg("col.visited"), Type.COUNT));
        columns.add(new Column("visits", msg("col.visits"), Type.COUNT));
        columns.add(new Column("below_minimum", msg("col.below_minimum", minimum()), Type.COUNT));
        columns.add(new Column("coverage", msg("col.coverage"), Type.SHARE));
        Map<String, VisitGroup> visitsByGroup = new java.util.HashMap<>();
        for (VisitGroup v : figures.visits()) visitsByGroup.put(v.group(), v);
        List<Row> rows = new ArrayList<>();
        long[] total = new long[4];
        for (String group : groups(figures.files().stream().map(FileGroup::group).toList())) {
            long onFile = fileFigures(group, g -> true, scope.fromYear(), scope.toYear())[4];
            VisitGroup v = visitsByGroup.getOrDefault(group, new VisitGroup(group, 0, 0, 0));
            long[] f = {onFile, v.visited(), v.visits(), onFile - v.enough()};
            for (int i = 0; i < 4; i++) total[i] += f[i];
            if (grouped && onFile > 0) rows.add(visitRow(RowKind.DATA, key(group, "visits"), groupLabel(group), f));
        }
        rows.add(visitRow(RowKind.TOTAL, "total", msg("row.total").render(lang), total));
        return new ReportTable("visits", msg("table.visits"), columns, rows,
                List.of(msg("note.visits.base", scope.end()), msg("note.visits.minimum", minimum(), scope.minVisitsPerYear())));
    }

    private long minimum() {
        return (long) scope.minVisitsPerYear() * scope.years();
    }

    private static Row visitRow(RowKind kind, String key, String label, long[] f) {
        BigDecimal coverage = f[0] == 0 ? null : BigDecimal.valueOf(f[1]).divide(BigDecimal.valueOf(f[0]), java.math.MathContext.DECIMAL64);
        return new Row(kind, key, Arrays.asList(label, f[0], f[1], f[2], f[3], coverage));
    }

    /**
     * The 渐退 follow-ups falling due in the period, read by the lifecycle's schedule as of the period's last day (or
     * today): due, done on time, done late, not done — and of those, the ones still owed because the file is still
     * in 渐退, which is what {@code visit due} lists as of the same day.
     */
    record FollowUpCounts(long due, long onTime, long late, long missed, long owed, long unscheduled) {
        long notDone() {
            return missed + owed;
        }
    }

    static FollowUpCounts followUpCounts(List<FileRecord> files, Scope scope) {
        FollowUpSchedule schedule = new FollowUpSchedule(scope.followUpMonths());
        LocalDate start = LocalDate.of(scope.fromYear(), 1, 1);
        LocalDate cutoff = scope.cutoff();
        long due = 0, onTime = 0, late = 0, missed = 0, owed = 0, unscheduled = 0;
        for (FileRecord r : files) {
            for (Stint stint : r.stints()) {
                if (stint.enteredOn() == null || (stint.endUndated() && stint.enteredOn().isBefore(cutoff))) {
                    Tenure t = r.file().tenure();
                    if (t.filedYear() <= scope.toYear() && t.leftYear() >= scope.fromYear()) unscheduled++;
                    continue;
                }
                for (FollowUp f : schedule.of(stint, r.visits(), cutoff)) {
                    if (!f.dueBy(cutoff) || f.dueOn().isBefore(start)) continue;
                    due++;
                    switch (f.state()) {
                        case DONE -> {
                            if (f.onTime()) onTime++;
                            else late++;
                        }
                        case OUTSTANDING -> owed++;
                        default -> missed++;
                    }
                }
            }
        }
        return new FollowUpCounts(due, onTime, late, missed, owed, unscheduled);
    }

    private ReportTable followUps(FollowUpCounts f) {
        List<Column> columns = List.of(new Column("scope", msg("col.scope"), Type.TEXT),
                new Column("due", msg("col.followups_due"), Type.COUNT), new Column("on_time", msg("col.followups_on_time"), Type.COUNT),
                new Column("late", msg("col.followups_late"), Type.COUNT),
                new Column("not_done", msg("col.followups_not_done"), Type.COUNT),
                new Column("still_owed", msg("col.followups_owed"), Type.COUNT),
                new Column("on_time_share", msg("col.on_time_share"), Type.SHARE));
        BigDecimal share = share(f.onTime(), f.due());
        String months = String.join(lang == Lang.ZH ? "、" : ", ", scope.followUpMonths().stream().map(String::valueOf).toList());
        List<Message> notes = new ArrayList<>(List.of(msg("note.followups", months), msg("note.followups.not_done", scope.cutoff())));
        if (f.unscheduled() > 0) notes.add(msg("note.followups.unscheduled", f.unscheduled()));
        return new ReportTable("followups", msg("table.followups"), columns,
                List.of(new Row(RowKind.TOTAL, "total", Arrays.asList(msg("row.total").render(lang), f.due(), f.onTime(), f.late(),
                        f.notDone(), f.owed(), share))), notes);
    }

    // ---- table 4: causes ----

    private ReportTable mainCauses() {
        YearlyFigures.Causes c = figures.causes();
        List<Column> columns = List.of(new Column("cause", msg("col.main_cause"), Type.TEXT),
                new Column("households", msg("col.files"), Type.COUNT), new Column("share", msg("col.share"), Type.SHARE));
        Map<String, Long> counts = new TreeMap<>();
        for (int i = 0; i < c.mainCodes().size(); i++) counts.put(c.mainCodes().get(i), c.main().get(i));
        List<Row> rows = new ArrayList<>();
        for (Cause cause : Cause.values()) {
            long n = counts.getOrDefault(cause.name(), 0L);
            rows.add(new Row(RowKind.DATA, cause.name(), Arrays.asList(cause.label(lang), n, share(n, c.onFile()))));
        }
        for (String code : new TreeSet<>(counts.keySet())) {
            if (isKnown(Cause.values(), code)) continue;
            long n = counts.get(code);
            rows.add(new Row(RowKind.DATA, code.isEmpty() ? "UNFILLED" : code,
                    Arrays.asList(label(Cause.values(), code), n, share(n, c.onFile()))));
        }
        rows.add(new Row(RowKind.TOTAL, "total", Arrays.asList(msg("row.total").render(lang), c.onFile(), share(c.onFile(), c.onFile()))));
        return new ReportTable("causes_main", msg("table.causes_main"), columns, rows, List.of(msg("note.causes", scope.end())));
    }

    private ReportTable secondaryCauses() {
        YearlyFigures.Causes c = figures.causes();
        List<Column> columns = List.of(new Column("cause", msg("col.secondary_cause"), Type.TEXT),
                new Column("households", msg("col.files"), Type.COUNT), new Column("share", msg("col.share"), Type.SHARE));
        List<Row> rows = new ArrayList<>();
        Cause[] causes = Cause.values();
        for (int i = 0; i < causes.length; i++) {
            long n = c.secondary().get(i);
            rows.add(new Row(RowKind.DATA, causes[i].name(), Arrays.asList(causes[i].label(lang), n, share(n, c.onFile()))));
        }
        rows.add(new Row(RowKind.TOTAL, "with_secondary", Arrays.asList(msg("row.with_secondary").render(lang), c.withSecondary(),
                share(c.withSecondary(), c.onFile()))));
        return new ReportTable("causes_secondary", msg("table.causes_secondary"), columns, rows,
                List.of(msg("note.causes", scope.end()), msg("note.causes_secondary")));
    }

    // ---- helpers ----

    private static BigDecimal share(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), java.math.MathContext.DECIMAL64);
    }

    /** 户均: fen per household, rounded half up to the fen. */
    static long divideHalfUp(long fen, long households) {
        return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(households), 0, RoundingMode.HALF_UP).longValueExact();
    }

    private List<String> tiers() {
        List<String> tiers = new ArrayList<>(Arrays.stream(Tier.values()).map(Enum::name).toList());
        for (FileGroup g : figures.files()) if (!tiers.contains(g.tier()) && !g.tier().isEmpty()) tiers.add(g.tier());
        tiers.add("");
        return tiers;
    }

    private List<String> groups(List<String> seen) {
        if (!grouped) return List.of("");
        return new ArrayList<>(new TreeSet<>(seen));
    }

    private void addUnfilledAndOthers(List<Row> rows, Map<String, Long> counts, List<String> known) {
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            if (known.contains(e.getKey())) continue;
            String label = e.getKey().isEmpty() ? msg("unfilled").render(lang) : e.getKey();
            rows.add(new Row(RowKind.DATA, e.getKey().isEmpty() ? "UNFILLED" : e.getKey(), List.of(label, e.getValue())));
        }
    }

    private Row row(RowKind kind, String key, String group, String label, long[] f) {
        List<Object> cells = new ArrayList<>();
        if (grouped) cells.add(group == null ? null : groupLabel(group));
        cells.add(label);
        for (long x : f) cells.add(x);
        return new Row(kind, key, cells);
    }

    private static Row yearRow(RowKind kind, String key, String label, long[] f) {
        List<Object> cells = new ArrayList<>();
        cells.add(label);
        for (long x : f) cells.add(x);
        return new Row(kind, key, cells);
    }

    private String key(String group, String code) {
        return grouped ? group + "/" + code : code;
    }

    private String groupLabel(String group) {
        if (scope.by() == Breakdown.REGION) {
            List<String> parts = new ArrayList<>();
            for (String p : group.split("/", -1)) parts.add(p.isEmpty() ? msg("unfilled").render(lang) : p);
            return String.join("/", parts);
        }
        return group.isEmpty() ? msg("unfilled").render(lang) : group;
    }

    private String tierLabel(String code) {
        return label(Tier.values(), code);
    }

    private static boolean isKnown(Labelled[] values, String code) {
        return Arrays.stream(values).anyMatch(v -> ((Enum<?>) v).name().equals(code));
    }

    private String label(Labelled[] values, String code) {
        if (code.isEmpty()) return msg("unfilled").render(lang);
        for (Labelled v : values) if (((Enum<?>) v).name().equals(code)) return v.label(lang);
        return code;
    }

    private static Message msg(String key, Object... args) {
        return Message.of("report.yearly." + key, args);
    }
}
