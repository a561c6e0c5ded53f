package bangfu.classify;

import bangfu.classify.IncomeAccount.Item;
import bangfu.config.ClassifyPolicy.RegionalFigure;
import bangfu.model.Exclusion;
import bangfu.model.FileStatus;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Tier;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A decision in words, for the clerk and the auditor: the short reasons shown beside each household and each
 * step of an explanation. Amounts are 元 with two decimals, from exact fen; a per-capita income that is not a
 * whole fen shows its exact decimals, so that it never seems to sit on the wrong side of a bound.
 */
public final class Reasons {
    private Reasons() {
    }

    /**
     * The reasons beside a household: what is missing when the tier cannot be decided; else the condition of its
     * current tier and of the tier that won; then any finding.
     */
    public static List<String> of(Change change, Lang lang) {
        Decision d = change.decision();
        List<String> out = new ArrayList<>();
        if (!d.decided()) {
            out.add(missing(d.missing(), lang));
        } else {
            // why the current tier holds or no longer does, and which tier does instead
            Optional<Tier> current = change.household().tier();
            for (Condition c : d.conditions()) {
                boolean relevant = c.tier() == current.orElse(null) || c.verdict() == Verdict.YES
                        || (current.isEmpty() && d.tier().isEmpty() && c.verdict() != Verdict.OFF);
                if (relevant) out.add(condition(c, lang));
            }
        }
        if (d.income().disagrees()) out.add(disagreement(d.income(), lang));
        if (change.household().status() == FileStatus.PHASING_OUT && d.tier().isPresent()) {
            out.add(say(lang, "classify.reason.qualifies_again", d.tier().get().label(lang)));
        }
        return out;
    }

    /** The reason kept with a change in the database: the rule, then the reasons, in Chinese as filed. */
    public static String record(Change change) {
        return change.decision().rule() + "；" + String.join("；", of(change, Lang.ZH));
    }

    public static String missing(List<Input> inputs, Lang lang) {
        return say(lang, "classify.reason.missing", inputs.stream().map(i -> i.label(lang))
                .collect(Collectors.joining(lang == Lang.ZH ? "、" : ", ")));
    }

    /** "相对困难：是 — 人均月收入 … ≤ …" with every test of the condition. */
    public static String condition(Condition c, Lang lang) {
        String tests = c.tests().stream().map(t -> test(t, lang)).collect(Collectors.joining(lang == Lang.ZH ? "；" : "; "));
        return say(lang, "classify.condition", c.tier().label(lang), verdict(c.verdict(), lang), tests);
    }

    public static String verdict(Verdict v, Lang lang) {
        return say(lang, "classify.verdict." + v.name().toLowerCase(Locale.ROOT));
    }

    /** What one test compared. */
    public static String test(Test t, Lang lang) {
        if (t instanceof Test.Bound b) {
            int cmp = b.perCapita().compareTo(b.multiple(), b.dibaoFen());
            return say(lang, "classify.test.bound", perCapita(b.perCapita()), cmp < 0 ? "<" : cmp == 0 ? "=" : ">",
                    yuan(b.dibaoFen()), b.multiple().value().toPlainString(),
                    yuanOf(BigDecimal.valueOf(b.dibaoFen()).multiply(b.multiple().value()).movePointLeft(2)),
                    b.inclusive() ? "≤" : "<");
        }
        if (t instanceof Test.ResidentGate g) {
            return say(lang, "classify.test.gate", yuanOf(new BigDecimal(g.perCapita().numerator()).multiply(BigDecimal.valueOf(12))
                    .divide(new BigDecimal(g.perCapita().denominator()), 2, RoundingMode.HALF_UP).movePointLeft(2)),
                    g.holds() ? "<" : "≥", yuan(g.yearlyFen()));
        }
        if (t instanceof Test.Costs c) {
            BigDecimal bound = BigDecimal.valueOf(c.yearlyIncome()).multiply(c.share().value()).movePointLeft(2);
            String op = c.holds() ? (c.inclusive() ? "≥" : ">") : (c.inclusive() ? "<" : "≤");
            return say(lang, "classify.test.costs", yuan(c.costs()), yuan(c.compensation()), yuan(c.net()), op,
                    yuan(c.yearlyIncome()), c.share().value().movePointRight(2).stripTrailingZeros().toPlainString(),
                    yuanOf(bound));
        }
        if (t instanceof Test.Causes c) {
            String wanted = c.wanted().stream().sorted().map(x -> x.label(lang)).collect(Collectors.joining(lang == Lang.ZH ? "、" : ", "));
            return say(lang, c.holds() ? "classify.test.causes_yes" : "classify.test.causes_no", wanted);
        }
        if (t instanceof Test.NoCosts) return say(lang, "classify.test.no_costs");
        if (t instanceof Test.Cap c) {
            return say(lang, "classify.test.cap", perCapita(c.perCapita()), c.holds() ? "≤" : ">", yuan(c.dibaoFen()),
                    c.max().value().toPlainString());
        }
        if (t instanceof Test.Missing m) return missing(m.inputs(), lang);
        if (t instanceof Test.Barred b) {
            return say(lang, "classify.test.barred", b.by().stream().map(e -> e.label(lang))
                    .collect(Collectors.joining(lang == Lang.ZH ? "、" : ", ")));
        }
        return say(lang, "classify.test.off");
    }

    /** One exclusion as checked, with what the file says: "拥有或经常使用机动车辆：不适用（车辆情况“无”）". */
    public static String exclusion(ExclusionCheck c, Lang lang) {
        return say(lang, "classify.exclusion", c.exclusion().label(lang), exclusionResult(c, lang));
    }

    /** What the file shows about one exclusion, without its name. */
    public static String exclusionResult(ExclusionCheck c, Lang lang) {
        String key = "classify.exclusion." + c.exclusion().name().toLowerCase(Locale.ROOT) + "."
                + c.result().name().toLowerCase(Locale.ROOT);
        // a household with several homes is clear when their area per person is within the local figure
        if (c.exclusion() == Exclusion.HOMES && c.result() == ExclusionCheck.Result.CLEAR && c.evidence().size() > 2) {
            key += "_area";
        }
        // 有无车辆 answered yes or no: nothing to quote
        if (c.exclusion() == Exclusion.VEHICLE && c.evidence().isEmpty() && c.lacking().isEmpty()) key += "_stated";
        List<Object> args = new ArrayList<>();
        c.lacking().ifPresent(i -> args.add(i.label(lang)));
        args.addAll(c.evidence());
        return say(lang, key, args.toArray());
    }

    /** One income line's label, with the figures it was made of. */
    public static String incomeItem(Item i, Lang lang) {
        String key = "classify.income." + i.kind().name().toLowerCase(Locale.ROOT);
        List<Object> args = new ArrayList<>();
        switch (i.kind()) {
            case MONTHLY -> args.add(yuan(Long.parseLong(i.detail().get(0))));
            case IMPUTED -> {
                // able members, monthly minimum wage, its region and date
                args.add(i.detail().get(0));
                args.add(yuan(Long.parseLong(i.detail().get(1))));
                args.add(i.detail().get(2));
                args.add(i.detail().get(3));
            }
            case SCHOOLING -> {
                if (!i.detail().isEmpty()) {
                    key += ".without_compulsory";
                    args.add(yuan(Long.parseLong(i.detail().get(0))));
                    args.add(yuan(Long.parseLong(i.detail().get(1))));
                }
            }
            default -> args.addAll(i.detail());
        }
        return say(lang, key, args.toArray());
    }

    public static String disagreement(IncomeAccount income, Lang lang) {
        return say(lang, "classify.reason.disagrees", yuan(income.stated().getAsLong()), perCapita(income.computed().orElseThrow()));
    }

    /** Where a regional figure came from: its amount, region and date, the household's own region's or a wider one's. */
    public static String figure(Decision.Figure f, Lang lang) {
        RegionalFigure r = f.figure();
        return say(lang, f.inherited() ? "classify.figure.inherited" : "classify.figure.own", yuan(r.fen()), r.region(), r.from());
    }

    public static String tier(java.util.Optional<Tier> tier, Lang lang) {
        return tier.map(t -> t.label(lang)).orElseGet(() -> say(lang, "classify.no_tier"));
    }

    // ---- numbers ----

    /** Fen as 元 with two decimals: 145000 → 1450.00. */
    public static String yuan(long fen) {
        return BigDecimal.valueOf(fen, 2).toPlainString();
    }

    /**
     * A per-capita income in 元: two decimals when it is a whole fen; otherwise its exact decimals up to six,
     * with "…" when it goes on (1000.003333… for 12,000,040 fen ÷ 12 ÷ 100 people).
     */
    public static String perCapita(PerCapita p) {
        if (p.whole()) return yuan(p.numerator() / p.denominator());
        BigDecimal exact = new BigDecimal(p.numerator()).movePointLeft(2);
        BigDecimal d = new BigDecimal(p.denominator());
        BigDecimal shown = exact.divide(d, 6, RoundingMode.DOWN);
        boolean more = shown.multiply(d).compareTo(exact) != 0;
        return yuanOf(shown) + (more ? "…" : "");
    }

    private static String yuanOf(BigDecimal yuan) {
        BigDecimal y = yuan.stripTrailingZeros();
        return (y.scale() < 2 ? y.setScale(2) : y).toPlainString();
    }

    private static String say(Lang lang, String key, Object... args) {
        return Message.of(key, args).render(lang);
    }
}
