package bangfu.cli;

import bangfu.load.ImportOptions;
import bangfu.model.RecordKind;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How files are read and judged; {@code import} and {@code verify} share these so that they cannot disagree. */
final class ReadingOptions {
    @Option(names = "--encoding", paramLabel = "CHARSET", completionCandidates = Encodings.class, descriptionKey = "reading.encoding")
    Charset encoding;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "reading.sheet")
    String sheet;

    @Option(names = "--union", paramLabel = "NAME", descriptionKey = "reading.union")
    String union;

    @Option(names = "--kind", paramLabel = "roster|ledger|visits", descriptionKey = "reading.kind")
    Kind kind;

    @Option(names = "--transfer", descriptionKey = "reading.transfer")
    boolean transfer;

    @Option(names = "--allow-duplicates", descriptionKey = "reading.allow-duplicates")
    boolean allowDuplicates;

    /** The encodings completion offers: those Chinese CSV files come in. */
    static final class Encodings extends java.util.ArrayList<String> {
        Encodings() {
            super(java.util.List.of("gbk", "gb18030", "utf-8", "utf-16"));
        }
    }

    /** The kinds a clerk may force; members are always recognised from their header. */
    enum Kind {
        roster(RecordKind.ROSTER), ledger(RecordKind.LEDGER), visits(RecordKind.VISITS);

        private final RecordKind recordKind;

        Kind(RecordKind recordKind) {
            this.recordKind = recordKind;
        }

        RecordKind recordKind() {
            return recordKind;
        }
    }

    /** A charset by any name Java knows; anything else is a usage error in one line, not the JDK's exception. */

    /** Whether any reading option was given: they mean nothing where no file is read. */
    boolean given() {
        return encoding != null || sheet != null || union != null || kind != null || allowDuplicates || transfer;
    }

    ImportOptions options(boolean dryRun, LocalDate today) {
        return new ImportOptions(dryRun, Optional.ofNullable(encoding), Optional.ofNullable(sheet),
                Optional.ofNullable(union), Optional.ofNullable(kind).map(Kind::recordKind), allowDuplicates, today, transfer);
    }
}
