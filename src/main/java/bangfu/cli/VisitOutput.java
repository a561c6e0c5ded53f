package bangfu.cli;

import bangfu.lifecycle.Decision;
import bangfu.lifecycle.FilePeriod;
import bangfu.lifecycle.FollowUp;
import bangfu.lifecycle.Transition;
import bangfu.lifecycle.VisitFact;
import bangfu.load.FileReport;
import bangfu.model.Finding;
import bangfu.model.Labelled;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.VisitField;
import bangfu.store.Stores;
import bangfu.visit.Advance;
import bangfu.visit.Closing;
import bangfu.visit.VisitDesk;
import bangfu.visit.VisitLog;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** How the visit commands print what they did: a typed visit, a household's visits, a plan of moves, a closing. */
final class VisitOutput {
    /** A line on stderr at every tenth of a plan this large or larger, so a long write is seen to progress. */
    static final int PROGRESS_FROM = 100;

    private VisitOutput() {
    }

    // ---- visit add ----

    /** The option each typed field came from, for naming it in a finding. */
    private static String option(String header) {
        for (VisitField f : VisitDesk.FIELDS) {
            if (f.zh().equals(header)) return f == VisitField.HEAD_ID ? "ID" : "--" + switch (f) {
                case VISITED_ON -> "date";
                case KIND -> "kind";
                case VISITOR -> "visitor";
                case OUTCOME -> "outcome";
                default -> "note";
            };
        }
        return "";
    }

    static void added(PrintWriter out, FileReport report, String id, String date, String kind, Lang lang) {
        String who = VisitOptions.shown(id.strip(), false);
        if (report.totals().inserted() > 0) out.println(Message.of("visit.added", who, date, kind).render(lang));
        else if (report.totals().rejected() == 0) out.println(Message.of("visit.already_recorded", who, date, kind).render(lang));
        if (!report.findings().isEmpty()) {
            TextTable table = new TextTable(List.of(label("option", lang), FindingsOutput.label("value", lang),
                    FindingsOutput.label("severity", lang), FindingsOutput.label("code", lang),
                    FindingsOutput.label("problem", lang), FindingsOutput.label("hint", lang)));
            for (Finding f : report.findings()) {
                table.add(List.of(option(f.where().header()), f.value(), FindingsOutput.label(f.severity().name().toLowerCase(Locale.ROOT), lang),
                        f.issue().code(), f.issue().message().render(lang), f.issue().hint().render(lang)));
            }
            table.print(out);
        }
        out.flush();
    }

    // ---- visit list ----

    static void log(PrintWriter out, VisitLog log, Lang lang, boolean reveal) {
        FilePeriod f = log.file();
        out.println(Message.of(f.state().statusOn() == null ? "visit.list.head_undated" : "visit.list.head",
                VisitOptions.shown(f.headId(), reveal), f.name(), nz(f.union()), f.state().status().label(lang),
                f.state().statusOn(), nz(f.helper()), VisitOptions.phone(f.phone(), reveal)).render(lang));
        if (log.phaseOutUndated()) out.println(Message.of("visit.list.undated").render(lang));
        if (log.visits().isEmpty()) {
            out.println(Message.of("visit.list.none", log.asOf()).render(lang));
        } else {
            TextTable table = new TextTable(List.of(label("visited_on", lang), label("kind", lang), label("visitor", lang),
                    label("outcome", lang), label("follow_up", lang)));
            for (VisitFact v : log.visits()) {
                FollowUp done = log.followUps().get(v.id());
                String followUp = done == null ? "" : Message.of(done.onTime() ? "visit.follow_up.on_time" : "visit.follow_up.late",
                        done.months(), done.dueOn()).render(lang);
                table.add(List.of(v.on().toString(), labelOf(v.kind(), lang), nz(v.visitor()), labelOf(v.outcome(), lang), followUp));
            }
            out.println();
            table.print(out);
        }
        out.println();
        out.println(Message.of("visit.list.due", log.asOf()).render(lang));
        for (FollowUp p : log.pending()) {
            long late = p.overdueDays(log.asOf());
            out.println("  " + Message.of(late > 0 ? "visit.list.follow_up_overdue" : "visit.list.follow_up_due", p.months(),
                    p.dueOn(), late).render(lang));
        }
        String yearly = !log.held() ? "visit.list.not_held" : log.owedThisYear() > 0 ? "visit.list.owed" : "visit.list.enough";
        out.println("  " + Message.of(yearly, log.asOf().getYear(), log.visitsThisYear(), log.owedThisYear(), log.asOf())
                .render(lang));
        out.flush();
    }

    static void logJson(PrintWriter out, VisitLog log, boolean reveal) {
        FilePeriod f = log.file();
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("as_of", log.asOf().toString());
            g.writeStringField("head_id", VisitOptions.shown(f.headId(), reveal));
            g.writeStringField("name", f.name());
            g.writeStringField("union", f.union());
            g.writeStringField("helper", f.helper());
            g.writeStringField("status", f.state().status().name());
            g.writeStringField("status_on", f.state().statusOn() == null ? null : f.state().statusOn().toString());
            g.writeArrayFieldStart("visits");
            for (VisitFact v : log.visits()) {
                FollowUp done = log.followUps().get(v.id());
                g.writeStartObject();
                g.writeStringField("visited_on", v.on().toString());
                g.writeStringField("kind", v.kind() == null ? null : v.kind().name());
                g.writeStringField("visitor", v.visitor());
                g.writeStringField("outcome", v.outcome() == null ? null : v.outcome().name());
                if (done == null) g.writeNullField("follow_up_month");
                else g.writeNumberField("follow_up_month", done.months());
                if (done == null) g.writeNullField("on_time");
                else g.writeBooleanField("on_time", done.onTime());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("follow_ups_due");
            for (FollowUp p : log.pending()) {
                g.writeStartObject();
                g.writeNumberField("follow_up_month", p.months());
                g.writeStringField("due_on", p.dueOn().toString());
                g.writeNumberField("overdue_days", p.overdueDays(log.asOf()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeNumberField("visits_this_year", log.visitsThisYear());
            g.writeNumberField("owed_this_year", log.owedThisYear());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    // ---- visit advance ----

    /** Progress lines on stderr while a large plan is written, unless --quiet. */
    static Advance.Progress progress(PrintWriter err, BangfuCommand root) {
        if (root.quiet) return Advance.Progress.NONE;
        return (done, total) -> {
            if (total < PROGRESS_FROM) return;
            int step = Math.max(1, total / 10);
            if (done % step == 0 && done < total) {
                err.println("bangfu: " + Message.of("visit.advance.progress", done, total).render(root.language()));
                err.flush();
            }
        };
    }

    static void plan(PrintWriter out, Advance.Plan plan, Lang lang) {
        out.println(Message.of(plan.applied() ? "visit.advance.applied" : "visit.advance.planned", plan.asOf(),
                plan.changes().size()).render(lang));
        if (!plan.changes().isEmpty()) {
            TextTable table = new TextTable(List.of(label("head_id", lang), label("name", lang), label("union", lang),
                    label("change", lang), label("on", lang), label("decided_by", lang)));
            for (Advance.Change c : plan.changes()) {
                Transition t = c.transition();
                VisitFact v = c.visit();
                table.add(List.of(VisitOptions.shown(c.file().headId(), false), c.file().name(), nz(c.file().union()),
                        t.from().label(lang) + " → " + t.to().label(lang), t.on().toString(),
                        v.on() + " " + labelOf(v.kind(), lang) + " " + nz(v.visitor()) + " " + labelOf(v.outcome(), lang)));
            }
            out.println();
            table.print(out);
        }
        for (Advance.Refusal r : plan.refused()) {
            out.println(Message.of("visit.advance.refused", VisitOptions.shown(r.file().headId(), false), r.file().name(),
                    r.issue().message().render(lang)).render(lang));
        }
        List<String> waiting = new ArrayList<>();
        plan.waiting().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey()).forEach(e ->
                waiting.add(Message.of("visit.advance.waiting." + e.getKey().name().toLowerCase(Locale.ROOT), e.getValue()).render(lang)));
        if (!waiting.isEmpty()) {
            out.println();
            out.println(Message.of("visit.advance.waiting", String.join(lang == Lang.ZH ? "；" : "; ", waiting)).render(lang));
        }
        if (!plan.applied() && !plan.changes().isEmpty()) out.println(Message.of("visit.advance.how_to_apply").render(lang));
        out.flush();
    }

    // ---- visit close ----

    static boolean closed(CommandLine.Model.CommandSpec spec, Closing.Outcome outcome, Lang lang) {
        FilePeriod f = outcome.file();
        String who = VisitOptions.shown(f.headId(), false) + " " + f.name();
        if (outcome.decision() instanceof Decision.Move move) {
            Transition t = move.transition();
            spec.commandLine().getOut().println(Message.of("visit.closed", who, t.from().label(lang), t.reason().label(lang), t.on())
                    .render(lang));
            spec.commandLine().getOut().flush();
            return true;
        }
        Decision.Refused refused = (Decision.Refused) outcome.decision();
        spec.commandLine().getErr().println("bangfu: " + Message.of("visit.close_refused", who, refused.issue().message().render(lang),
                refused.issue().hint().render(lang)).render(lang));
        return false;
    }

    /** The head has no file here: said on stderr, exit 1, as for the dossier. */
    static int noFile(CommandLine.Model.CommandSpec spec, String headId, BangfuCommand root) {
        spec.commandLine().getErr().println("bangfu: " + Message.of("visit.no_file", VisitOptions.shown(headId, false),
                Stores.shown(root.location())).render(root.language()));
        return ExitCode.DATA_PROBLEMS;
    }

    // ---- shared ----

    static String label(String key, Lang lang) {
        return Message.of("visit.label." + key).render(lang);
    }

    static String labelOf(Labelled value, Lang lang) {
        return value == null ? "" : value.label(lang);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }
}
