package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

/** A file period and the number of its visits in a stretch of days (the year so far). */
public record CountedVisits(FilePeriod file, int visits) {
    public CountedVisits {
        requireNonNull(file, "file");
    }
}
