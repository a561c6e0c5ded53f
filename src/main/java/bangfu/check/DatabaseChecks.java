package bangfu.check;

import bangfu.lifecycle.Tenure;
import bangfu.model.AssistanceKind;
import bangfu.model.FileStatus;
import bangfu.model.FundSource;
import bangfu.model.Labelled;
import bangfu.model.Lang;
import bangfu.model.Masks;
import bangfu.model.Policy;
import bangfu.model.Severity;
import bangfu.store.Audits;
import bangfu.store.Audits.Household;
import bangfu.store.Audits.PersonInFile;
import bangfu.store.Storage;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The cross-record checks of {@code bangfu verify} without files: 一户一档, aid outside a file's period,
 * yearly caps, cash and unfunded payments, visits and assistance per year, stale files and causes that
 * the members contradict. Each check is one query in {@link Audits}; this class only weighs and
 * words what those queries return.
 */
public final class DatabaseChecks {
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final List<String> ORDER = List.copyOf(Policy.CHECKS.keySet());

    private final Audits queries;
    private final Policy policy;
    private final Integer chosenYear;
    private final int year;
    private final LocalDate today;

    /**
     * {@code year} limits the yearly checks and the payment checks; without it the yearly checks look at the
     * latest ended year with a payment or visit (else last year) and the payment checks at all payments.
     */
    public DatabaseChecks(Storage db, Policy policy, Integer year, LocalDate today) {
        this.queries = db.audits();
        this.policy = policy;
        this.chosenYear = year;
        this.today = today;
        // A year still running would report nearly every household as short of visits in January, so the
        // default is the latest year with payments or visits that has ended.
        int lastEnded = today.getYear() - 1;
        Integer latest = year == null ? queries.latestYear() : year;
        this.year = year != null ? year : latest == null ? lastEnded : Math.min(latest, lastEnded);
    }

    /** The year the yearly checks look at. */
    public int year() {
        return year;
    }

    /**
     * Runs every enabled check and hands the findings to {@code sink} in household order (errors first within a
     * household); each check is a query sorted by household, merged here, so memory does not grow with the findings.
     */
    public Audit run(Consumer<HouseholdFinding> sink) {
        LocalDate from = chosenYear == null ? EARLIEST : LocalDate.of(year, 1, 1);
        LocalDate to = chosenYear == null ? LATEST : LocalDate.of(year, 12, 31);
        List<Source> sources = new ArrayList<>();
        try {
            sources.add(sharedPeople());
            if (enabled("PAID_BEFORE_FILED", "PAID_AFTER_EXITED", "PAID_AFTER_CLOSED")) {
                sources.add(new Source<>(queries.paymentsOffFile(from, to), this::offFile));
            }
            if (policy.yearlyCapFen() > 0 && enabled("OVER_YEARLY_CAP")) {
                sources.add(new Source<>(queries.totalsAbove(year, policy.yearlyCapFen()), t -> List.of(finding(t.household(),
                        "OVER_YEARLY_CAP", year, t.totalFen(), null, year, yuan(t.totalFen()), yuan(policy.yearlyCapFen()),
                        t.payments()))));
            }
            if (!policy.kindCapsFen().isEmpty() && enabled("OVER_KIND_CAP")) {
                Map<String, Long> caps = new LinkedHashMap<>();
                policy.kindCapsFen().forEach((k, v) -> caps.put(k.name(), v));
                sources.add(new Source<>(queries.kindTotalsAbove(year, caps), t -> List.of(finding(t.household(),
                        "OVER_KIND_CAP", year, t.totalFen(), null, year, kind(t.kind()), yuan(t.totalFen()),
                        yuan(caps.get(t.kind())), t.payments()))));
            }
            if (enabled("PAID_IN_CASH", "PAID_IN_KIND", "NO_FUND_SOURCE")) {
                sources.add(new Source<>(queries.irregularPayments(from, to), this::irregular));
            }
            if (policy.minVisits() > 0 && enabled("TOO_FEW_VISITS")) {
                sources.add(new Source<>(queries.fewVisits(year, policy.minVisits()), c -> List.of(finding(c.household(),
                        "TOO_FEW_VISITS", year, null, null, year, c.count(), policy.minVisits()))));
            }
            if (enabled("NEVER_ASSISTED")) {
                sources.add(new Source<>(queries.neverAssisted(year),
                        c -> List.of(finding(c.household(), "NEVER_ASSISTED", year, null, null, year))));
            }
            if (enabled("FILE_NOT_UPDATED")) {
                sources.add(new Source<>(queries.unchangedSince(today.minusDays(policy.staleAfterDays())), this::stale));
            }
            if (enabled("PHASE_OUT_UNDATED")) {
                sources.add(new Source<>(queries.phaseOutsUndated(), c -> List.of(finding(c.household(), "PHASE_OUT_UNDATED",
                        null, null, null))));
            }
            if (enabled("SCHOOLING_WITHOUT_SCHOOL_AGE")) {
                // 入学年龄 is counted on 31 August, when the school year begins; the checked year keeps results stable.
                LocalDate on = LocalDate.of(year, 8, 31);
                sources.add(new Source<>(queries.schoolingWithoutPupil(on, policy.schoolAgeFrom(), policy.schoolAgeTo()),
                        c -> List.of(finding(c.household(), "SCHOOLING_WITHOUT_SCHOOL_AGE", year, null, on,
                                policy.schoolAgeFrom(), policy.schoolAgeTo(), on, c.count()))));
            }
            return merge(sources, sink);
        } finally {
            for (Source s : sources) s.close();
        }
    }

    private Audit merge(List<Source> sources, Consumer<HouseholdFinding> sink) {
        Map<String, Integer> counts = new TreeMap<>();
        long errors = 0;
        long warnings = 0;
        long households = 0;
        List<HouseholdFinding> group = new ArrayList<>();
        while (true) {
            long next = Long.MAX_VALUE;
            for (Source s : sources) if (s.peek() != null) next = Math.min(next, s.peek().householdId());
            if (next == Long.MAX_VALUE) break;
            group.clear();
            for (Source s : sources) {
                while (s.peek() != null && s.peek().householdId() == next) group.add(s.poll());
            }
            group.sort(WITHIN_HOUSEHOLD);
            households++;
            for (HouseholdFinding f : group) {
                counts.merge(f.code(), 1, Integer::sum);
                if (f.severity() == Severity.ERROR) errors++;
                else warnings++;
                sink.accept(f);
            }
        }
        return new Audit(year, chosenYear != null, today, counts, errors + warnings, errors, warnings, households);
    }

    private static final Comparator<HouseholdFinding> WITHIN_HOUSEHOLD = Comparator.comparing(HouseholdFinding::severity)
            .thenComparingInt(f -> ORDER.indexOf(f.code()))
            .thenComparing(f -> f.date() == null ? EARLIEST : f.date());

    private boolean enabled(String... codes) {
        for (String c : codes) if (policy.enabled(c)) return true;
        return false;
    }

    /** One check's rows turned into findings, read one household ahead so the checks can be merged. */
    private static final class Source<T> implements AutoCloseable {
        private final java.util.Iterator<T> rows;
        private final AutoCloseable closer;
        private final Function<T, List<HouseholdFinding>> findings;
        private final ArrayDeque<HouseholdFinding> buffer = new ArrayDeque<>();

        Source(Audits.Rows<T> rows, Function<T, List<HouseholdFinding>> findings) {
            this(rows, rows, findings);
        }

        Source(java.util.Iterator<T> rows, AutoCloseable closer, Function<T, List<HouseholdFinding>> findings) {
            this.rows = rows;
            this.closer = closer;
            this.findings = findings;
        }

        HouseholdFinding peek() {
            while (buffer.isEmpty() && rows.hasNext()) {
                for (HouseholdFinding f : findings.apply(rows.next())) if (f != null) buffer.add(f);
            }
            return buffer.peekFirst();
        }

        HouseholdFinding poll() {
            peek();
            return buffer.pollFirst();
        }

        @Override
        public void close() {
            try {
                if (closer != null) closer.close();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // Few rows (only the people in several files); sorted here by household for the merge.
    private Source<HouseholdFinding> sharedPeople() {
        List<HouseholdFinding> out = new ArrayList<>();
        if (enabled("PERSON_IN_TWO_FILES", "MEMBER_IS_HEAD_ELSEWHERE")) {
            Map<String, List<PersonInFile>> byPerson = new LinkedHashMap<>();
            try (Audits.Rows<PersonInFile> rows = queries.peopleInSeveralFiles()) {
                rows.forEachRemaining(p -> byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p));
            }
            for (List<PersonInFile> files : byPerson.values()) {
                for (PersonInFile here : files) {
                    List<PersonInFile> others = files.stream().filter(o -> o != here).toList();
                    boolean headElsewhere = !here.head() && others.stream().anyMatch(PersonInFile::head);
                    String code = headElsewhere ? "MEMBER_IS_HEAD_ELSEWHERE" : "PERSON_IN_TWO_FILES";
                    String elsewhere = String.join("; ", others.stream().map(o -> Masks.middle(o.household().headId()) + " "
                            + o.household().name() + " (" + o.household().union() + ")").toList());
                    out.add(finding(here.household(), code, null, null, null, Masks.middle(here.personId()), elsewhere));
                }
            }
            out.removeIf(java.util.Objects::isNull);
            out.sort(Comparator.comparingLong(HouseholdFinding::householdId));
        }
        return new Source<>(out.iterator(), null, f -> java.util.Collections.singletonList(f));
    }

    private List<HouseholdFinding> offFile(Audits.OffFilePayment p) {
        java.util.Optional<Tenure.Breach> breach = p.tenure().breach(p.paidOn());
        if (breach.isEmpty()) return List.of();
        String code = !breach.get().afterLeaving() ? "PAID_BEFORE_FILED"
                : p.tenure().leftAs() == FileStatus.EXITED ? "PAID_AFTER_EXITED" : "PAID_AFTER_CLOSED";
        return java.util.Collections.singletonList(finding(p.household(), code, p.paidOn().getYear(), p.amountFen(),
                p.paidOn(), p.paidOn(), kind(p.kind()), yuan(p.amountFen()), breach.get().limit()));
    }

    private List<HouseholdFinding> irregular(Audits.FlaggedPayment p) {
        List<HouseholdFinding> out = new ArrayList<>(2);
        if ("CASH".equals(p.method()) || "IN_KIND".equals(p.method())) {
            out.add(finding(p.household(), "CASH".equals(p.method()) ? "PAID_IN_CASH" : "PAID_IN_KIND", p.paidOn().getYear(),
                    p.amountFen(), p.paidOn(), p.paidOn(), kind(p.kind()), yuan(p.amountFen())));
        }
        if (p.fundSource() == null || p.fundSource().isEmpty()) {
            out.add(finding(p.household(), "NO_FUND_SOURCE", p.paidOn().getYear(), p.amountFen(), p.paidOn(),
                    p.paidOn(), kind(p.kind()), yuan(p.amountFen()), sources()));
        }
        return out;
    }

    private List<HouseholdFinding> stale(Audits.Dated d) {
        String when = d.date() == null ? "?" : d.date().toString();
        long days = d.date() == null ? policy.staleAfterDays() : java.time.temporal.ChronoUnit.DAYS.between(d.date(), today);
        return java.util.Collections.singletonList(finding(d.household(), "FILE_NOT_UPDATED", null, null, d.date(), when,
                days, policy.staleAfterDays()));
    }

    /** The finding, or null when the policy switched its check off. */
    private HouseholdFinding finding(Household h, String code, Integer year, Long amountFen, LocalDate date, Object... args) {
        if (!policy.enabled(code)) return null;
        List<String> texts = java.util.Arrays.stream(args).map(String::valueOf).toList();
        return new HouseholdFinding(h.id(), Masks.middle(h.headId()), h.name(), h.union(), code, policy.severity(code), texts,
                year, amountFen, date);
    }

    /** Fen as 元 with two decimals and thousands separators: 5000000 → 50,000.00. */
    static String yuan(long fen) {
        return String.format(java.util.Locale.ROOT, "%,d.%02d", fen / 100, fen % 100);
    }

    // Official Chinese names in both languages, as the import's messages do: they are what the ledger says.
    private static String kind(String code) {
        return label(AssistanceKind.class, code);
    }

    private static String sources() {
        return String.join("、", java.util.Arrays.stream(FundSource.values()).map(s -> s.label(Lang.ZH)).toList());
    }

    private static <E extends Enum<E> & Labelled> String label(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) if (e.name().equals(code)) return e.label(Lang.ZH);
        return code;
    }
}
