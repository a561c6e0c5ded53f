package bangfu.load;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;
import bangfu.model.RecordKind;

/**
 * How files are imported.
 *
 * @param union   the 所属工会 for rows of a sheet that has no such column
 * @param kind    the kind every sheet is read as, instead of recognising it from the header
 * @param allowDuplicates load a payment or visit repeated within a file as many times as it appears
 * @param today   the date against which "in the future" is judged
 * @param transfer a roster naming a head on file at another union moves the file here (调离 / 转入), keeping its
 *                 history and 建档日期, instead of being refused
 */
public record ImportOptions(boolean dryRun, Optional<Charset> encoding, Optional<String> sheet,
                            Optional<String> union, Optional<RecordKind> kind, boolean allowDuplicates, LocalDate today,
                            boolean transfer) {
}
