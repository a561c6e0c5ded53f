package bangfu.sheet;

/** Told how far reading a file has got, in units the reader chooses (bytes or rows). */
@FunctionalInterface
public interface ReadProgress {
    ReadProgress NONE = (done, total) -> { };

    /** @param total the units the whole file has, or -1 when unknown */
    void advanced(long done, long total);
}
