package bangfu.check;

import bangfu.model.AssistanceKind;
import bangfu.model.FileStatus;
import bangfu.model.FundSource;
import bangfu.model.Lang;
import bangfu.model.Labelled;
import bangfu.model.Policy;
import bangfu.model.Severity;
import bangfu.store.AuditQueries;
import bangfu.store.AuditQueries.Household;
import bangfu.store.AuditQueries.PersonInFile;
import bangfu.store.Database;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The cross-record checks of {@code bangfu verify} without files: 一户一档, aid outside a file's period,
 * yearly caps, cash and unfunded payments, visits and assistance per year, stale files and causes that
 * the members contradict. Each check is one query in {@link AuditQueries}; this class only weighs and
 * words what those queries return.
 */
public final class DatabaseChecks {
    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);
    private static final List<String> ORDER = List.copyOf(Policy.CHECKS.keySet());

    private final AuditQueries queries;
    private final Policy policy;
    private final List<HouseholdFinding> findings = new ArrayList<>();

    private DatabaseChecks(Database db, Policy policy) {
        this.queries = new AuditQueries(db);
        this.policy = policy;
    }

    /**
     * Runs every enabled check. {@code year} limits the yearly checks and the payment checks; without it the
     * yearly checks look at the latest year with a payment or visit (else {@code today}'s year) and the
     * payment checks at all payments.
     */
    public static Audit run(Database db, Policy policy, Integer year, LocalDate today) {
        DatabaseChecks checks = new DatabaseChecks(db, policy);
        int checked = year != null ? year : latestOr(checks.queries.latestYear(), today.getYear());
        LocalDate from = year == null ? EARLIEST : LocalDate.of(year, 1, 1);
        LocalDate to = year == null ? LATEST : LocalDate.of(year, 12, 31);
        checks.sharedPeople();
        checks.offFile(from, to);
        checks.caps(checked);
        checks.irregular(from, to);
        checks.visits(checked);
        checks.neverAssisted(checked);
        checks.stale(today);
        checks.schooling(checked);
        List<HouseholdFinding> sorted = new ArrayList<>(checks.findings);
        sorted.sort(Comparator.comparingLong(HouseholdFinding::householdId)
                .thenComparing(HouseholdFinding::severity)
                .thenComparingInt(f -> ORDER.indexOf(f.code()))
                .thenComparing(f -> f.date() == null ? EARLIEST : f.date()));
        return new Audit(checked, year != null, today, sorted);
    }

    private static int latestOr(Integer latest, int otherwise) {
        return latest == null ? otherwise : latest;
    }

    private void sharedPeople() {
        if (!policy.enabled("PERSON_IN_TWO_FILES") && !policy.enabled("MEMBER_IS_HEAD_ELSEWHERE")) return;
        Map<String, List<PersonInFile>> byPerson = new LinkedHashMap<>();
        for (PersonInFile p : queries.peopleInSeveralFiles()) byPerson.computeIfAbsent(p.personId(), k -> new ArrayList<>()).add(p);
        for (List<PersonInFile> files : byPerson.values()) {
            for (PersonInFile here : files) {
                List<PersonInFile> others = files.stream().filter(o -> o != here).toList();
                boolean headElsewhere = !here.head() && others.stream().anyMatch(PersonInFile::head);
                String code = headElsewhere ? "MEMBER_IS_HEAD_ELSEWHERE" : "PERSON_IN_TWO_FILES";
                String elsewhere = String.join("; ", others.stream().map(o -> mask(o.household().headId()) + " "
                        + o.household().name() + " (" + o.household().union() + ")").toList());
                add(here.household(), code, null, null, null, mask(here.personId()), elsewhere);
            }
        }
    }

    private void offFile(LocalDate from, LocalDate to) {
        for (AuditQueries.OffFilePayment p : queries.paymentsOffFile(from, to)) {
            boolean early = p.filedOn() != null && p.paidOn().isBefore(p.filedOn());
            String code = early ? "PAID_BEFORE_FILED"
                    : FileStatus.EXITED.name().equals(p.status()) ? "PAID_AFTER_EXITED" : "PAID_AFTER_CLOSED";
            LocalDate limit = early ? p.filedOn() : p.endedOn();
            add(p.household(), code, p.paidOn().getYear(), p.amountFen(), p.paidOn(),
                    p.paidOn(), kind(p.kind()), yuan(p.amountFen()), limit);
        }
    }

    private void caps(int year) {
        if (policy.yearlyCapFen() > 0 && policy.enabled("OVER_YEARLY_CAP")) {
            for (AuditQueries.YearTotal t : queries.totalsAbove(year, policy.yearlyCapFen())) {
                add(t.household(), "OVER_YEARLY_CAP", year, t.totalFen(), null,
                        year, yuan(t.totalFen()), yuan(policy.yearlyCapFen()), t.payments());
            }
        }
        if (!policy.kindCapsFen().isEmpty() && policy.enabled("OVER_KIND_CAP")) {
            Map<String, Long> caps = new LinkedHashMap<>();
            policy.kindCapsFen().forEach((k, v) -> caps.put(k.name(), v));
            for (AuditQueries.YearTotal t : queries.kindTotalsAbove(year, caps)) {
                add(t.household(), "OVER_KIND_CAP", year, t.totalFen(), null,
                        year, kind(t.kind()), yuan(t.totalFen()), yuan(caps.get(t.kind())), t.payments());
            }
        }
    }

    private void irregular(LocalDate from, LocalDate to) {
        for (AuditQueries.FlaggedPayment p : queries.irregularPayments(from, to)) {
            if ("CASH".equals(p.method()) || "IN_KIND".equals(p.method())) {
                add(p.household(), "CASH".equals(p.method()) ? "PAID_IN_CASH" : "PAID_IN_KIND", p.paidOn().getYear(),
                        p.amountFen(), p.paidOn(), p.paidOn(), kind(p.kind()), yuan(p.amountFen()));
            }
            if (p.fundSource() == null || p.fundSource().isEmpty()) {
                add(p.household(), "NO_FUND_SOURCE", p.paidOn().getYear(), p.amountFen(), p.paidOn(),
                        p.paidOn(), kind(p.kind()), yuan(p.amountFen()), sources());
            }
        }
    }

    private void visits(int year) {
        if (policy.minVisits() == 0 || !policy.enabled("TOO_FEW_VISITS")) return;
        for (AuditQueries.Counted c : queries.fewVisits(year, policy.minVisits())) {
            add(c.household(), "TOO_FEW_VISITS", year, null, null, year, c.count(), policy.minVisits());
        }
    }

    private void neverAssisted(int year) {
        if (!policy.enabled("NEVER_ASSISTED")) return;
        for (AuditQueries.Counted c : queries.neverAssisted(year)) add(c.household(), "NEVER_ASSISTED", year, null, null, year);
    }

    private void stale(LocalDate today) {
        if (!policy.enabled("FILE_NOT_UPDATED")) return;
        LocalDate before = today.minusDays(policy.staleAfterDays());
        for (AuditQueries.Dated d : queries.unchangedSince(before)) {
            String when = d.date() == null ? "?" : d.date().toString();
            long days = d.date() == null ? policy.staleAfterDays() : java.time.temporal.ChronoUnit.DAYS.between(d.date(), today);
            add(d.household(), "FILE_NOT_UPDATED", null, null, d.date(), when, days, policy.staleAfterDays());
        }
    }

    // 入学年龄 is counted on 31 August, when the school year begins; the checked year keeps the result stable.
    private void schooling(int year) {
        if (!policy.enabled("SCHOOLING_WITHOUT_SCHOOL_AGE")) return;
        LocalDate on = LocalDate.of(year, 8, 31);
        for (AuditQueries.Counted c : queries.schoolingWithoutPupil(on, policy.schoolAgeFrom(), policy.schoolAgeTo())) {
            add(c.household(), "SCHOOLING_WITHOUT_SCHOOL_AGE", year, null, on,
                    policy.schoolAgeFrom(), policy.schoolAgeTo(), on, c.count());
        }
    }

    private void add(Household h, String code, Integer year, Long amountFen, LocalDate date, Object... args) {
        if (!policy.enabled(code)) return;
        Severity severity = policy.severity(code);
        List<String> texts = java.util.Arrays.stream(args).map(String::valueOf).toList();
        findings.add(new HouseholdFinding(h.id(), mask(h.headId()), h.name(), h.union(), code, severity, texts,
                year, amountFen, date));
    }

    /** The first four and last four characters, as {@code IdNumber.masked()}, without requiring a valid check digit. */
    static String mask(String id) {
        if (id == null) return "";
        return id.length() == 18 ? id.substring(0, 4) + "**********" + id.substring(14) : "*".repeat(id.length());
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
