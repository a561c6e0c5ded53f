package bangfu.validate;

import bangfu.model.Field;
import bangfu.model.RecordKind;
import bangfu.model.Severity;
import java.util.List;
import java.util.Map;

/**
 * One data row read into typed field values, with what was wrong with it.
 *
 * @param values   the fields the row fills (absent when blank or unreadable)
 * @param extra    unrecognised columns, header → text, so nothing the clerk typed is lost
 * @param raw      every non-blank cell, column letter → text, kept with a rejected row
 * @param hash     a digest of values and extra: equal digests mean an unchanged record
 */
public record ParsedRow(int number, RecordKind kind, Map<Field, Object> values, Map<String, String> extra,
                        Map<String, String> raw, List<CellIssue> issues, long hash) {
    public boolean hasError() {
        return issues.stream().anyMatch(i -> i.issue().severity() == Severity.ERROR);
    }

    public Object get(Field field) {
        return values.get(field);
    }
}
