package bangfu.load;

import bangfu.model.Mapping;
import bangfu.store.Database;
import bangfu.store.DatabaseCopy;
import bangfu.store.DatabaseException;
import bangfu.model.Message;
import bangfu.sheet.UnreadableFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Judges files as importing them, in the given order, would: each file is imported into a private scratch
 * copy of the database, so a ledger sees the households of the roster given before it, and the clerk's
 * database is only read. Without a database the scratch starts empty. The scratch folder is deleted on close.
 */
public final class Rehearsal implements AutoCloseable {
    private final Path folder;
    private final Database scratch;
    private final Importer importer;

    private final Thread cleanUp;

    private Rehearsal(Path folder, Thread cleanUp, Database scratch, Importer importer) {
        this.folder = folder;
        this.cleanUp = cleanUp;
        this.scratch = scratch;
        this.importer = importer;
    }

    /** @param database the clerk's database; read if it exists, never created */
    public static Rehearsal against(Path database, Mapping mapping, ImportOptions options, ImportListener listener,
                                    Clock clock) {
        Path folder;
        try {
            // Owner-only on POSIX, like the database it copies.
            folder = Files.createTempDirectory("bangfu-verify-");
        } catch (IOException e) {
            throw new DatabaseException(Message.of("verify.no_scratch", e.getMessage()), e);
        }
        // The copy holds personal data: an interrupted run (Ctrl-C, a closed window, kill) removes it too.
        Thread cleanUp = new Thread(() -> deleteWhileInUse(folder), "bangfu-scratch-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        Database scratch = null;
        try {
            Path copy = folder.resolve("scratch.db");
            if (Files.exists(database)) DatabaseCopy.copy(database, copy);
            scratch = openCopy(copy, database);
            return new Rehearsal(folder, cleanUp, scratch, new Importer(scratch, mapping, options, listener, clock));
        } catch (RuntimeException e) {
            if (scratch != null) scratch.close();
            delete(folder);
            forget(cleanUp);
            throw e;
        }
    }

    /** Opening migrates the copy; a copy the build cannot use is reported under the clerk's file name. */
    private static Database openCopy(Path copy, Path database) {
        try {
            return Database.open(copy);
        } catch (DatabaseException e) {
            List<String> args = new ArrayList<>(e.reason().args());
            if (!args.isEmpty() && args.get(0).equals(copy.toString())) args.set(0, database.toString());
            throw new DatabaseException(new Message(e.reason().key(), args), e);
        }
    }

    public FileReport check(Path file) throws UnreadableFileException, NoHeaderException {
        return importer.rehearse(file);
    }

    @Override
    public void close() {
        try {
            scratch.close();
        } finally {
            delete(folder);
            forget(cleanUp);
        }
    }

    private static void forget(Thread cleanUp) {
        try {
            Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException e) {
            // already shutting down: the hook is running or has run
        }
    }

    /**
     * At shutdown the importing thread still runs and SQLite may create a journal beside the copy while the
     * folder is emptied: try again until it is gone, for at most a second.
     */
    private static void deleteWhileInUse(Path folder) {
        for (int attempt = 0; attempt < 20 && Files.exists(folder); attempt++) {
            delete(folder);
            if (!Files.exists(folder)) return;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException | UncheckedIOException e) {
            // Best effort: the folder is owner-only and in the temporary directory the system cleans up.
        }
    }
}
