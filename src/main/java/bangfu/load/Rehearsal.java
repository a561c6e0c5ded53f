package bangfu.load;

import bangfu.model.Mapping;
import bangfu.store.Storage;
import bangfu.store.Stores;
import bangfu.store.DatabaseException;
import bangfu.model.Message;
import bangfu.sheet.UnreadableFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
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
    private static final String PREFIX = "bangfu-verify-";
    private static final String LOCK = "owner.lock";
    /** A folder without a lock file (made before there was one) is left alone this long: it may just be starting. */
    private static final Duration UNLOCKED_GRACE = Duration.ofHours(1);

    private final Path folder;
    private final FileChannel owner;
    private final Storage scratch;
    private final Importer importer;

    private final Thread cleanUp;

    private Rehearsal(Path folder, FileChannel owner, Thread cleanUp, Storage scratch, Importer importer) {
        this.folder = folder;
        this.owner = owner;
        this.cleanUp = cleanUp;
        this.scratch = scratch;
        this.importer = importer;
    }

    /** @param database the clerk's database; read if it exists, never created */
    public static Rehearsal against(Path database, Mapping mapping, ImportOptions options, ImportListener listener,
                                    Clock clock) {
        Path folder;
        FileChannel owner;
        try {
            Path temp = Path.of(System.getProperty("java.io.tmpdir"));
            sweep(temp);
            // Owner-only on POSIX, like the database it copies.
            folder = Files.createTempDirectory(temp, PREFIX);
            owner = lockedBy(folder);
        } catch (IOException e) {
            throw new DatabaseException(Message.of("verify.no_scratch", e.getMessage()), e);
        }
        // The copy holds personal data: an interrupted run (Ctrl-C, a closed window, kill) removes it too.
        Thread cleanUp = new Thread(() -> deleteWhileInUse(folder), "bangfu-scratch-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        Storage scratch = null;
        try {
            Path copy = folder.resolve("scratch.db");
            if (Files.exists(database)) Stores.copy(database.toString(), copy);
            scratch = openCopy(copy, database);
            return new Rehearsal(folder, owner, cleanUp, scratch, new Importer(scratch, mapping, options, listener, clock));
        } catch (RuntimeException e) {
            if (scratch != null) scratch.close();
            release(owner);
            delete(folder);
            forget(cleanUp);
            throw e;
        }
    }

    /** Opening migrates the copy; a copy the build cannot use is reported under the clerk's file name. */
    private static Storage openCopy(Path copy, Path database) {
        try {
            return Stores.open(copy.toString(), Storage.Access.CREATE);
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
            release(owner);
            delete(folder);
            forget(cleanUp);
        }
    }

    /**
     * The folder's lock file, locked for as long as this process lives: the operating system releases the lock
     * when the process dies, however it dies, so a later run can tell a live rehearsal from a killed one.
     */
    private static FileChannel lockedBy(Path folder) throws IOException {
        FileChannel channel = FileChannel.open(folder.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        try {
            channel.lock();
            return channel;
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    private static void release(FileChannel owner) {
        try {
            owner.close();
        } catch (IOException ignored) {
            // closing releases the lock; the folder goes next either way
        }
    }

    /**
     * Removes the scratch folders of rehearsals whose process is gone: SIGKILL, a power cut or a crash leave a
     * full copy of the database behind, which no shutdown hook could delete.
     */
    public static void sweep(Path temp) {
        try (DirectoryStream<Path> found = Files.newDirectoryStream(temp, PREFIX + "*")) {
            for (Path folder : found) {
                if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS) && abandoned(folder)) delete(folder);
            }
        } catch (IOException | RuntimeException e) {
            // Sweeping is a courtesy: a folder that cannot be listed is left to the system's own clean-up.
        }
    }

    private static boolean abandoned(Path folder) throws IOException {
        Path lock = folder.resolve(LOCK);
        if (!Files.exists(lock)) {
            return Files.getLastModifiedTime(folder).toInstant().isBefore(Instant.now().minus(UNLOCKED_GRACE));
        }
        try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.WRITE)) {
            FileLock taken = channel.tryLock();
            if (taken == null) return false; // its process holds it: still running
            taken.release();
            return true;
        } catch (OverlappingFileLockException ours) {
            return false; // held by this very process
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
