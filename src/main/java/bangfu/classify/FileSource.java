package bangfu.classify;

import bangfu.model.AssistanceKind;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Where classify reads the files from; the storage adapter fills the records classify defines. The adapter
 * reads in pages and holds no statement open while it hands files on, so that a ledger may write in between.
 */
public interface FileSource {
    /**
     * Every file period on record (在档 and 渐退), in the order they were filed, of one union or of all; each
     * with the union aid of {@code aid} summed.
     */
    void forEachOnRecord(Optional<String> union, AidWindow aid, Consumer<Household> each);

    /** The file periods with these row ids, given in ascending order, in that order. */
    void forEachOf(long[] ids, AidWindow aid, Consumer<Household> each);

    /** The latest file period of the head with this ID number, on record or not. */
    Optional<Household> latest(String headId, AidWindow aid);

    /** Which union assistance counts as income, and over which days (both included). */
    record AidWindow(Set<AssistanceKind> kinds, LocalDate from, LocalDate to) {
        public AidWindow {
            kinds = Set.copyOf(kinds);
        }

        /** The 12 months up to and including {@code asOf}. */
        static AidWindow yearTo(Set<AssistanceKind> kinds, LocalDate asOf) {
            return new AidWindow(kinds, asOf.minusYears(1).plusDays(1), asOf);
        }
    }
}
