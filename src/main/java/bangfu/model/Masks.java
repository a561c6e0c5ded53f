package bangfu.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Masks personal numbers for output: ID and card numbers keep 4 characters at each end, phones 3 and 4. */
public final class Masks {
    /** A run of digits, possibly grouped by single spaces or hyphens, possibly ending in the ID's X. */
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[ -]?\\d){9,}(?:[ -]?[Xx])?");

    private Masks() {
    }

    /**
     * Free text with the personal numbers in it masked: a run of 15 or more digits (an ID or a card, also one
     * with an X or grouped in fours) as {@link #middle}, 11 digits starting with 1 (a mobile) as {@link #phone}.
     * For text whose column is not known to hold such a number: a 备注 or a cell of a rejected row.
     */
    public static String numbersIn(String text) {
        if (text.length() < 11) return text;
        Matcher m = NUMBER.matcher(text);
        if (!m.find()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        do {
            String run = m.group();
            long digits = run.chars().filter(Character::isDigit).count();
            out.append(text, last, m.start());
            if (digits >= 15) out.append(middleDigits(run));
            else if (digits == 11 && run.charAt(0) == '1') out.append(phone(run));
            else out.append(run);
            last = m.end();
        } while (m.find());
        return out.append(text, last, text.length()).toString();
    }

    /**
     * Free text with every long number in it (ten digits or more: an ID, a card, a phone, a landline with its area
     * code) replaced by {@code ***}, not even its ends kept: for a list posted on a wall, where a masked ID is
     * still more than may be shown.
     */
    public static String numbersHidden(String text) {
        if (text.length() < 10) return text;
        return NUMBER.matcher(text).replaceAll("***");
    }

    /** Like {@link #middle}, counting digits only, so that "6222 0202 …" keeps its spaces. */
    private static String middleDigits(String run) {
        int total = (int) run.chars().filter(c -> Character.isDigit(c) || c == 'X' || c == 'x').count();
        StringBuilder out = new StringBuilder(run.length());
        int seen = 0;
        for (char c : run.toCharArray()) {
            boolean counted = Character.isDigit(c) || c == 'X' || c == 'x';
            if (counted) seen++;
            out.append(!counted || seen <= 4 || seen > total - 4 ? c : '*');
        }
        return out.toString();
    }

    /** ID and card numbers, also ones that failed to read as such: {@code 5101**********123X}. */
    public static String middle(String text) {
        String t = text.strip();
        if (t.length() <= 8) return "*".repeat(t.length());
        return t.substring(0, 4) + "*".repeat(t.length() - 8) + t.substring(t.length() - 4);
    }

    /** All digits but the first three and the last four hidden: 138****5678, 010-****5678. */
    public static String phone(String phone) {
        int digits = (int) phone.chars().filter(Character::isDigit).count();
        StringBuilder out = new StringBuilder(phone.length());
        int seen = 0;
        for (char c : phone.toCharArray()) {
            if (Character.isDigit(c)) {
                seen++;
                out.append(seen <= 3 || seen > digits - 4 ? c : '*');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A name as a 公示 list shows it: the given name partly hidden, first and last character kept — 张*华, 欧**明;
     * a two-character name keeps its surname only (张*). The dot of a transcribed name (阿依·买买提) stays.
     */
    public static String name(String name) {
        if (name == null) return null;
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length <= 1) return new String(cps, 0, cps.length);
        StringBuilder out = new StringBuilder().appendCodePoint(cps[0]);
        int last = cps.length == 2 ? cps.length : cps.length - 1;
        for (int i = 1; i < last; i++) out.append(cps[i] == '·' || cps[i] == '•' ? (char) cps[i] : '*');
        if (cps.length > 2) out.appendCodePoint(cps[cps.length - 1]);
        return out.toString();
    }
}
