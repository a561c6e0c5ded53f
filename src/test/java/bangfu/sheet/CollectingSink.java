package bangfu.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Keeps every row it is given, by sheet name. */
class CollectingSink implements RowSink {
    final Map<String, List<RawRow>> sheets = new LinkedHashMap<>();
    private List<RawRow> current;
    int ended;

    @Override
    public void startSheet(String name) {
        current = new ArrayList<>();
        sheets.put(name, current);
    }

    @Override
    public void row(RawRow row) {
        current.add(row);
    }

    @Override
    public void endSheet() {
        ended++;
    }

    List<RawRow> rows(String sheet) {
        return sheets.get(sheet);
    }
}
