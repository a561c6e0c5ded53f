package bangfu.bench;

import bangfu.HandMadeXlsx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The roster of hostile-use defect 5: a header, no records, and the 所属工会 and 困难类别 columns filled down to
 * Excel's last row, 1,048,576, as a clerk dragging the fill handle too far makes it, 困难类别 with a word that is
 * no tier. Every one of its rows is a rejected record with three findings (no name, no ID, no such tier):
 * 3.1 million in all.
 *
 * <pre>
 * java -cp target/test-classes:$(cat target/cp.txt) bangfu.bench.FilledColumn target/bench/filled-column.xlsx [ROWS]
 * </pre>
 */
public final class FilledColumn {
    private FilledColumn() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int last = args.length > 1 ? Integer.parseInt(args[1]) : 1_048_576;
        if (out.getParent() != null) Files.createDirectories(out.getParent());
        HandMadeXlsx.write(out, w -> {
            w.write("<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
            w.write(HandMadeXlsx.row(1, "姓名", "身份证号码", "所属工会", "困难类别"));
            // One shared string, as Excel stores a value filled down.
            for (int r = 2; r <= last; r++) {
                w.write("<row r=\"" + r + "\"><c r=\"C" + r + "\" t=\"s\"><v>0</v></c><c r=\"D" + r + "\" t=\"s\"><v>1</v></c></row>");
            }
            w.write("</sheetData></worksheet>");
        }, w -> w.write("<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>东城区总工会</t></si><si><t>待定</t></si></sst>"));
    }
}
