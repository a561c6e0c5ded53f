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
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import java.nio.charset.StandardCharsets;

/**
 * Times the readers on a generated 23-column roster (.xlsx with a shared-strings table, .xls, .csv)
 * written to target/. Run after {@code mvn test-compile} with the test classpath, e.g.
 * {@code java -Xmx512m -cp target/classes:target/test-classes:<deps> bangfu.sheet.ReaderBenchmark xlsx 200000}.
 */
public final class ReaderBenchmark {
    private ReaderBenchmark() {
    }

    /** Arguments: [xlsx|xls|csv] [rows]; defaults xlsx 200000 (an .xls holds at most 65,535 rows). */
    public static void main(String[] args) throws Exception {
        String format = args.length > 0 ? args[0] : "xlsx";
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : format.equals("xls") ? 65_000 : 200_000;
        Path file = Paths.get("target", "bench-" + rows + "." + format);
        if (!Files.exists(file)) {
            switch (format) {
                case "xls" -> write(new HSSFWorkbook(), file, rows);
                case "csv" -> writeCsv(file, rows);
                default -> write(new SXSSFWorkbook(null, 1000, true, true), file, rows);
            }
        }
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

    static void writeCsv(Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (int c = 0; c < 23; c++) out.write((c == 0 ? "" : ",") + "列" + c);
            out.write("\n");
            for (int r = 1; r <= rows; r++) {
                out.write("职工" + r + "," + String.format("1101011990%08d", r) + "," + (r % 2 == 0 ? "男" : "女")
                        + ",1990-01-0" + (1 + r % 9) + "," + (1000 + (r % 5000) * 0.5));
                for (int c = 5; c < 23; c++) out.write(c % 3 == 0 ? "," + (r * 31 + c) : ",\"单位" + (r % 500) + "-" + c + "\"");
                out.write("\n");
            }
        }
    }

    static void write(Workbook wb, Path file, int rows) throws IOException {
        Files.createDirectories(file.getParent());
        try (wb) {
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
            if (wb instanceof SXSSFWorkbook s) s.dispose();
        }
    }
}
