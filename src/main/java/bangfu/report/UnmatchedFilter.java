package bangfu.report;

import bangfu.model.FileStatus;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Selection;
import bangfu.store.Storage;
import bangfu.store.Lists;
import bangfu.store.Lists.Filter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A filter value that no record has (a misspelt union, a region never filed): one sentence naming the known
 * values closest to it, instead of a table of zeros that reads as "nothing happened there".
 */
public final class UnmatchedFilter {
    /** How many of the closest known values the sentence names. */
    static final int SHOWN = 3;

    private UnmatchedFilter() {
    }

    /** The first filter of the selection that matches no record, as a sentence; empty when each matches some. */
    public static Optional<Message> of(Storage db, Selection s, Lang lang) {
        Lists q = db.lists();
        Optional<Message> m = check(q, Filter.UNION, "--union", s.union(), lang);
        if (m.isEmpty()) m = check(q, Filter.REGION, "--region", s.region(), lang);
        if (m.isEmpty()) m = check(q, Filter.TIER, "--tier", s.tier(), lang);
        if (m.isEmpty()) m = check(q, Filter.STATUS, "--status", s.status(), lang);
        return m;
    }

    /** {@code --batch}: a 发放批次 that no payment has. */
    public static Optional<Message> ofBatch(Storage db, String batch, Lang lang) {
        return check(db.lists(), Filter.BATCH, "--batch", batch, lang);
    }

    private static Optional<Message> check(Lists q, Filter filter, String option, String value, Lang lang) {
        if (value == null) return Optional.empty();
        List<String> known = q.known(filter);
        if (known.contains(value)) return Optional.empty();
        List<String> shown = new ArrayList<>();
        for (String k : known) shown.add(label(filter, k, lang));
        String wanted = label(filter, value, lang);
        List<String> closest = closest(wanted, shown);
        String what = filter == Filter.BATCH ? "payment" : "file";
        if (closest.isEmpty()) return Optional.of(Message.of("lists.filter.nothing_known." + what, option, wanted));
        return Optional.of(Message.of("lists.filter.no_match." + what, option, wanted,
                String.join(lang == Lang.ZH ? "、" : ", ", closest)));
    }

    /** Up to {@link #SHOWN} known values, those containing it (or contained in it) first, then fewest edits away, then in their own order. */
    static List<String> closest(String wanted, List<String> known) {
        return known.stream().distinct()
                .sorted(Comparator.comparingInt((String k) -> k.contains(wanted) || wanted.contains(k) ? 0 : 1)
                        .thenComparingInt(k -> distance(wanted, k)).thenComparing(known::indexOf))
                .limit(SHOWN).toList();
    }

    /** Levenshtein distance over code points: the number of characters to insert, delete or replace. */
    static int distance(String a, String b) {
        int[] x = a.codePoints().toArray();
        int[] y = b.codePoints().toArray();
        int[] previous = new int[y.length + 1];
        int[] current = new int[y.length + 1];
        for (int j = 0; j <= y.length; j++) previous[j] = j;
        for (int i = 1; i <= x.length; i++) {
            current[0] = i;
            for (int j = 1; j <= y.length; j++) {
                int replace = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[y.length];
    }

    private static String label(Filter filter, String code, Lang lang) {
        if (filter == Filter.TIER) return ListParts.tier(code, lang);
        if (filter == Filter.STATUS) return ListParts.label(FileStatus.class, code, lang);
        return code;
    }
}
