package bangfu.store.sqlite;

import bangfu.store.Backup;
import bangfu.store.CopyListener;
import bangfu.store.Storage;
import bangfu.store.DatabaseException;
import bangfu.model.Message;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sqlite.SQLiteException;

/**
 * A verified backup of the database, taken while others read or import: the committed state is copied page by
 * page into an owner-only temporary file beside the target, made a self-contained single file, checked with
 * {@code PRAGMA integrity_check} and its schema version, synced, and only then renamed into place. A failure
 * leaves nothing behind and the target, if it existed, as it was.
 */
public final class DatabaseBackup {
    private static final Pattern LEFTOVER = Pattern.compile("\\.(.+)\\.backup-(\\d+)\\.tmp");

    private DatabaseBackup() {
    }

    /**
     * Backs {@code database} up into {@code target} (replacing an earlier backup there).
     *
     * @throws DatabaseException when the database cannot be read, the backup cannot be written (it is a database
     *     file: a missing folder or a full disk is a database problem, as for {@code --db}) or its copy does not verify
     */
    public static Backup write(Path database, Path target) {
        int version;
        try (Database source = Database.openForInspection(database)) {
            version = source.schemaVersion();
        }
        return written(database.toString(), target, version, temp -> copy(database, temp, target));
    }

    /**
     * Backs a database on a server up into {@code target} as an SQLite file: its every record copied, with its history,
     * by {@code db copy} from one snapshot, then checked like a backup of a file. The server's own tools (pg_dump) back
     * up the whole server; this is the union's database as one file it can keep, check and open with bangfu.
     */
    public static Backup write(Storage source, Path target) {
        int version = source.schemaVersion();
        return written(source.location(), target, version, temp -> {
            try (Database copy = Database.open(temp)) {
                source.copyInto(SqliteStorage.of(copy), CopyListener.NONE);
            }
        });
    }

    /** How the copy gets into the temporary file. */
    private interface Copying {
        void into(Path temp);
    }

    private static Backup written(String database, Path target, int version, Copying copying) {
        Path folder = target.toAbsolutePath().getParent();
        if (Files.isDirectory(target)) throw new DatabaseException(Message.of("db.backup_is_folder", target), null);
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new DatabaseException(Message.of("db.backup_not_a_file", target), null);
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DatabaseException(Message.of("db.backup_no_folder", target, folder), null);
        }
        removeLeftovers(folder, target.getFileName().toString());
        Path temp = folder.resolve("." + target.getFileName() + ".backup-" + ProcessHandle.current().pid() + ".tmp");
        // The copy holds the same personal data as the database: an interrupted backup (Ctrl-C) removes it too.
        Thread cleanUp = new Thread(() -> deleteQuietly(temp), "bangfu-backup-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            createOwnerOnly(temp, target);
            copying.into(temp);
            verify(database, temp, target, version);
            sync(temp, target);
            move(temp, target);
            return new Backup(target, version);
        } finally {
            deleteQuietly(temp);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or has run
            }
        }
    }

    /** A backup killed outright (kill -9, power cut) leaves its temporary file; the next backup into the folder removes it. */
    private static void removeLeftovers(Path folder, String name) {
        List<Path> stale = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "." + glob(name) + ".backup-*.tmp")) {
            for (Path p : files) {
                Matcher m = LEFTOVER.matcher(p.getFileName().toString());
                if (!m.matches() || !m.group(1).equals(name)) continue;
                long pid = Long.parseLong(m.group(2));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) continue; // a backup still running
                stale.add(p);
            }
        } catch (IOException | NumberFormatException e) {
            return; // cannot list the folder: writing the temporary file will say why
        }
        stale.forEach(DatabaseBackup::deleteQuietly);
    }

    private static String glob(String name) {
        return name.replaceAll("([*?\\[\\]{}\\\\])", "\\\\$1");
    }

    // SQLite would create the file 0644; creating it empty and owner-only first keeps it so (and its journal).
    private static void createOwnerOnly(Path temp, Path target) {
        try {
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(temp);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e.toString());
        }
    }

    private static void copy(Path database, Path temp, Path target) {
        try {
            PageCopy.copyPages(database, temp);
        } catch (SQLException e) {
            throw classify(database.toString(), target, e);
        }
    }

    /** The copy as a single file (no -wal beside it), sound and of the database's version, or no backup at all. */
    private static void verify(String database, Path temp, Path target, int version) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.resetOpenMode(org.sqlite.SQLiteOpenMode.CREATE);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + temp.toAbsolutePath(), config.toProperties());
             Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = DELETE");
            List<String> problems = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("PRAGMA integrity_check(20)")) {
                while (rs.next()) problems.add(rs.getString(1).replaceAll("\\s+", " "));
            }
            if (!problems.equals(List.of("ok"))) {
                throw new DatabaseException(Message.of("db.backup_not_verified", database, String.join("; ", problems)), null);
            }
            int copied;
            try (ResultSet rs = s.executeQuery("PRAGMA user_version")) {
                copied = rs.next() ? rs.getInt(1) : -1;
            }
            if (copied != version) {
                throw new DatabaseException(Message.of("db.backup_not_verified", database,
                        "schema version " + copied + " instead of " + version), null);
            }
        } catch (SQLException e) {
            throw classify(database, target, e);
        }
    }

    private static void sync(Path temp, Path target) {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            // On disk before the rename, so a power cut cannot leave a short file under the backup's name.
            ch.force(true);
        } catch (IOException e) {
            throw cannotWrite(target, e.toString());
        }
    }

    private static void move(Path temp, Path target) {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw cannotWrite(target, e.toString());
        }
    }

    /** The database is only read: a full disk, a refused open or a failed write is the backup's, and said so. */
    private static DatabaseException classify(String database, Path target, SQLException e) {
        int code = e instanceof SQLiteException se ? se.getResultCode().code & 0xff : -1;
        String detail = e.getMessage() == null ? "" : e.getMessage().replaceAll("\\s+", " ");
        return switch (code) {
            case 13 -> new DatabaseException(Message.of("db.backup_full", target), e);
            case 8, 10, 14 -> cannotWrite(target, detail);
            default -> Database.failure(Path.of(database), e);
        };
    }

    private static DatabaseException cannotWrite(Path target, String detail) {
        return new DatabaseException(Message.of("db.backup_cannot_write", target, detail), null);
    }

    private static void deleteQuietly(Path p) {
        for (String suffix : List.of("", "-journal", "-wal", "-shm")) {
            try {
                Files.deleteIfExists(Path.of(p + suffix));
            } catch (IOException ignored) {
                // best effort: the first failure is the one reported
            }
        }
    }
}
