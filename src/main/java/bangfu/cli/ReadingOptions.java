package bangfu.cli;

import bangfu.load.ImportOptions;
import bangfu.model.RecordKind;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/** How files are read and judged; {@code import} and {@code verify} share these so that they cannot disagree. */
final class ReadingOptions {
    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of CSV files (default: detected; e.g. gbk, utf-8).")
    Charset encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "Read only this sheet.")
    String sheet;

    @Option(names = "--union", paramLabel = "NAME", description = "所属工会 for rows of a sheet that has no such column.")
    String union;

    @Option(names = "--kind", paramLabel = "roster|ledger|visits",
            description = "Read every sheet as this kind instead of recognising it from its header.")
    Kind kind;

    @Option(names = "--transfer",
            description = "A roster naming a head on file at another union moves that file here (调离/转入), keeping its history and 建档日期 (default: such a row is an error, ON_FILE_ELSEWHERE).")
    boolean transfer;

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

    /** Whether any reading option was given: they mean nothing where no file is read. */
    boolean given() {
        return encoding != null || sheet != null || union != null || kind != null || allowDuplicates || transfer;
    }

    ImportOptions options(boolean dryRun, LocalDate today) {
        return new ImportOptions(dryRun, Optional.ofNullable(encoding), Optional.ofNullable(sheet),
                Optional.ofNullable(union), Optional.ofNullable(kind).map(Kind::recordKind), allowDuplicates, today, transfer);
    }
}
