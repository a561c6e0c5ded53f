package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import bangfu.model.Lang;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DelimitedTextReaderTest {
    private static final Charset GBK = Charset.forName("GBK");
    private static final String ROSTER = "姓名,身份证号,金额\n张伟,110101199003077777,1000.50\n\n王芳,,\n";

    @TempDir
    Path dir;

    private List<RawRow> read(Path file, ReadOptions options) throws UnreadableFileException {
        CollectingSink sink = new CollectingSink();
        Spreadsheets.read(file, options, sink, ReadProgress.NONE);
        assertThat(sink.sheets).hasSize(1);
        return sink.sheets.values().iterator().next();
    }

    private Path write(String name, byte[]... parts) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.write(p);
        Path file = dir.resolve(name);
        Files.write(file, out.toByteArray());
        return file;
    }

    private static void assertRoster(List<RawRow> rows) {
        assertThat(rows).containsExactly(
                new RawRow(1, List.of(Cell.text("姓名"), Cell.text("身份证号"), Cell.text("金额"))),
                new RawRow(2, List.of(Cell.text("张伟"), Cell.text("110101199003077777"), Cell.text("1000.50"))),
                new RawRow(4, List.of(Cell.text("王芳"), Cell.BLANK, Cell.BLANK)));
    }

    @Test
    void utf8() throws Exception {
        assertRoster(read(write("r.csv", ROSTER.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults()));
    }

    @Test
    void utf8WithBom() throws Exception {
        assertRoster(read(write("r.csv", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ROSTER.getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults()));
    }

    @Test
    void gbkIsDetected() throws Exception {
        assertRoster(read(write("r.csv", ROSTER.getBytes(GBK)), ReadOptions.defaults()));
    }

    @Test
    void excelUnicodeTextIsUtf16LittleEndianTsv() throws Exception {
        Path file = write("r.txt", new byte[] {(byte) 0xFF, (byte) 0xFE},
                ROSTER.replace(',', '\t').getBytes(StandardCharsets.UTF_16LE));
        assertRoster(read(file, ReadOptions.defaults()));
    }

    @Test
    void sheetIsNamedAfterTheFile() throws Exception {
        CollectingSink sink = new CollectingSink();
        Spreadsheets.read(write("二季度.tsv", "a\tb\n".getBytes(StandardCharsets.UTF_8)), ReadOptions.defaults(), sink,
                ReadProgress.NONE);
        assertThat(sink.sheets.keySet()).containsExactly("二季度");
        assertThat(sink.rows("二季度").get(0).cells()).containsExactly(Cell.text("a"), Cell.text("b"));
    }

    @Test
    void gbkReadAsUtf8FailsWithTheLineAndAHint() throws Exception {
        Path file = write("r.csv", "name,id\nok,1\nok,2\n".getBytes(StandardCharsets.US_ASCII), "张伟,3\n".getBytes(GBK));
        UnreadableFileException e = assertThrows(UnreadableFileException.class,
                () -> read(file, new ReadOptions(Optional.of(StandardCharsets.UTF_8))));
        assertThat(e.reason().key()).isEqualTo("sheet.bad_encoding");
        assertThat(e.reason().args()).startsWith("r.csv", "4");
        assertThat(e.reason().render(Lang.EN)).contains("--encoding gbk");
    }

    @Test
    void malformedBytesLateInADetectedUtf8FileAreNotReplacedSilently() throws Exception {
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 80_000; i++) big.append("名字").append(i).append(",1\n"); // > 1 MiB of UTF-8
        Path file = write("late.csv", big.toString().getBytes(StandardCharsets.UTF_8), "坏,2\n".getBytes(GBK));
        UnreadableFileException e = assertThrows(UnreadableFileException.class, () -> read(file, ReadOptions.defaults()));
        assertThat(e.reason().key()).isEqualTo("sheet.bad_encoding");
        assertThat(e.reason().args().get(1)).isEqualTo("80001");
    }

    @Test
    void quotedFieldsMayHoldSeparatorsAndNewlines() throws Exception {
        Path file = write("q.csv", "a,b\n\"地址,楼\",\"第一行\n第二行\"\nlast,\"x\"\"y\"\n".getBytes(StandardCharsets.UTF_8));
        List<RawRow> rows = read(file, ReadOptions.defaults());
        assertThat(rows).extracting(RawRow::number).containsExactly(1, 2, 4);
        assertThat(rows.get(1).cells()).containsExactly(Cell.text("地址,楼"), Cell.text("第一行\n第二行"));
        assertThat(rows.get(2).cells()).containsExactly(Cell.text("last"), Cell.text("x\"y"));
    }

    @Test
    void semicolonsAreAcceptedWhenTheyClearlyDominate() throws Exception {
        Path file = write("s.csv", "a;b;c\n1,5;2;3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(read(file, ReadOptions.defaults()).get(1).cells())
                .containsExactly(Cell.text("1,5"), Cell.text("2"), Cell.text("3"));
    }

    @Test
    void genuineGbkNamesAreNeverTakenForUtf8() throws Exception {
        // 50,000 names of three GB2312 characters, drawn at random: the mixed-encoding check must not fire.
        java.util.Random random = new java.util.Random(20241201);
        StringBuilder text = new StringBuilder("姓名,所属工会\n");
        for (int i = 0; i < 50_000; i++) {
            for (int c = 0; c < 3; c++) {
                byte[] pair = {(byte) (0xB0 + random.nextInt(0xF8 - 0xB0)), (byte) (0xA1 + random.nextInt(0xFF - 0xA1))};
                text.append(new String(pair, Charset.forName("GBK")));
            }
            text.append(",东城区总工会\n");
        }
        Path file = dir.resolve("names.csv");
        Files.write(file, text.toString().getBytes(Charset.forName("GBK")));
        CollectingSink sink = new CollectingSink();
        Spreadsheets.read(file, ReadOptions.defaults(), sink, ReadProgress.NONE);
        assertThat(sink.rows("names")).hasSize(50_001);
    }
}
