package bangfu.load;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How files are imported.
 *
 * @param union   the 所属工会 for rows of a sheet that has no such column
 * @param today   the date against which "in the future" is judged
 */
public record ImportOptions(boolean dryRun, Optional<Charset> encoding, Optional<String> sheet,
                            Optional<String> union, LocalDate today) {
}
