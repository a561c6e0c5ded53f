package bangfu.bench;

import bangfu.model.Mapping;
import bangfu.sheet.ReadOptions;
import bangfu.sheet.ReadProgress;
import bangfu.sheet.Spreadsheets;
import bangfu.validate.HeaderFinder;
import bangfu.validate.HeaderVocabulary;
import bangfu.validate.RowReaders;
import bangfu.validate.SheetEvent;
import bangfu.validate.WorkbookInterpreter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

/**
 * The reading half of an import alone: a file read and every row interpreted exactly as {@code bangfu import}
 * does, the events thrown away. Prints the rows, the time, and the bytes the reading thread allocated per row
 * (the thread that inflates .xlsx parts is not counted: it allocates its buffers once).
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/cp.txt) bangfu.bench.InterpretOnly FILE [ROUNDS]
 * </pre>
 */
public final class InterpretOnly {
    private InterpretOnly() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            long[] counts = new long[3];
            HeaderFinder finder = new HeaderFinder(new HeaderVocabulary(Mapping.NONE), Optional.empty());
            RowReaders readers = new RowReaders(Mapping.NONE, LocalDate.of(2026, 12, 1), Optional.empty());
            WorkbookInterpreter interpreter = new WorkbookInterpreter(finder, readers, Optional.empty(), e -> {
                if (e instanceof SheetEvent.Row r) {
                    counts[0]++;
                    counts[1] += r.row().issues().size();
                    counts[2] ^= r.row().hash();
                }
            });
            long allocated = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            Spreadsheets.read(file, ReadOptions.defaults(), interpreter, ReadProgress.NONE);
            double seconds = (System.nanoTime() - start) / 1e9;
            allocated = threads.getCurrentThreadAllocatedBytes() - allocated;
            System.out.printf(Locale.ROOT, "round %d: %,d rows, %,d issues, digest %016x, %.2f s, %,d bytes allocated"
                    + " by the reading thread, %,.0f per row%n", round, counts[0], counts[1], counts[2], seconds,
                    allocated, allocated / (double) Math.max(1, counts[0]));
        }
    }
}
