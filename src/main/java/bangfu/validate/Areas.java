package bangfu.validate;

import bangfu.model.Issue;
import bangfu.model.Parsed;
import bangfu.sheet.Cell;
import bangfu.sheet.CellKind;
import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads floor areas in square metres ("85.5", "85.5平方米", "120㎡"), exactly, to at most two decimals. */
public final class Areas {
    private static final Pattern AREA = Pattern.compile("(\\d+(?:\\.\\d+)?)(?:平方米|平米|㎡|m²|m2|平)?");

    private Areas() {
    }

    public static Parsed<BigDecimal> parse(Cell cell) {
        if (cell.isBlank()) return Parsed.empty();
        String shown = cell.text().strip();
        if (cell.kind() != CellKind.TEXT && cell.kind() != CellKind.NUMBER) return Parsed.fail(Issue.error("AREA_FORMAT", shown));
        Matcher m = AREA.matcher(Widths.compact(cell.text()).toLowerCase(java.util.Locale.ROOT));
        if (!m.matches()) return Parsed.fail(Issue.error("AREA_FORMAT", shown));
        BigDecimal area = new BigDecimal(m.group(1)).stripTrailingZeros();
        if (area.scale() > 2) return Parsed.fail(Issue.error("AREA_FORMAT", shown));
        return Parsed.ok(area.scale() < 0 ? area.setScale(0) : area);
    }
}
