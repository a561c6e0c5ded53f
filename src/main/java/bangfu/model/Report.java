package bangfu.model;

import java.util.List;

/**
 * A report as handed on: a title, lines under it (who reports, for which period, filters), its tables
 * and the charts drawn from them.
 */
public record Report(String id, Message title, List<Message> subtitle, List<ReportTable> tables, List<Chart> charts) {
    public Report {
        subtitle = List.copyOf(subtitle);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    /**
     * A chart over one table: categories from {@code categoryColumn}, one series per value column, over the
     * table's DATA rows (totals are left out so bars compare like with like).
     */
    public record Chart(String tableId, Message title, Shape shape, String categoryColumn, List<String> valueColumns) {
        public Chart {
            valueColumns = List.copyOf(valueColumns);
        }
    }

    public enum Shape { BAR, LINE, PIE }
}
