package bangfu.sheet;

import bangfu.model.Denomination;
import bangfu.model.Lang;
import bangfu.model.Report;
import java.nio.file.Path;

/** Writes a report as an .xlsx workbook: one styled sheet per table, with native charts. */
public final class ReportWorkbook {
    private ReportWorkbook() {
    }

    public static void write(Report report, Lang lang, Denomination unit, Path out) {
        throw new UnsupportedOperationException("xlsx reports are not built yet");
    }
}
