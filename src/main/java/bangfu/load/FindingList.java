package bangfu.load;

import bangfu.model.Finding;
import bangfu.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings of one file, at most {@link #PER_CODE} of each code listed, the rest only counted: a column
 * filled down to row 1,048,576 once made 3.1 million findings and 2.2 GB of memory, and nobody reads past the
 * first few thousand of one kind.
 */
public final class FindingList {
    /** As many as an annotated copy can mark: a file with more findings than that gets no copy anyway. */
    public static final int PER_CODE = 20_000;

    private final List<Finding> listed = new ArrayList<>();
    private final Map<String, Integer> perCode = new HashMap<>();
    private final Map<String, FileReport.Unlisted> unlisted = new LinkedHashMap<>();

    void add(Finding f) {
        String code = f.issue().code();
        int n = perCode.merge(code, 1, Integer::sum);
        if (n <= PER_CODE) {
            listed.add(f);
            return;
        }
        unlisted.merge(code, new FileReport.Unlisted(code, f.severity(), 1),
                (a, b) -> new FileReport.Unlisted(code, a.severity(), a.count() + 1));
    }

    List<Finding> listed() {
        return listed;
    }

    List<FileReport.Unlisted> unlisted() {
        return List.copyOf(unlisted.values());
    }

    static long count(List<FileReport.Unlisted> unlisted, Severity severity) {
        return unlisted.stream().filter(u -> u.severity() == severity).mapToLong(FileReport.Unlisted::count).sum();
    }
}
