package bangfu.lifecycle;

import static java.util.Objects.requireNonNull;

import bangfu.model.FileStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One stay of a file period in 渐退: from the history entry that moved it there to the next recorded change
 * ({@code end}, null while it is still in 渐退). Its follow-ups are counted from {@link #enteredOn()}.
 */
public record Stint(StatusEntry entry, StatusEntry end) {
    public Stint {
        requireNonNull(entry, "entry");
        if (entry.to() != FileStatus.PHASING_OUT) throw new IllegalArgumentException("not an entry into 渐退");
    }

    /** The stints of one period's history, in the order they were recorded. */
    public static List<Stint> of(List<StatusEntry> history) {
        List<StatusEntry> sorted = new ArrayList<>(history);
        sorted.sort(Comparator.comparingLong(StatusEntry::id));
        List<Stint> out = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            StatusEntry e = sorted.get(i);
            if (e.to() != FileStatus.PHASING_OUT) continue;
            StatusEntry next = i + 1 < sorted.size() ? sorted.get(i + 1) : null;
            out.add(new Stint(e, next));
        }
        return out;
    }

    /** 渐退日期, or null when it is unknown (then no follow-up can be scheduled). */
    public LocalDate enteredOn() {
        return entry.on();
    }

    /** Whether it ended, on a day nobody stated: its follow-ups cannot be told due or not. */
    public boolean endUndated() {
        return end != null && end.on() == null;
    }

    /** Whether the file was in this 渐退 stay at the end of {@code day}. */
    public boolean openAt(LocalDate day) {
        if (enteredOn() == null || enteredOn().isAfter(day)) return false;
        return end == null || (end.on() != null && end.on().isAfter(day));
    }
}
