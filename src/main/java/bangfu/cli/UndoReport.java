package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.UndoListener;
import bangfu.store.Stores;
import bangfu.store.UndoPlan;
import bangfu.store.UndoPlan.Blocker;
import bangfu.store.UndoPlan.TableEffect;
import bangfu.store.UndoPlan.Touched;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Prints what {@code import --undo} does or would do, or what stands in its way, and decides its exit code; its
 * steps also go to the {@link ProgressTrace} when a test asks for it.
 */
final class UndoReport implements UndoListener {
    private final PrintWriter out;
    private final PrintWriter err;
    private final Lang lang;
    private final boolean json;
    private final boolean quiet;
    private final String database;
    private final ProgressTrace trace;

    UndoReport(PrintWriter out, PrintWriter err, Lang lang, boolean json, boolean quiet, String database, ProgressTrace trace) {
        this.database = database;
        this.trace = trace;
        this.out = out;
        this.err = err;
        this.lang = lang;
        this.json = json;
        this.quiet = quiet;
    }

    /** Before the first write of a real undo: what it is about to do, so a clerk sees it even if it is interrupted. */
    @Override
    public void planned(UndoPlan plan) {
        if (!json && !quiet) {
            out.println(Message.of("undo.undoing", plan.importId(), plan.file()).render(lang));
            effects(plan);
            out.flush();
        }
        trace.event("undoing", 0, "import " + plan.importId());
    }

    @Override
    public void wrote(int done, String table) {
        trace.event("rows", done, table);
    }

    @Override
    public void committing() {
        trace.event("committing");
    }

    @Override
    public void committed() {
        trace.event("committed");
    }

    /** The result; returns the exit code. */
    int finished(UndoPlan plan, boolean dryRun) {
        if (json) json(plan, dryRun);
        switch (plan.outcome()) {
            case MISSING -> {
                err.println("bangfu: " + Message.of(Stores.onServer(database) ? "undo.missing_server" : "undo.missing", plan.importId(), database).render(lang));
                return ExitCode.USAGE;
            }
            case ALREADY_UNDONE -> {
                err.println("bangfu: " + Message.of("undo.already", plan.importId(), plan.file(), plan.undoneAt()).render(lang));
                return ExitCode.DATA_PROBLEMS;
            }
            case REFUSED -> {
                if (!json) refusal(plan);
                return ExitCode.DATA_PROBLEMS;
            }
            case READY -> {
                if (!json && !quiet) {
                    out.println(Message.of("undo.would", plan.importId(), plan.file()).render(lang));
                    effects(plan);
                    out.println(Message.of("cli.dry_run").render(lang));
                }
                return ExitCode.OK;
            }
            default -> {
                if (!json && !quiet) out.println(Message.of("undo.done", plan.importId()).render(lang));
                return ExitCode.OK;
            }
        }
    }

    private void effects(UndoPlan plan) {
        if (plan.effects().isEmpty()) {
            out.println("  " + Message.of("undo.nothing").render(lang));
            return;
        }
        TextTable table = new TextTable(List.of(Message.of("undo.label.table").render(lang),
                Message.of("undo.label.removed").render(lang), Message.of("undo.label.restored").render(lang),
                Message.of("undo.label.fields").render(lang)), new boolean[] {false, true, true, false});
        for (TableEffect e : plan.effects()) {
            String fields = e.fields().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .map(f -> f.getKey() + " " + f.getValue()).collect(Collectors.joining(", "));
            table.add(List.of("  " + e.table(), Long.toString(e.removed()), Long.toString(e.restored()), fields));
        }
        table.print(out);
    }

    private void refusal(UndoPlan plan) {
        out.println(Message.of("undo.refused", plan.importId(), plan.file()).render(lang));
        for (Blocker b : plan.blockers()) {
            String records = b.records().stream().map(this::record).collect(Collectors.joining(", "))
                    + (b.count() > b.records().size() ? " …" : "");
            Message what = switch (b.reason()) {
                case LATER -> b.laterImport() != null
                        ? Message.of("undo.later_import", b.laterImport(), b.laterFile(), b.count(), records)
                        : b.command() != null ? Message.of("undo.later_command", b.command(), b.count(), records)
                        : Message.of("undo.later_unnamed", b.count(), records);
                case REFERENCED -> b.laterImport() != null
                        ? Message.of("undo.referenced_by_import", b.laterImport(), b.laterFile(), b.detail(), b.count(), records)
                        : b.command() != null ? Message.of("undo.referenced_by_command", b.command(), b.detail(), b.count(), records)
                        : Message.of("undo.referenced_unnamed", b.detail(), b.count(), records);
                case INCOMPLETE_LOG -> Message.of("undo.incomplete_log", b.detail(), b.count(), records);
                case GONE -> Message.of("undo.gone", b.detail(), b.count(), records);
            };
            out.println("  " + what.render(lang));
        }
        out.println(Message.of("undo.refused_hint").render(lang));
    }

    private String record(Touched t) {
        if (t.maskedHead() == null) return t.table() + " #" + t.rowId();
        String period = t.period() > 1 ? Message.of("undo.period", t.period()).render(lang) : "";
        if (t.table().equals("households")) return t.maskedHead() + period;
        return Message.of("undo.record", t.table(), t.maskedHead(), period).render(lang);
    }

    private void json(UndoPlan plan, boolean dryRun) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeBooleanField("dryRun", dryRun);
            g.writeNumberField("import", plan.importId());
            g.writeStringField("file", plan.file());
            g.writeStringField("outcome", plan.outcome().name().toLowerCase(Locale.ROOT));
            g.writeArrayFieldStart("tables");
            for (TableEffect e : plan.effects()) {
                g.writeStartObject();
                g.writeStringField("table", e.table());
                g.writeNumberField("removed", e.removed());
                g.writeNumberField("restored", e.restored());
                g.writeObjectFieldStart("fields");
                for (Map.Entry<String, Long> f : new TreeMap<>(e.fields()).entrySet()) g.writeNumberField(f.getKey(), f.getValue());
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("blockers");
            for (Blocker b : plan.blockers()) {
                g.writeStartObject();
                g.writeStringField("reason", b.reason().name().toLowerCase(Locale.ROOT));
                if (b.laterImport() != null) {
                    g.writeNumberField("import", b.laterImport());
                    g.writeStringField("file", b.laterFile());
                }
                if (b.command() != null) g.writeStringField("command", b.command());
                if (b.detail() != null) g.writeStringField("detail", b.detail());
                g.writeNumberField("count", b.count());
                g.writeArrayFieldStart("records");
                for (Touched t : b.records()) {
                    g.writeStartObject();
                    g.writeStringField("table", t.table());
                    if (t.maskedHead() != null) {
                        g.writeStringField("head", t.maskedHead());
                        g.writeNumberField("period", t.period());
                    }
                    g.writeNumberField("row", t.rowId());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
