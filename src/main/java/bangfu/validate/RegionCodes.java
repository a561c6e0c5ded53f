package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads the 6-digit 行政区划代码 (GB/T 2260) of a household's county, city or province. */
public final class RegionCodes {
    // The statistical codes (统计用区划代码) extend the 6 digits by township (9) and village (12).
    private static final Pattern DIGITS = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    private static final Set<String> PROVINCES = Regions.PROVINCES.stream().map(Regions.Province::code)
            .collect(Collectors.toUnmodifiableSet());

    private RegionCodes() {
    }

    /** The code's first six digits; the province part must exist. A longer statistical code keeps its county part. */
    public static Parsed<String> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String shown = cell.text().strip();
        String digits = Widths.compact(cell.text());
        if (cell.kind() == CellKind.NUMBER && digits.endsWith(".0")) digits = digits.substring(0, digits.length() - 2);
        if (!DIGITS.matcher(digits).matches() || !PROVINCES.contains(digits.substring(0, 2))) {
            return Parsed.fail(Issue.error("REGION_CODE_FORMAT", shown));
        }
        return Parsed.ok(digits.substring(0, 6));
    }
}
