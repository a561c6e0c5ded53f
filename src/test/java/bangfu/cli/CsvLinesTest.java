package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLinesTest {
    private static String csv(Object... cells) {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        new CsvLines(out).line(Arrays.asList(cells));
        out.flush();
        return s.toString();
    }

    @Test
    void formulasBecomeTextButNumbersStayNumbers() {
        assertThat(csv("=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", -3L)).isEqualTo(
                "\"'=HYPERLINK(\"\"x\"\")\",'+1,'-2,'@SUM(A1),-3\r\n");
    }

    @Test
    void quotesSeparatorsAndLineBreaksAndLeavesChineseAlone() {
        assertThat(csv("东城区, 一街道", "第一行\n第二行", "困难职工", null)).isEqualTo(
                "\"东城区, 一街道\",\"第一行\n第二行\",困难职工,\r\n");
    }

    @Test
    void byteOrderMarkOnlyWhenAsked() {
        StringWriter s = new StringWriter();
        PrintWriter out = new PrintWriter(s);
        new CsvLines(out).withByteOrderMark().line(List.of("a"));
        out.flush();
        assertThat(s.toString()).startsWith("\uFEFFa");
    }
}
