package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.model.Denomination;
import bangfu.model.Lang;
import bangfu.model.Message;
import bangfu.model.Report;
import bangfu.model.ReportTable;
import bangfu.model.ReportTable.Column;
import bangfu.model.ReportTable.Row;
import bangfu.model.ReportTable.RowKind;
import bangfu.model.ReportTable.Type;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class ReportOutputTest {
    private static Message text(String s) {
        return Message.of("report.text", s);
    }

    private static final Report REPORT = new Report("demo", text("2024年帮扶工作统计"), List.of(text("填报单位：东城区总工会")),
            List.of(new ReportTable("aid", text("帮扶资金"),
                    List.of(new Column("kind", text("类型"), Type.TEXT), new Column("households", text("户数"), Type.COUNT),
                            new Column("amount", text("金额"), Type.MONEY), new Column("card", text("打卡"), Type.SHARE)),
                    List.of(new Row(RowKind.DATA, "LIVING", Arrays.asList("生活救助", 12L, 35_151_234_56L, new BigDecimal("0.8754"))),
                            new Row(RowKind.OF_WHICH, Arrays.asList("其中：=现金", 1L, 5L, null)),
                            new Row(RowKind.TOTAL, "total", Arrays.asList("合计", 13L, 35_151_234_61L, BigDecimal.ONE))),
                    List.of(text("金额先按分求和，再四舍五入")))),
            List.of(new Report.Chart("aid", text("按类型"), Report.Shape.BAR, "kind", List.of("amount"))));

    private static String render(Consumer<PrintWriter> writer) {
        StringWriter s = new StringWriter();
        try (PrintWriter w = new PrintWriter(s)) {
            writer.accept(w);
        }
        return s.toString();
    }

    @Test
    void terminalTableRightAlignsNumbersUnderWideHeaders() {
        String out = render(w -> ReportOutput.text(REPORT, Lang.ZH, Denomination.WAN_YUAN, w));
        assertThat(out).contains("2024年帮扶工作统计\n填报单位：东城区总工会\n\n帮扶资金\n");
        List<String> lines = out.lines().toList();
        int header = lines.indexOf("类型           户数  金额（万元）    打卡");
        assertThat(header).as(out).isPositive();
        assertThat(lines.get(header + 1)).isEqualTo("-------------  ----  ------------  ------");
        assertThat(lines.get(header + 2)).isEqualTo("生活救助         12        3515.1   87.5%");
        assertThat(lines.get(header + 3)).isEqualTo("  其中：=现金     1           0.0");
        assertThat(lines.get(header + 4)).isEqualTo("合计             13        3515.1  100.0%");
        assertThat(out).contains("注：金额先按分求和，再四舍五入");
    }

    @Test
    void csvNeutralisesFormulasAndKeepsNumbersNumeric() {
        String out = render(w -> ReportOutput.csv(REPORT, Lang.ZH, Denomination.YUAN, w));
        assertThat(out).startsWith("\uFEFF2024年帮扶工作统计\r\n");
        assertThat(out).contains("类型,户数,金额（元）,打卡\r\n生活救助,12,35151234.56,87.5%\r\n  其中：=现金,1,0.05,\r\n");
    }

    @Test
    void markdownBoldsTotalsAndAlignsNumbersRight() {
        String out = render(w -> ReportOutput.markdown(REPORT, Lang.EN, Denomination.YUAN, w));
        assertThat(out).contains("| 类型 | 户数 | 金额 (yuan) | 打卡 |\n|---|---:|---:|---:|\n");
        assertThat(out).contains("| **合计** | **13** | **35151234.61** | **100.0%** |");
        assertThat(out).contains("> Note: 金额先按分求和，再四舍五入");
    }

    @Test
    void jsonHasStableIdsAndMoneyInYuanAsNumbers() throws Exception {
        String out = render(w -> ReportOutput.json(REPORT, Lang.ZH, w));
        assertThat(out).contains("\"id\" : \"aid\"", "\"key\" : \"LIVING\"", "\"amount\" : 35151234.56",
                "\"card\" : 0.8754", "\"households\" : 12", "\"amount\" : 0.05");
        try (JsonParser p = new JsonFactory().createParser(out)) {
            while (p.nextToken() != null) {
                if (p.currentToken() == JsonToken.VALUE_NUMBER_FLOAT && "amount".equals(p.currentName())) {
                    assertThat(p.getDecimalValue().scale()).isEqualTo(2);
                }
            }
        }
    }
}
