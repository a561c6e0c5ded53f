package bangfu.cli;

import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.store.IntegrityReport;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/** Prints what {@code db check} found, as text for the clerk or JSON for scripts. */
final class IntegrityOutput {
    private final PrintWriter out;
    private final Lang lang;

    IntegrityOutput(PrintWriter out, Lang lang) {
        this.out = out;
        this.lang = lang;
    }

    void text(String database, IntegrityReport r, int current) {
        out.println(msg("db.check_title", database));
        TextTable checks = new TextTable(List.of(msg("db.check_label.check"), msg("db.check_label.result")));
        boolean server = r.pageProblems() == null;
        checks.add(server ? List.of(msg("db.check_pages_server"), msg("db.check_pages_kept"))
                : List.of(msg("db.check_pages"), r.pageProblems().isEmpty() ? "ok" : msg("db.check_problems", r.pageProblems().size())));
        checks.add(List.of(msg(server ? "db.check_references_server" : "db.check_references"), r.pagesDamaged() ? "-"
                : r.referenceCount() == 0 ? "ok" : msg("db.check_dangling", r.referenceCount())));
        checks.add(List.of(msg("db.check_version"), r.schemaVersion() == current ? msg("db.check_version_current", r.schemaVersion())
                : msg("db.check_version_older", r.schemaVersion(), current)));
        checks.add(List.of(msg("db.check_schema"), r.missing().isEmpty() ? msg("db.check_schema_ok", r.schemaVersion())
                : msg("db.check_schema_missing", String.join(", ", r.missing()))));
        checks.print(out);
        if (!server) for (String p : r.pageProblems()) out.println("  " + p);
        for (IntegrityReport.Reference ref : r.references()) out.println("  " + msg("db.check_reference", ref.table(), ref.rowId(), ref.parent()));
        if (r.referenceCount() > r.references().size()) out.println("  … " + (r.referenceCount() - r.references().size()));
        if (!r.rows().isEmpty()) {
            out.println();
            TextTable rows = new TextTable(List.of(msg("db.check_label.table"), msg("db.check_label.rows")), new boolean[] {false, true});
            for (Map.Entry<String, Long> e : r.rows().entrySet()) rows.add(List.of(e.getKey(), Long.toString(e.getValue())));
            rows.print(out);
        }
        out.flush();
    }

    void json(IntegrityReport r) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("schemaVersion", r.schemaVersion());
            g.writeBooleanField("damaged", r.damaged());
            if (r.pageProblems() == null) {
                g.writeNullField("pageProblems"); // a server keeps its pages itself
            } else {
                g.writeArrayFieldStart("pageProblems");
                for (String p : r.pageProblems()) g.writeString(p);
                g.writeEndArray();
            }
            g.writeNumberField("danglingReferences", r.referenceCount());
            g.writeArrayFieldStart("references");
            for (IntegrityReport.Reference ref : r.references()) {
                g.writeStartObject();
                g.writeStringField("table", ref.table());
                g.writeNumberField("row", ref.rowId());
                g.writeStringField("parent", ref.parent());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("missing");
            for (String m : r.missing()) g.writeString(m);
            g.writeEndArray();
            g.writeObjectFieldStart("rows");
            for (Map.Entry<String, Long> e : r.rows().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        out.flush();
    }

    private String msg(String key, Object... args) {
        return Message.of(key, args).render(lang);
    }
}
