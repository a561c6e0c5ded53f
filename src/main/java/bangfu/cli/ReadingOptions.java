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
    @Option(names = "--encoding", paramLabel = "CHARSET", converter = EncodingConverter.class, description = "Encoding of CSV files (default: detected; e.g. gbk, utf-8).")
    Charset encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Read only this sheet.")
    String sheet;

    @Option(names = "--union", paramLabel = "NAME", description = "所属工会 for rows of a sheet that has no such column.")
    String union;

    @Option(names = "--kind", paramLabel = "roster|ledger|visits",
            description = "Read every sheet as this kind instead of recognising it from its header.")
    Kind kind;

    @Option(names = "--allow-duplicates",
            description = "Load a payment or visit that appears twice in a file twice (default: once, with a warning).")
    boolean allowDuplicates;

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
    static final class EncodingConverter implements CommandLine.ITypeConverter<Charset> {
        @Override
        public Charset convert(String value) {
            try {
                return Charset.forName(value.strip());
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "unknown encoding '" + value + "'; use one of gbk, gb18030, utf-8, utf-16");
            }
        }
    }

    /** Whether any reading option was given: they mean nothing where no file is read. */
    boolean given() {
        return encoding != null || sheet != null || union != null || kind != null || allowDuplicates;
    }

    ImportOptions options(boolean dryRun, LocalDate today) {
        return new ImportOptions(dryRun, Optional.ofNullable(encoding), Optional.ofNullable(sheet),
                Optional.ofNullable(union), Optional.ofNullable(kind).map(Kind::recordKind), allowDuplicates, today);
    }
}
