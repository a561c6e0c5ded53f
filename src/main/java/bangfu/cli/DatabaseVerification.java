package bangfu.cli;

import bangfu.check.Audit;
import bangfu.check.DatabaseChecks;
import bangfu.check.HouseholdFinding;
import bangfu.model.Lang;
import bangfu.model.Mapping;
import bangfu.model.Message;
import bangfu.store.Storage;
import bangfu.store.Stores;
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
        PrintWriter out = command.root.spec.commandLine().getOut();
        Lang lang = command.root.language();
        Audit audit;
        try (Storage db = Stores.open(command.root.location(), Storage.Access.READ_ONLY)) {
            DatabaseChecks checks = new DatabaseChecks(db, mapping.policy(), command.year, LocalDate.now(clock));
            audit = switch (command.format) {
                case json -> json(out, checks, lang, command);
                case csv -> csv(out, checks, lang);
                default -> text(out, checks, lang, command);
            };
        }
        out.flush();
        return audit.fails(command.strict) ? ExitCode.DATA_PROBLEMS : ExitCode.OK;
    }

    // The table needs every row it shows to align its columns, so only the first --limit findings are kept.
    private static Audit text(PrintWriter out, DatabaseChecks checks, Lang lang, VerifyCommand command) {
        if (!command.root.quiet) {
            out.println(Message.of(command.year != null ? "check.scope_chosen" : "check.scope_latest",
                    command.root.shownDatabase(), checks.year()).render(lang));
        }
        TextTable table = new TextTable(List.of(Message.of("check.label.head_id").render(lang),
                Message.of("check.label.name").render(lang), Message.of("check.label.union").render(lang),
                label("severity", lang), label("code", lang), label("problem", lang), label("hint", lang)));
        long[] shown = {0, -1};
        Audit audit = checks.run(f -> {
            if (command.limit > 0 && shown[0] >= command.limit) return;
            boolean same = f.householdId() == shown[1];
            shown[1] = f.householdId();
            shown[0]++;
            table.add(List.of(same ? "" : f.maskedHead(), same ? "" : f.name(), same ? "" : f.union(),
                    label(f.severity().name().toLowerCase(Locale.ROOT), lang), f.code(),
                    f.message().render(lang), f.hint().render(lang)));
        });
        if (audit.findings() == 0) {
            if (!command.root.quiet) out.println(Message.of("check.none").render(lang));
            return audit;
        }
        out.println();
        table.print(out);
        if (shown[0] < audit.findings()) {
            out.println(Message.of("cli.more_findings", audit.findings() - shown[0], audit.findings()).render(lang));
        }
        out.println();
        out.println(Message.of("check.summary", audit.findings(), audit.households(), audit.errors(), audit.warnings())
                .render(lang));
        return audit;
    }

    // Findings are written as they come; the counts follow them, since only then are they known.
    private static Audit json(PrintWriter out, DatabaseChecks checks, Lang lang, VerifyCommand command) {
        Audit audit;
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeStringField("database", command.root.shownDatabase());
            g.writeNumberField("year", checks.year());
            g.writeBooleanField("yearChosen", command.year != null);
            g.writeArrayFieldStart("findings");
            audit = checks.run(f -> {
                try {
                    writeFinding(g, f, lang);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeObjectFieldStart("counts");
            g.writeNumberField("findings", audit.findings());
            g.writeNumberField("households", audit.households());
            g.writeNumberField("errors", audit.errors());
            g.writeNumberField("warnings", audit.warnings());
            g.writeObjectFieldStart("byCode");
            for (Map.Entry<String, Integer> c : audit.countsByCode().entrySet()) g.writeNumberField(c.getKey(), c.getValue());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
        return audit;
    }

    private static void writeFinding(JsonGenerator g, HouseholdFinding f, Lang lang) throws IOException {
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

    private static Audit csv(PrintWriter out, DatabaseChecks checks, Lang lang) {
        CsvLines csv = new CsvLines(out).withByteOrderMark();
        List<Object> header = new ArrayList<>();
        for (String key : List.of("household", "head_id", "name", "union", "severity", "code", "year", "amount", "date",
                "problem", "hint")) {
            header.add(Message.of("check.label." + key).render(lang));
        }
        csv.line(header);
        return checks.run(f -> csv.line(java.util.Arrays.asList(f.householdId(), f.maskedHead(), f.name(), f.union(),
                label(f.severity().name().toLowerCase(Locale.ROOT), lang), f.code(), f.year(),
                f.amountFen() == null ? null : BigDecimal.valueOf(f.amountFen(), 2).toPlainString(),
                f.date() == null ? null : f.date().toString(), f.message().render(lang), f.hint().render(lang))));
    }

    private static String label(String key, Lang lang) {
        return Message.of("cli.label." + key).render(lang);
    }
}
