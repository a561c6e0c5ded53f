package bangfu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The roster, the 公示 list and the change log as xlsx open in LibreOffice and print: converted headless to PDF,
 * one page at least each. Skipped, with a notice, where soffice is not installed (as on CI).
 */
class ListWorkbooksTest {
    @TempDir Path tmp;

    @Test
    void libreOfficeConvertsEachListToPdf() throws Exception {
        String soffice = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, "soffice")).filter(Files::isExecutable).map(Path::toString).findFirst().orElse(null);
        assumeTrue(soffice != null, "soffice (LibreOffice) not installed: the list workbooks were not opened in it");
        Path db = tmp.resolve("examples.db");
        Run load = Run.of("--db", db.toString(), "import", "-q", "examples/花名册-东城区总工会-2024.xlsx",
                "examples/花名册-西城区总工会-2024.csv", "examples/救助发放表-2024.xlsx", "examples/走访记录-2024.xlsx",
                "src/test/resources/golden/62-changes/花名册-2024.csv", "src/test/resources/golden/62-changes/花名册-2025.csv");
        assertThat(load.exit()).isLessThanOrEqualTo(ExitCode.DATA_PROBLEMS);
        List<String> cmd = new ArrayList<>(List.of(soffice, "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
                "--headless", "--convert-to", "pdf", "--outdir", tmp.resolve("pdf").toString()));
        for (List<String> report : List.of(List.of("roster"), List.of("notice", "--year", "2024"), List.of("changes"))) {
            Path out = tmp.resolve(report.get(0) + ".xlsx");
            List<String> args = new ArrayList<>(List.of("--lang", "zh", "--db", db.toString(), "report"));
            args.addAll(report);
            args.addAll(List.of("--format", "xlsx", "--out", out.toString()));
            Run run = Run.of(args.toArray(String[]::new));
            assertThat(run.exit()).as(run.err()).isZero();
            cmd.add(out.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String log;
        try (InputStream in = p.getInputStream()) {
            log = new String(in.readAllBytes());
        }
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(log).isZero();
        for (String name : List.of("roster", "notice", "changes")) {
            Path pdf = tmp.resolve("pdf").resolve(name + ".pdf");
            assertThat(pdf).as(log).exists();
            assertThat(new String(Files.readAllBytes(pdf), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
            assertThat(Files.size(pdf)).as(name).isGreaterThan(1000);
            // Where poppler is installed too, its first page is drawn, as docs/report-2024.png is.
            if (Files.isExecutable(Path.of("/usr/bin/pdftoppm"))) {
                Process draw = new ProcessBuilder("/usr/bin/pdftoppm", "-r", "40", "-f", "1", "-l", "1", "-png", pdf.toString(),
                        tmp.resolve(name).toString()).redirectErrorStream(true).start();
                draw.getInputStream().readAllBytes();
                assertThat(draw.waitFor(120, TimeUnit.SECONDS)).isTrue();
                try (Stream<Path> pngs = Files.list(tmp)) {
                    assertThat(pngs.filter(f -> f.getFileName().toString().matches(name + "-0*1\\.png"))).as(name).hasSize(1);
                }
            }
        }
    }
}
