package bangfu.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.HandMadeXlsx;
import bangfu.model.Lang;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whatever bytes a file holds, reading it yields rows or an {@link UnreadableFileException} with a message for
 * the clerk — never another exception. Seeds in SpreadsheetReadersFuzzTestInputs/ run in every build; bench/fuzz.sh
 * fuzzes each target for longer.
 */
class SpreadsheetReadersFuzzTest {
    @FuzzTest(maxDuration = "2m")
    void xlsx(byte[] bytes) throws IOException {
        read(bytes, "fuzz.xlsx");
    }

    /** The bytes as the first worksheet of an otherwise sound package: past the zip layer, into the XML scanner. */
    @FuzzTest(maxDuration = "2m")
    void xlsxSheet(byte[] xml) throws IOException {
        Path file = Files.createTempFile("fuzz", ".xlsx");
        try {
            HandMadeXlsx.write(file, w -> w.write(new String(xml, StandardCharsets.UTF_8)),
                    w -> w.write("<sst><si><t>姓名</t></si><si><t>身份证号码</t></si></sst>"));
            readFile(file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @FuzzTest(maxDuration = "2m")
    void xls(byte[] bytes) throws IOException {
        read(bytes, "fuzz.xls");
    }

    @FuzzTest(maxDuration = "2m")
    void csv(byte[] bytes) throws IOException {
        read(bytes, "fuzz.csv");
    }

    private static void read(byte[] bytes, String name) throws IOException {
        Path folder = Files.createTempDirectory("fuzz");
        Path file = folder.resolve(name);
        try {
            Files.write(file, bytes);
            readFile(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(folder);
        }
    }

    private static void readFile(Path file) {
        CollectingSink sink = new CollectingSink() {
            @Override
            public void row(RawRow row) {
                assertThat(row.number()).isPositive();
                for (Cell c : row.cells()) assertThat(c.text()).isNotNull();
                // Kept small: a fuzzer's rows are many and worthless.
            }
        };
        try {
            Spreadsheets.read(file, ReadOptions.defaults(), sink, ReadProgress.NONE);
        } catch (UnreadableFileException e) {
            for (Lang lang : Lang.values()) assertThat(e.reason().render(lang)).isNotBlank().doesNotContain("{0}");
        }
    }
}
