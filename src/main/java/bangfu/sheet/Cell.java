package bangfu.sheet;

import static java.util.Objects.requireNonNull;

/**
 * One cell as the user sees it.
 *
 * <p>{@code text} by kind: TEXT as typed; NUMBER as a plain decimal rounded to Excel's 15 significant
 * digits, without exponent or float noise ("1234.5", "110101199003078000"); DATE as ISO-8601
 * ("2024-06-02", or "2024-06-02T08:30" when a time of day is present); BOOLEAN as "TRUE"/"FALSE";
 * ERROR as Excel shows it ("#N/A"); BLANK as "".
 */
public record Cell(CellKind kind, String text) {
    public static final Cell BLANK = new Cell(CellKind.BLANK, "");

    public Cell {
        requireNonNull(kind, "kind");
        requireNonNull(text, "text");
    }

    public static Cell text(String text) {
        return text.isEmpty() ? BLANK : new Cell(CellKind.TEXT, text);
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }
}
