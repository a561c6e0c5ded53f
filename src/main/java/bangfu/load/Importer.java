package bangfu.load;

import bangfu.model.Counts;
import bangfu.model.Mapping;
import bangfu.model.Message;
import bangfu.model.UnlistedFindings;
import bangfu.sheet.Cell;
import bangfu.sheet.RawRow;
import bangfu.sheet.ReadOptions;
import bangfu.sheet.ReadProgress;
import bangfu.sheet.Spreadsheets;
import bangfu.sheet.UnreadableFileException;
import bangfu.store.Database;
import bangfu.store.ImportWriter;
import bangfu.validate.HeaderFinder;
import bangfu.validate.RowReaders;
import bangfu.validate.SheetEvent;
import bangfu.validate.HeaderVocabulary;
import bangfu.validate.WorkbookInterpreter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Imports files one at a time, each in its own transaction. Reading and interpreting run on one thread,
 * writing on the calling thread, so parsing the next rows overlaps with inserting the previous ones.
 */
public final class Importer {
    private static final int BATCH = 256;

    private final Database db;
    private final HeaderFinder finder;
    private final RowReaders readers;
    private final ImportOptions options;
    private final Mapping mapping;
    private final ImportListener listener;
    private final Clock clock;

    public Importer(Database db, Mapping mapping, ImportOptions options, ImportListener listener, Clock clock) {
        this.db = db;
        this.finder = new HeaderFinder(new HeaderVocabulary(mapping), options.kind());
        this.readers = new RowReaders(mapping, options.today(), options.union());
        this.options = options;
        this.mapping = mapping;
        this.listener = listener;
        this.clock = clock;
    }

    public FileReport importFile(Path file) throws UnreadableFileException, NoHeaderException {
        return load(file, false);
    }

    /**
     * Judges a file exactly as {@link #importFile} does, even one imported before, and keeps what it loads for
     * the files after it: for a {@link Rehearsal}, whose transaction is rolled back afterwards. The report says
     * nothing was committed.
     */
    public FileReport rehearse(Path file) throws UnreadableFileException, NoHeaderException {
        return load(file, true).uncommitted();
    }

    /**
     * Imports rows typed at the command line ({@code visit add}) as one sheet named {@code name}: a header row and
     * data rows of cell texts, judged exactly as the rows of a file are — the same checks, the same messages, the
     * same transaction — and recorded as an import of that name. Typing the same rows twice is not refused as a
     * repeated file: the rows themselves are found already present.
     */
    public FileReport importTyped(String name, List<String> header, List<List<String>> rows) {
        StringBuilder content = new StringBuilder(name);
        for (List<String> r : java.util.stream.Stream.concat(java.util.stream.Stream.of(header), rows.stream()).toList()) {
            content.append('\n').append(String.join("\t", r));
        }
        try {
            return load(name, sha256(content.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), false, false,
                    (sink, written) -> {
                        WorkbookInterpreter interpreter = new WorkbookInterpreter(finder, readers, Optional.empty(), sink);
                        interpreter.startSheet(name);
                        interpreter.row(typed(1, header));
                        for (int i = 0; i < rows.size(); i++) interpreter.row(typed(i + 2, rows.get(i)));
                        interpreter.endSheet();
                        written.run();
                    });
        } catch (UnreadableFileException | NoHeaderException e) {
            throw new IllegalStateException("typed rows always have their header", e);
        }
    }

    private static RawRow typed(int number, List<String> cells) {
        return new RawRow(number, cells.stream().map(c -> c == null ? Cell.BLANK : Cell.text(c)).toList());
    }

    /** Where a file's or a command line's rows come from, as interpreted sheet events; {@code written} after each batch. */
    private interface Source {
        void feed(java.util.function.Consumer<SheetEvent> sink, Runnable written) throws UnreadableFileException;
    }

    private FileReport load(Path file, boolean rehearsal) throws UnreadableFileException, NoHeaderException {
        String name = file.getFileName().toString();
        return load(name, sha256(file), rehearsal, true, (sink, written) -> run(file, listener.started(name), sink, written));
    }

    private FileReport load(String name, String sha256, boolean rehearsal, boolean once, Source source)
            throws UnreadableFileException, NoHeaderException {
        boolean commit = rehearsal || !options.dryRun();
        // A file imported before is skipped, unless --transfer asks to judge its rows anew: its rows refused as
        // ON_FILE_ELSEWHERE are then what the clerk means to load, with the content unchanged.
        if (once && !rehearsal && !options.dryRun() && !options.transfer() && ImportWriter.alreadyImported(db, sha256)) {
            return new FileReport(name, sha256, true, false, List.of(), Counts.ZERO, List.of(), UnlistedFindings.NONE,
                    List.of());
        }
        try (ImportWriter writer = ImportWriter.begin(db, name, sha256, clock.instant())) {
            RowLoader loader = new RowLoader(writer, name, options.allowDuplicates(), options.transfer(), mapping);
            Map<String, List<String>> skipped = new LinkedHashMap<>();
            long[] rows = {0};
            source.feed(event -> {
                if (event instanceof SheetEvent.Skipped s) skipped.put(s.sheet(), s.seen());
                else loader.accept(event);
                if (event instanceof SheetEvent.Row) rows[0]++;
            }, () -> listener.written(name, rows[0]));
            listener.finished(name);
            if (loader.sheets().isEmpty()) {
                throw new NoHeaderException(Message.of("load.no_header", name, describe(skipped)));
            }
            for (FileReport.SheetReport s : loader.sheets()) {
                writer.recordSheet(s.sheet(), s.kind().key(), s.headerRow(), s.counts());
            }
            Counts totals = loader.sheets().stream().map(FileReport.SheetReport::counts).reduce(Counts.ZERO, Counts::plus);
            FindingList findings = loader.findings();
            if (commit) {
                listener.committing(name, rows[0]);
                writer.commit(totals, clock.instant());
                listener.committed(name, rows[0]);
            }
            return new FileReport(name, sha256, false, commit, loader.sheets(), totals, findings.listed(),
                    findings.unlisted(), loader.readings());
        }
    }

    private static String describe(Map<String, List<String>> skipped) {
        List<String> parts = new ArrayList<>();
        skipped.forEach((sheet, seen) -> parts.add(sheet + ": " + (seen.isEmpty() ? "-" : String.join(" | ", seen))));
        return parts.isEmpty() ? "-" : String.join("; ", parts);
    }

    /** Runs the reader on its own thread and hands its events, in order, to {@code consumer}; {@code afterBatch} after each batch. */
    private void run(Path file, ReadProgress progress, java.util.function.Consumer<SheetEvent> consumer,
                     Runnable afterBatch) throws UnreadableFileException {
        BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
        Pipe pipe = new Pipe(queue);
        Thread reader = new Thread(() -> {
            Throwable failure = null;
            try {
                WorkbookInterpreter interpreter = new WorkbookInterpreter(finder, readers, options.sheet(), pipe::add);
                Spreadsheets.read(file, new ReadOptions(options.encoding()), interpreter, progress);
                pipe.flush();
            } catch (Throwable t) {
                failure = t;
            }
            pipe.finish(failure);
        }, "bangfu-reader");
        reader.setDaemon(true);
        reader.start();
        boolean done = false;
        try {
            while (!done) {
                Batch batch = queue.take();
                for (SheetEvent e : batch.events()) consumer.accept(e);
                afterBatch.run();
                if (batch.last()) {
                    done = true;
                    rethrow(batch.failure());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            pipe.cancelled = true;
            if (!done) {
                queue.clear();
                try {
                    reader.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private static void rethrow(Throwable t) throws UnreadableFileException {
        if (t == null) return;
        if (t instanceof UnreadableFileException u) throw u;
        if (t instanceof RuntimeException r) throw r;
        if (t instanceof Error e) throw e;
        throw new IllegalStateException(t);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(Path file) throws UnreadableFileException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Message.of("load.no_such_file", file), e);
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("load.io", file, e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Batch(List<SheetEvent> events, boolean last, Throwable failure) {
    }

    /** Batches events from the reading thread; gives up when the writing side has stopped listening. */
    private static final class Pipe {
        private final BlockingQueue<Batch> queue;
        private List<SheetEvent> pending = new ArrayList<>(BATCH);
        volatile boolean cancelled;

        Pipe(BlockingQueue<Batch> queue) {
            this.queue = queue;
        }

        void add(SheetEvent e) {
            pending.add(e);
            if (pending.size() >= BATCH) flush();
        }

        void flush() {
            put(new Batch(pending, false, null));
            pending = new ArrayList<>(BATCH);
        }

        void finish(Throwable failure) {
            if (!cancelled) put(new Batch(pending, true, failure));
        }

        private void put(Batch b) {
            try {
                while (!queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                    if (cancelled) throw new ReadCancelled();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ReadCancelled();
            }
        }
    }

    /** Stops the reading thread once the writing side has failed. */
    private static final class ReadCancelled extends RuntimeException {
        ReadCancelled() {
            super(null, null, false, false);
        }
    }
}
