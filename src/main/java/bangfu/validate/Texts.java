package bangfu.validate;

import bangfu.model.Parsed;
import bangfu.sheet.Cell;

/** Tidies free text: spaces of any width at the ends go, inner runs become one space. */
public final class Texts {
    private Texts() {
    }

    /** Trimmed text with inner runs of whitespace (including U+3000) collapsed to one space. */
    public static Parsed<String> clean(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String text = cell.text();
        int i = 0;
        while (i < text.length() && !Widths.isSpace(text.charAt(i))) i++;
        if (i == text.length()) return Parsed.ok(text);
        StringBuilder out = new StringBuilder(cell.text().length());
        boolean pendingSpace = false;
        for (char c : cell.text().toCharArray()) {
            if (Widths.isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) out.append(' ');
            pendingSpace = false;
            out.append(c);
        }
        return out.length() == 0 ? Parsed.empty() : Parsed.ok(out.toString());
    }

    /**
     * A person's name: no spaces at all ("张 三" is 张三), full-width Latin letters folded, and the dot
     * between parts of a transcribed name written as the standard middle dot ("阿依古丽·买买提").
     */
    public static Parsed<String> name(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String name = Widths.compact(cell.text()).replace('•', '·').replace('・', '·').replace('‧', '·').replace('∙', '·').replace('⋅', '·').replace('．', '·').replace('.', '·');
        return name.isEmpty() ? Parsed.empty() : Parsed.ok(name);
    }
}
