package bangfu.sheet;

import static java.util.Objects.requireNonNull;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read a file where its content leaves a choice.
 *
 * @param encoding the text encoding of a CSV/TSV file; empty to detect it (BOM, then UTF-8, else GB18030)
 */
public record ReadOptions(Optional<Charset> encoding) {
    public ReadOptions {
        requireNonNull(encoding, "encoding");
    }

    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty());
    }
}
