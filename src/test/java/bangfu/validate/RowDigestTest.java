package bangfu.validate;

import static org.assertj.core.api.Assertions.assertThat;

import bangfu.bench.RosterGenerator;
import bangfu.model.Field;
import bangfu.model.Mapping;
import bangfu.model.MemberField;
import bangfu.model.RecordKind;
import bangfu.sheet.ReadOptions;
import bangfu.sheet.ReadProgress;
import bangfu.sheet.Spreadsheets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A row's digest is what tells a re-import that nothing the file states has changed, so it must stay the FNV-1a of
 * the canonical strings ({@code Values.canonical}) that databases made by earlier versions hold: the digest a row
 * gets while it is read (computed from the values, without building those strings) is compared with the one the
 * canonical strings give, for every row of the examples and of a generated roster full of mistakes.
 */
class RowDigestTest {
    @TempDir
    static Path tmp;

    static Stream<Path> files() throws Exception {
        Path generated = tmp.resolve("roster-mistakes.csv");
        RosterGenerator.main(new String[] {"--rows", "3000", "--format", "csv", "--out", generated.toString(),
                "--seed", "11", "--mistakes", "0.3"});
        Path xlsx = tmp.resolve("roster-mistakes.xlsx");
        RosterGenerator.main(new String[] {"--rows", "1500", "--format", "xlsx", "--out", xlsx.toString(),
                "--seed", "12", "--mistakes", "0.3"});
        return Stream.of(generated, xlsx, Path.of("examples/花名册-东城区总工会-2024.xlsx"),
                Path.of("examples/花名册-南岗区总工会-2024.xls"), Path.of("examples/花名册-弥勒市总工会-2016.xls"),
                Path.of("examples/花名册-西城区总工会-2024.csv"), Path.of("examples/救助发放表-2024.xlsx"),
                Path.of("examples/走访记录-2024.xlsx"));
    }

    @ParameterizedTest
    @MethodSource("files")
    void theDigestOfEveryRowIsThatOfItsCanonicalStrings(Path file) throws Exception {
        List<ParsedRow> rows = new ArrayList<>();
        HeaderFinder finder = new HeaderFinder(new HeaderVocabulary(Mapping.NONE), Optional.empty());
        RowReaders readers = new RowReaders(Mapping.NONE, LocalDate.of(2026, 12, 1), Optional.empty());
        WorkbookInterpreter interpreter = new WorkbookInterpreter(finder, readers, Optional.empty(), e -> {
            if (e instanceof SheetEvent.Row r) rows.add(r.row());
        });
        Spreadsheets.read(file, ReadOptions.defaults(), interpreter, ReadProgress.NONE);

        assertThat(rows).hasSizeGreaterThan(2);
        int compared = 0;
        for (ParsedRow row : rows) {
            assertThat(row.values()).isInstanceOf(FieldValues.class);
            LinkedHashMap<Field, Object> values = new LinkedHashMap<>(row.values());
            // A member listed under its head takes the head from the row above after its digest: not part of it.
            if (row.kind() == RecordKind.MEMBERS && RowReader.digest(values, row.extra()) != row.hash()) {
                values.remove(MemberField.HEAD_ID);
            }
            assertThat(row.hash()).as("digest of row %d of %s: %s", row.number(), file, row.values())
                    .isEqualTo(RowReader.digest(values, row.extra()));
            compared++;
        }
        assertThat(compared).isGreaterThan(2);
    }
}
