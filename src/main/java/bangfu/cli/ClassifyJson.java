package bangfu.cli;

import bangfu.classify.Change;
import bangfu.classify.Classification;
import bangfu.classify.ClassifyReport;
import bangfu.classify.Condition;
import bangfu.classify.Decision;
import bangfu.classify.ExclusionCheck;
import bangfu.classify.FileSource;
import bangfu.classify.Household;
import bangfu.classify.IncomeAccount;
import bangfu.classify.Input;
import bangfu.classify.PerCapita;
import bangfu.classify.Reasons;
import bangfu.classify.Test;
import bangfu.config.ClassifyPolicy;
import bangfu.config.ClassifyPolicy.RegionalFigure;
import bangfu.model.Cause;
import bangfu.model.Exclusion;
import bangfu.model.Lang;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON of classify for scripts: the listing as the documented contract ({@code as_of}, {@code policy_digest},
 * {@code changes}, {@code households}), and one household's explanation with every figure in fen.
 */
final class ClassifyJson {
    private ClassifyJson() {
    }

    static void outcome(Classification.Outcome o, FileSource files, Lang lang, boolean reveal, PrintWriter out) {
        write(out, g -> {
            g.writeStartObject();
            g.writeStringField("as_of", o.asOf().toString());
            g.writeStringField("policy_digest", o.policy().digest());
            g.writeObjectFieldStart("changes");
            for (Map.Entry<String, Integer> e : o.transitions().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeArrayFieldStart("households");
            o.listed().forEach(files, 0, c -> {
                try {
                    household(g, c, lang, reveal);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void household(JsonGenerator g, Change c, Lang lang, boolean reveal) throws IOException {
        Household h = c.household();
        Decision d = c.decision();
        g.writeStartObject();
        g.writeStringField("head_id", ClassifyReport.headId(h, reveal));
        g.writeStringField("name", h.name());
        g.writeStringField("union", h.union());
        nullable(g, "region", h.region().known() ? h.region().display() : null);
        nullable(g, "current_tier", h.tier().map(Enum::name).orElse(null));
        nullable(g, "computed_tier", d.tier().map(Enum::name).orElse(null));
        Optional<PerCapita> used = d.income().used();
        if (used.isPresent()) g.writeNumberField("per_capita_monthly_fen", used.get().roundedFen());
        else g.writeNullField("per_capita_monthly_fen");
        if (d.dibao().isPresent()) g.writeNumberField("dibao_fen", d.dibao().get().figure().fen());
        else g.writeNullField("dibao_fen");
        g.writeStringField("rule", d.rule());
        g.writeArrayFieldStart("reasons");
        for (String r : Reasons.of(c, lang)) g.writeString(r);
        g.writeEndArray();
        g.writeArrayFieldStart("missing");
        for (Input i : d.missing()) g.writeString(i.code());
        g.writeEndArray();
        g.writeEndObject();
    }

    static void explanation(Change c, ClassifyPolicy policy, LocalDate asOf, Lang lang, boolean reveal, PrintWriter out) {
        Household h = c.household();
        Decision d = c.decision();
        write(out, g -> {
            g.writeStartObject();
            g.writeStringField("as_of", asOf.toString());
            g.writeStringField("policy_digest", policy.digest());
            nullable(g, "policy_version", policy.version().isEmpty() ? null : policy.version());
            g.writeStringField("head_id", ClassifyReport.headId(h, reveal));
            g.writeStringField("name", h.name());
            g.writeStringField("union", h.union());
            nullable(g, "region", h.region().known() ? h.region().display() : null);
            g.writeStringField("status", h.status().name());
            nullable(g, "current_tier", h.tier().map(Enum::name).orElse(null));
            income(g, d.income(), h, lang);
            g.writeFieldName("dibao");
            if (d.dibao().isPresent()) figure(g, d.dibao().get().figure(), d.dibao().get().inherited());
            else g.writeNull();
            g.writeArrayFieldStart("exclusions");
            for (ExclusionCheck x : d.exclusions()) {
                g.writeStartObject();
                g.writeStringField("exclusion", x.exclusion().name());
                g.writeStringField("result", x.result().name());
                nullable(g, "lacking", x.lacking().map(Input::code).orElse(null));
                g.writeStringField("reason", Reasons.exclusion(x, lang));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("conditions");
            for (Condition cond : d.conditions()) {
                g.writeStartObject();
                g.writeStringField("tier", cond.tier().name());
                g.writeStringField("verdict", cond.verdict().name());
                g.writeArrayFieldStart("tests");
                for (Test t : cond.tests()) {
                    g.writeStartObject();
                    g.writeStringField("test", t.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1_$2")
                            .toLowerCase(Locale.ROOT));
                    figures(g, t);
                    g.writeStringField("reason", Reasons.test(t, lang));
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            nullable(g, "computed_tier", d.tier().map(Enum::name).orElse(null));
            g.writeBooleanField("decided", d.decided());
            g.writeStringField("rule", d.rule());
            g.writeStringField("action", c.kind().name());
            g.writeArrayFieldStart("missing");
            for (Input i : d.missing()) g.writeString(i.code());
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** The figures one test compared, in fen, and whether it held. */
    private static void figures(JsonGenerator g, Test t) throws IOException {
        if (t instanceof Test.Bound b) {
            g.writeNumberField("dibao_fen", b.dibaoFen());
            g.writeNumberField("multiple", b.multiple().value());
            g.writeBooleanField("inclusive", b.inclusive());
            g.writeBooleanField("holds", b.holds());
        } else if (t instanceof Test.ResidentGate r) {
            g.writeNumberField("resident_income_yearly_fen", r.yearlyFen());
            g.writeBooleanField("holds", r.holds());
        } else if (t instanceof Test.Costs c) {
            g.writeNumberField("costs_fen", c.costs());
            g.writeNumberField("compensation_fen", c.compensation());
            g.writeNumberField("yearly_income_fen", c.yearlyIncome());
            g.writeNumberField("share", c.share().value());
            g.writeBooleanField("inclusive", c.inclusive());
            g.writeBooleanField("holds", c.holds());
        } else if (t instanceof Test.Cap c) {
            g.writeNumberField("dibao_fen", c.dibaoFen());
            g.writeNumberField("max_multiple", c.max().value());
            g.writeBooleanField("holds", c.holds());
        } else if (t instanceof Test.Causes c) {
            g.writeArrayFieldStart("causes");
            for (Cause cause : new java.util.TreeSet<>(c.wanted())) g.writeString(cause.name());
            g.writeEndArray();
            g.writeBooleanField("holds", c.holds());
        } else if (t instanceof Test.Missing m) {
            g.writeArrayFieldStart("missing");
            for (Input i : m.inputs()) g.writeString(i.code());
            g.writeEndArray();
        } else if (t instanceof Test.Barred b) {
            g.writeArrayFieldStart("by");
            for (Exclusion e : b.by()) g.writeString(e.name());
            g.writeEndArray();
        }
    }

    private static void income(JsonGenerator g, IncomeAccount income, Household h, Lang lang) throws IOException {
        g.writeObjectFieldStart("income");
        g.writeArrayFieldStart("items");
        for (IncomeAccount.Item i : income.items()) {
            g.writeStartObject();
            g.writeStringField("item", i.kind().name());
            g.writeNumberField("yearly_fen", i.fen());
            g.writeStringField("label", Reasons.incomeItem(i, lang));
            g.writeEndObject();
        }
        g.writeEndArray();
        if (h.income().size().isPresent()) g.writeNumberField("household_size", h.income().size().getAsInt());
        else g.writeNullField("household_size");
        g.writeFieldName("computed");
        if (income.computed().isPresent()) perCapita(g, income.computed().get());
        else g.writeNull();
        if (income.stated().isPresent()) g.writeNumberField("stated_fen", income.stated().getAsLong());
        else g.writeNullField("stated_fen");
        g.writeStringField("used", income.stated().isPresent() ? "stated" : income.computed().isPresent() ? "computed" : "none");
        g.writeBooleanField("disagrees", income.disagrees());
        g.writeArrayFieldStart("missing");
        for (Input i : income.missing()) g.writeString(i.code());
        g.writeEndArray();
        g.writeEndObject();
    }

    /** An exact per-capita income: the fraction, and its value rounded to a fen. */
    private static void perCapita(JsonGenerator g, PerCapita p) throws IOException {
        g.writeStartObject();
        g.writeNumberField("numerator_fen", p.numerator());
        g.writeNumberField("denominator", p.denominator());
        g.writeNumberField("monthly_fen", p.roundedFen());
        g.writeBooleanField("exact", p.whole());
        g.writeEndObject();
    }

    private static void figure(JsonGenerator g, RegionalFigure f, boolean inherited) throws IOException {
        g.writeStartObject();
        g.writeNumberField("fen", f.fen());
        g.writeStringField("region", f.region());
        g.writeStringField("from", f.from().toString());
        g.writeBooleanField("inherited", inherited);
        g.writeEndObject();
    }

    private static void nullable(JsonGenerator g, String field, String value) throws IOException {
        if (value == null) g.writeNullField(field);
        else g.writeStringField(field, value);
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private static void write(PrintWriter out, Body body) {
        try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }
}
