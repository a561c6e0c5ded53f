package bangfu.load;

import bangfu.model.Finding;
import bangfu.model.UnlistedFindings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one file, at most {@link #PER_CODE} of each code kept in full, the rest counted with their
 * cell only: a column filled down to row 1,048,576 once made 3.1 million findings and 2.2 GB of memory, and
 * nobody reads past the first few thousand of one kind — but the annotated copy still fills every cell.
 */
public final class FindingList {
    /** How many findings of one code are kept with their message and value. */
    public static final int PER_CODE = 20_000;

    private final List<Finding> listed = new ArrayList<>();
    private final Map<String, Integer> perCode = new HashMap<>();
    private final UnlistedFindings.Builder unlisted = new UnlistedFindings.Builder(PER_CODE);

    /** @param column the finding's column from 0, or -1 for one about a whole row */
    void add(Finding f, int column) {
        String code = f.issue().code();
        if (perCode.merge(code, 1, Integer::sum) <= PER_CODE) {
            listed.add(f);
        } else {
            unlisted.add(f.where().sheet(), code, f.severity(), f.where().row(), column);
        }
    }

    List<Finding> listed() {
        return listed;
    }

    /** Once all findings are in. */
    UnlistedFindings unlisted() {
        return unlisted.build();
    }
}
