package bangfu.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Times the .xlsx reader on a 200k × 23 roster with a shared-strings table, written to target/.
 * Run: mvn -q -o test-compile exec:java is not configured, so: java -cp target/classes:target/test-classes:$(deps) bangfu.sheet.ReaderBenchmark
 */
public final class ReaderBenchmark {
    private ReaderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        Path file = Paths.get("target", "bench-" + rows + ".xlsx");
        if (!Files.exists(file)) write(file, rows);
        System.out.printf("file %s, %,d bytes%n", file, Files.size(file));
        for (int run = 0; run < 3; run++) {
            long[] count = new long[1];
            long start = System.nanoTime();
            Spreadsheets.read(file, ReadOptions.defaults(), new RowSink() {
                @Override
                public void startSheet(String name) {
                }

                @Override
                public void row(RawRow row) {
                    count[0]++;
                }

                @Override
                public void endSheet() {
                }
            }, ReadProgress.NONE);
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf("run %d: %,d rows in %.2f s = %,.0f rows/s%n", run, count[0], s, count[0] / s);
        }
    }

    static void write(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 1000, true, true)) {
            Sheet sheet = wb.createSheet("花名册");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < 23; c++) header.createCell(c).setCellValue("列" + c);
            LocalDate base = LocalDate.of(1960, 1, 1);
            for (int r = 1; r <= rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("职工" + r);
                row.createCell(1).setCellValue(String.format("1101011990%08d", r));
                row.createCell(2).setCellValue(r % 2 == 0 ? "男" : "女");
                row.createCell(3).setCellValue(base.plusDays(r % 20000));
                row.getCell(3).setCellStyle(date);
                row.createCell(4).setCellValue(1000 + (r % 5000) * 0.5);
                for (int c = 5; c < 23; c++) {
                    if (c % 3 == 0) row.createCell(c).setCellValue(r * 31 + c);
                    else row.createCell(c).setCellValue("单位" + (r % 500) + "-" + c);
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
