package bangfu.validate;

import bangfu.model.Masks;
import bangfu.model.RecordKind;
import bangfu.sheet.Cell;
import bangfu.sheet.RawRow;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the header among a sheet's first rows without help: title rows above it, blank rows, and a
 * two-row header whose group cells (merged across) sit over the sub-headers, while single headers
 * (merged down) hold their text in the upper row only.
 */
public final class HeaderFinder {
    /** How many leading non-blank rows may precede the header. */
    public static final int SEARCH_ROWS = 30;

    private static final Set<String> ROSTER_HOUSEHOLD_FIELDS = Set.of("union_name", "tier", "household_size",
            "yearly_income_fen", "per_capita_monthly_fen", "filed_on", "main_cause", HeaderVocabulary.CAUSES, "address",
            "file_level", "status", "employer");

    private final HeaderVocabulary vocabulary;
    private final Optional<RecordKind> forced;

    /** @param forced the kind to read every sheet as (a members sheet is still recognised), or empty */
    public HeaderFinder(HeaderVocabulary vocabulary, Optional<RecordKind> forced) {
        this.vocabulary = vocabulary;
        this.forced = forced;
    }

    public Optional<SheetLayout> find(List<RawRow> firstRows) {
        SheetLayout best = null;
        int bestScore = 0;
        for (int i = 0; i < firstRows.size() && i < SEARCH_ROWS; i++) {
            RawRow row = firstRows.get(i);
            List<String> single = texts(row, null);
            List<Candidate> candidates = new ArrayList<>();
            candidates.add(new Candidate(List.of(row.number()), single));
            if (i + 1 < firstRows.size() && firstRows.get(i + 1).number() == row.number() + 1) {
                RawRow below = firstRows.get(i + 1);
                candidates.add(new Candidate(List.of(row.number(), below.number()), texts(below, single)));
            }
            for (Candidate c : candidates) {
                for (RecordKind kind : RecordKind.values()) {
                    if (forced.isPresent() && kind != forced.get() && kind != RecordKind.MEMBERS) continue;
                    int score = score(kind, c.headers());
                    // Strictly better only: the roster (listed first) wins ties, one row wins over two.
                    if (score > bestScore) {
                        bestScore = score;
                        best = layout(kind, c);
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Non-blank texts of the first rows, for the message when no header is found. Without a header the first
     * rows may well be data: ID and phone numbers among them are masked like every other output.
     */
    public static List<String> seenTexts(List<RawRow> firstRows) {
        List<String> seen = new ArrayList<>();
        for (RawRow r : firstRows.subList(0, Math.min(firstRows.size(), 5))) {
            for (Cell c : r.cells()) {
                if (!c.isBlank() && seen.size() < 12) seen.add(Masks.numbersIn(HeaderText.display(c.text())));
            }
        }
        return seen;
    }

    private SheetLayout layout(RecordKind kind, Candidate c) {
        List<SheetLayout.Column> columns = new ArrayList<>();
        for (int i = 0; i < c.headers().size(); i++) {
            String h = c.headers().get(i);
            if (h.isBlank()) continue;
            // A second column naming a field already taken keeps that field: the reader refuses the sheet, naming
            // both columns, rather than guess which of two different ID numbers is the head's.
            String field = vocabulary.field(kind, h);
            columns.add(new SheetLayout.Column(i, HeaderText.display(h), Optional.ofNullable(field)));
        }
        return new SheetLayout(kind, c.rows(), columns);
    }

    private int score(RecordKind kind, List<String> headers) {
        Set<String> fields = new HashSet<>();
        for (String h : headers) {
            if (h.isBlank()) continue;
            String f = vocabulary.field(kind, h);
            if (f != null && !f.equals(HeaderVocabulary.IGNORE)) fields.add(f);
        }
        boolean qualifies = switch (kind) {
            case ROSTER -> fields.contains("head_id") && fields.contains("head_name")
                    && fields.stream().anyMatch(ROSTER_HOUSEHOLD_FIELDS::contains);
            case MEMBERS -> fields.contains("head_id") && fields.contains("name")
                    && (fields.contains("relation") || fields.contains("id_number"));
            case LEDGER -> fields.contains("head_id") && fields.contains("amount_fen")
                    && (fields.contains("kind") || fields.contains("paid_on"));
            case VISITS -> fields.contains("head_id") && fields.contains("visited_on");
        };
        return qualifies ? fields.size() : 0;
    }

    /** The texts of a header row; with {@code above}, sub-headers fall back to the cell above them. */
    private static List<String> texts(RawRow row, List<String> above) {
        int width = Math.max(row.cells().size(), above == null ? 0 : above.size());
        List<String> out = new ArrayList<>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row.cell(i);
            String text = cell.isBlank() ? "" : cell.text();
            if (text.isEmpty() && above != null && i < above.size()) text = above.get(i);
            out.add(text);
        }
        return out;
    }

    private record Candidate(List<Integer> rows, List<String> headers) {
    }
}
