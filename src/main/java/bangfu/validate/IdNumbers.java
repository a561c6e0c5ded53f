package bangfu.validate;

import bangfu.model.Gender;
import bangfu.model.IdNumber;
import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.model.Severity;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads identity numbers as people type them into spreadsheets — the resident ID (GB 11643), the residence
 * permits of Hong Kong, Macao and Taiwan residents (81, 82, 83) and the 2023 foreigner's permanent residence
 * card (9 and the issuing province), all 18 characters with the same check digit — and checks them against
 * other columns.
 */
public final class IdNumbers {
    private static final Pattern SCIENTIFIC = Pattern.compile("\\d(\\.\\d+)?E\\+?\\d+");
    private static final Pattern DIGITS_15 = Pattern.compile("\\d{15}");
    private static final Pattern FORM_18 = Pattern.compile("\\d{17}[\\dX]");
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);
    /** Mainland provinces: where a foreigner's permanent residence card (9…) is issued. */
    private static final Set<String> MAINLAND = Regions.PROVINCES.stream().map(Regions.Province::code)
            .filter(code -> code.compareTo("70") < 0).collect(Collectors.toUnmodifiableSet());
    /** What an ID number may begin with: a province, Taiwan, Hong Kong, Macao, and 83 of Taiwan residents' residence permits. */
    private static final Set<String> PROVINCES = Stream.concat(Regions.PROVINCES.stream().map(Regions.Province::code),
            Stream.of("83")).collect(Collectors.toUnmodifiableSet());
    /** The 2023 外国人永久居留身份证: 9, the issuing province, the nationality (ISO 3166-1 numeric), birth date, sequence, check. */
    private static final char FOREIGNER = '9';

    private IdNumbers() {
    }

    /**
     * The ID in a cell, repaired where that is certain (full-width digits, spaces, lower-case x, the
     * 15-digit old form) and rejected where it is not.
     */
    public static Parsed<IdNumber> parse(Cell cell, LocalDate today) {
        if (cell.isBlank()) return Parsed.empty();
        String text = Widths.compact(cell.text()).replace("-", "").replace("\u2010", "")
                .replace("\u2014", "").toUpperCase(Locale.ROOT);
        // An apostrophe forces text in Excel; CSV exports sometimes keep it.
        if (text.startsWith("'") || text.startsWith("`")) text = text.substring(1);
        if (cell.kind() == CellKind.NUMBER) return parseNumber(text, today);
        if (cell.kind() != CellKind.TEXT) return Parsed.fail(Issue.error("ID_FORMAT", masked(text), text.length()));
        if (IdNumber.isForm(text)) return form18(text, today);
        if (SCIENTIFIC.matcher(text).matches()) return Parsed.fail(Issue.error("ID_STORED_AS_NUMBER", text));
        if (DIGITS_15.matcher(text).matches()) return from15(text, today, "ID_CONVERTED_FROM_15");
        if (!FORM_18.matcher(text).matches()) return Parsed.fail(Issue.error("ID_FORMAT", masked(text), text.length()));
        return form18(text, today);
    }

    private static Parsed<IdNumber> form18(String text, LocalDate today) {
        if (IdNumber.checkCharOfFirst17(text) != text.charAt(17)) {
            // Excel keeps 15 significant digits of a number: the last three of an 18-digit ID become 000.
            String code = text.endsWith("000") ? "ID_STORED_AS_NUMBER" : "ID_CHECK_DIGIT";
            return Parsed.fail(Issue.error(code, masked(text)));
        }
        return checked(text, today, List.of());
    }

    /**
     * Errors when the gender or birth date given in other columns contradict the ID number; a birth month alone
     * (出生年月) is compared with the ID's year and month.
     */
    public static List<Issue> crossCheck(IdNumber id, Optional<Gender> gender, Optional<? extends Temporal> birthDate) {
        return crossCheck(id, gender.orElse(null), birthDate.orElse(null));
    }

    /** The same with the other columns' values or null where the row has none; no allocation when all agree. */
    static List<Issue> crossCheck(IdNumber id, Gender gender, Temporal birthDate) {
        List<Issue> issues = List.of();
        if (gender != null && gender != id.gender()) {
            issues = new ArrayList<>(2);
            issues.add(Issue.error("ID_GENDER_MISMATCH", id.masked(), id.gender().chinese(), gender.chinese()));
        }
        if (birthDate != null && !birthDate.equals(birthDate instanceof YearMonth ? YearMonth.from(id.birthDate()) : id.birthDate())) {
            if (issues.isEmpty()) issues = new ArrayList<>(1);
            issues.add(Issue.error("ID_BIRTH_MISMATCH", id.masked(), birthDate));
        }
        return issues;
    }

    /** The old 15-digit form in the new 18-character form: "19" before the year, check digit appended. */
    public static String convert15(String digits15) {
        if (!DIGITS_15.matcher(digits15).matches()) throw new IllegalArgumentException("need 15 digits");
        String first17 = digits15.substring(0, 6) + "19" + digits15.substring(6);
        return first17 + IdNumber.checkChar(first17);
    }

    /** A fragment of an ID number safe to show: long inputs keep only their first and last four characters. */
    static String masked(String text) {
        if (text.length() < 10) return text;
        return text.substring(0, 4) + "*".repeat(text.length() - 8) + text.substring(text.length() - 4);
    }

    private static Parsed<IdNumber> parseNumber(String text, LocalDate today) {
        String digits = text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
        if (SCIENTIFIC.matcher(digits).matches()) return Parsed.fail(Issue.error("ID_STORED_AS_NUMBER", digits));
        // Fifteen digits fit in Excel's precision, so an old-form ID stored as a number is still exact.
        if (DIGITS_15.matcher(digits).matches()) return from15(digits, today, "ID_STORED_AS_NUMBER_15");
        if (digits.length() >= 16 && digits.chars().allMatch(Character::isDigit)) return Parsed.fail(Issue.error("ID_STORED_AS_NUMBER", masked(digits)));
        return Parsed.fail(Issue.error("ID_FORMAT", masked(digits), digits.length()));
    }

    private static Parsed<IdNumber> from15(String digits, LocalDate today, String warningCode) {
        String converted = convert15(digits);
        return checked(converted, today, List.of(Issue.warning(warningCode, masked(converted))));
    }

    private static Parsed<IdNumber> checked(String text, LocalDate today, List<Issue> earlier) {
        // Read for every row of a roster: no substring, list or stream unless something is wrong.
        List<Issue> issues = earlier.isEmpty() ? null : new ArrayList<>(earlier);
        boolean born;
        try {
            LocalDate date = LocalDate.of(digits(text, 6, 10), digits(text, 10, 12), digits(text, 12, 14));
            born = !date.isAfter(today) && !date.isBefore(EARLIEST_BIRTH);
        } catch (DateTimeException e) {
            born = false;
        }
        if (!born) issues = with(issues, Issue.error("ID_BIRTH_DATE", masked(text), text.substring(6, 14)));
        boolean foreigner = text.charAt(0) == FOREIGNER;
        int at = foreigner ? 1 : 0;
        if (!(foreigner ? MAINLAND_CODES : PROVINCE_CODES)[digits(text, at, at + 2)]) {
            String region = text.substring(at, at + 2);
            issues = with(issues, Issue.error("ID_REGION", masked(text), foreigner ? text.substring(0, 3) : region));
        }
        if (issues == null) return Parsed.ok(new IdNumber(text));
        boolean failed = issues.stream().anyMatch(i -> i.severity() == Severity.ERROR);
        return new Parsed<>(failed ? Optional.empty() : Optional.of(new IdNumber(text)), issues);
    }

    private static List<Issue> with(List<Issue> issues, Issue issue) {
        List<Issue> out = issues == null ? new ArrayList<>(2) : issues;
        out.add(issue);
        return out;
    }

    private static int digits(String text, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) n = n * 10 + (text.charAt(i) - '0');
        return n;
    }

    /** {@link #MAINLAND} and {@link #PROVINCES} by their two digits. */
    private static final boolean[] MAINLAND_CODES = byTwoDigits(MAINLAND);
    private static final boolean[] PROVINCE_CODES = byTwoDigits(PROVINCES);

    private static boolean[] byTwoDigits(Set<String> codes) {
        boolean[] table = new boolean[100];
        for (String c : codes) {
            if (c.length() == 2 && Character.isDigit(c.charAt(0)) && Character.isDigit(c.charAt(1))) table[Integer.parseInt(c)] = true;
        }
        return table;
    }
}
