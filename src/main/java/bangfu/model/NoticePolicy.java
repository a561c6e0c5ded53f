package bangfu.model;

import java.util.List;

/**
 * The {@code notice:} section of bangfu.yaml: which allowed columns a 公示 list shows, in which order, and its
 * title (null: the built-in one).
 */
public record NoticePolicy(List<NoticeColumn> columns, String title) {
    public static final NoticePolicy DEFAULTS = new NoticePolicy(NoticeColumn.DEFAULTS, null);

    public NoticePolicy {
        columns = List.copyOf(columns);
        if (columns.isEmpty()) throw new IllegalArgumentException("a notice needs at least one column");
    }
}
