package bangfu.cli;

import bangfu.check.Audit;
import bangfu.check.DatabaseChecks;
import bangfu.check.HouseholdFinding;
import bangfu.model.Lang;
import bangfu.model.Mapping;
import bangfu.model.Message;
import bangfu.model.Severity;
import bangfu.store.Database;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code bangfu verify} without files: the cross-record checks over the whole database, read-only. */
final class DatabaseVerification {
    private DatabaseVerification() {
    }

    static int run(VerifyCommand command, Mapping mapping) {
        return run(command, mapping, Clock.systemDefaultZone());
    }

    static int run(VerifyCommand command, Mapping mapping, Clock clock) {
        Audit audit;
        try (Database db = Database.openReadOnly(command.root.database())) {
            audit = DatabaseChecks.run(db, mapping.policy(), command.year, LocalDate.now(clock));
        }
        PrintWriter out = command.root.spec.commandLine().getOut();
        Lang lang = command.root.language();
        switch (command.format) {
            case json -> json(out, audit, lang, command);
            case csv -> csv(out, audit, lang);
            default -> text(out, audit, lang, command);
        }
        out.flush();
        return audit.fails(command.strict) ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }

    private static void text(PrintWriter out, Audit audit, Lang lang, VerifyCommand command) {
        if (!command.root.quiet) {
            out.println(Message.of(audit.yearChosen() ? "check.scope_chosen" : "check.scope_latest",
                    command.root.database(), audit.year()).render(lang));
        }
        List<HouseholdFinding> all = audit.findings();
        if (all.isEmpty()) {
            if (!command.root.quiet) out.println(Message.of("check.none").render(lang));
            return;
        }
        TextTable table = new TextTable(List.of(Message.of("check.label.head_id").render(lang),
                Message.of("check.label.name").render(lang), Message.of("check.label.union").render(lang),
                label("severity", lang), label("code", lang), label("problem", lang), label("hint", lang)));
        int shown = command.limit <= 0 ? all.size() : Math.min(command.limit, all.size());
        long previous = -1;
        for (HouseholdFinding f : all.subList(0, shown)) {
            boolean same = f.householdId() == previous;
            previous = f.householdId();
            table.add(List.of(same ? "" : f.maskedHead(), same ? "" : f.name(), same ? "" : f.union(),
                    label(f.severity().name().toLowerCase(Locale.ROOT), lang), f.code(),
                    f.message().render(lang), f.hint().render(lang)));
        }
        out.println();
        table.print(out);
        if (shown < all.size()) out.println(Message.of("cli.more_findings", all.size() - shown, all.size()).render(lang));
        out.println();
        out.println(Message.of("check.summary", all.size(), audit.households(), audit.count(Severity.ERROR),
                audit.count(Severity.WARNING)).render(lang));
    }

    private static void json(PrintWriter out, Audit audit, Lang lang, VerifyCommand command) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("database", command.root.database().toString());
            g.writeNumberField("year", audit.year());
            g.writeBooleanField("yearChosen", audit.yearChosen());
            g.writeObjectFieldStart("counts");
            g.writeNumberField("findings", audit.findings().size());
            g.writeNumberField("households", audit.households());
            g.writeNumberField("errors", audit.count(Severity.ERROR));
            g.writeNumberField("warnings", audit.count(Severity.WARNING));
            g.writeObjectFieldStart("byCode");
            for (Map.Entry<String, Integer> c : audit.countsByCode().entrySet()) g.writeNumberField(c.getKey(), c.getValue());
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("findings");
            for (HouseholdFinding f : audit.findings()) {
                g.writeStartObject();
                g.writeObjectFieldStart("household");
                g.writeNumberField("id", f.householdId());
                g.writeStringField("headId", f.maskedHead());
                g.writeStringField("name", f.name());
                g.writeStringField("union", f.union());
                g.writeEndObject();
                g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
                g.writeStringField("code", f.code());
                g.writeStringField("message", f.message().render(lang));
                g.writeStringField("hint", f.hint().render(lang));
                if (f.year() != null) g.writeNumberField("year", f.year());
                if (f.amountFen() != null) {
                    g.writeNumberField("amountFen", f.amountFen());
                    g.writeNumberField("amountYuan", BigDecimal.valueOf(f.amountFen(), 2));
                }
                if (f.date() != null) g.writeStringField("date", f.date().toString());
                g.writeArrayFieldStart("args");
                for (String a : f.args()) g.writeString(a);
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

    private static void csv(PrintWriter out, Audit audit, Lang lang) {
        CsvLines csv = new CsvLines(out).withByteOrderMark();
        List<Object> header = new ArrayList<>();
        for (String key : List.of("household", "head_id", "name", "union", "severity", "code", "year", "amount", "date",
                "problem", "hint")) {
            header.add(Message.of("check.label." + key).render(lang));
        }
        csv.line(header);
        for (HouseholdFinding f : audit.findings()) {
            csv.line(java.util.Arrays.asList(f.householdId(), f.maskedHead(), f.name(), f.union(),
                    label(f.severity().name().toLowerCase(Locale.ROOT), lang), f.code(), f.year(),
                    f.amountFen() == null ? null : BigDecimal.valueOf(f.amountFen(), 2).toPlainString(),
                    f.date() == null ? null : f.date().toString(), f.message().render(lang), f.hint().render(lang)));
        }
    }

    private static String label(String key, Lang lang) {
        return Message.of("cli.label." + key).render(lang);
    }
}
