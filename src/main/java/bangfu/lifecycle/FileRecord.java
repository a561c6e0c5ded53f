package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A file period with its status history (in recording order) and its visits: what its follow-ups are read from. */
public record FileRecord(FilePeriod file, List<StatusEntry> history, List<VisitFact> visits) {
    public FileRecord {
        requireNonNull(file, "file");
        history = List.copyOf(history);
        visits = List.copyOf(visits);
    }

    /** Its stays in 渐退, oldest first. */
    public List<Stint> stints() {
        return Stint.of(history);
    }
}
